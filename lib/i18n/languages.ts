/**
 * The UI languages, as data: adding one is its catalog file (lib/i18n/<code>.ts, typed
 * `satisfies Catalog`), one line here, and public/_locales/<code>/messages.json for the
 * manifest's name and description (CONTRIBUTING.md, recipe 4; catalog.test.ts checks all three
 * agree, third-language.test.ts that no other file needs an edit).
 */
import { EN } from './en';
import { FR, type Catalog } from './fr';

/**
 * The language codes, written apart from the catalogs so that types the catalogs use (`Text`,
 * lib/model/text.ts) can name them without a cycle. `LANGUAGES` below has one entry per code.
 */
export const LANGUAGE_CODES = ['fr', 'en'] as const;
export type UiLang = (typeof LANGUAGE_CODES)[number];

export interface Language {
  /** BCP 47 primary subtag, also the _locales folder name. */
  code: UiLang;
  /** The language's name in itself, for the language picker. */
  name: string;
  /** The locale numbers, amounts, dates and plural rules are formatted with. */
  locale: string;
  /** The numeric short date of that locale ("03/04/2026" in French; "3 Apr 2026" in English). */
  shortDate: Intl.DateTimeFormatOptions;
  catalog: Catalog;
}

export const LANGUAGES = [
  {
    code: 'fr',
    name: 'Français',
    locale: 'fr-FR',
    shortDate: { day: '2-digit', month: '2-digit', year: 'numeric' },
    catalog: FR,
  },
  {
    code: 'en',
    name: 'English',
    locale: 'en-GB',
    shortDate: { day: 'numeric', month: 'short', year: 'numeric' },
    catalog: EN,
  },
] as const satisfies readonly Language[];

/** The language setting: a language, or the browser's. */
export type UiLangPref = 'auto' | UiLang;

/** When the browser speaks none of our languages. */
export const FALLBACK_LANG: UiLang = 'en';

export function language(code: UiLang): Language {
  return LANGUAGES.find((l) => l.code === code)!;
}

/** The UI language: the user's choice, else the browser's (any regional variant), else English. */
export function pickLang(pref: UiLangPref, browserLang: string): UiLang {
  if (pref !== 'auto') return pref;
  const primary = browserLang.toLowerCase().split(/[-_]/)[0];
  return LANGUAGE_CODES.find((c) => c === primary) ?? FALLBACK_LANG;
}
