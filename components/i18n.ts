/**
 * UI strings come from one catalog per language (lib/i18n/). Surfaces pick the language (the
 * user's choice in the options, else the browser's) and pass `t` down; components never guess it.
 */
export { translator, type T, type MessageKey as StringKey } from '@/lib/i18n/t';
export type { UiLang } from '@/lib/i18n/languages';
