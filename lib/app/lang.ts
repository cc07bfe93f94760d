export type UiLang = 'fr' | 'en';

/** The UI language: the user's choice, else the browser's (French for any fr-*), else English. */
export function pickLang(pref: 'auto' | 'fr' | 'en', browserLang: string): UiLang {
  if (pref !== 'auto') return pref;
  return browserLang.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}
