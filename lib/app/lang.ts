export { pickLang, type UiLang, type UiLangPref } from '@/lib/i18n/languages';
