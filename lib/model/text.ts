import type { UiLang } from '../i18n/languages';
import { formatDate } from './dates';

/**
 * A sentence Relance shows to people, in each of its languages (lib/i18n/languages.ts). A new
 * language widens it: the compiler then lists every text still written by hand.
 */
export type Text = Record<UiLang, string>;

export const bilingual = (fr: string, en: string): Text => ({ fr, en });

/** French ways of writing what our English texts write as data. */
export const fr = {
  /** "2.40" → "2,40" */
  decimal: (n: string) => n.replace('.', ','),
  /** "2026-H2" → "second semestre 2026" */
  halfYear: (key: string) => {
    const [y, h] = key.split('-H');
    return `${h === '1' ? 'premier' : 'second'} semestre ${y}`;
  },
  /** "2026-04-03" → "3 avril 2026": no doubt left about which is the day. */
  longDate: (iso: string | undefined) => (iso ? formatDate(iso, 'fr') : '?'),
  /** "Taux de …" → "taux de …", to follow an article. */
  lower: (s: string) => s.charAt(0).toLowerCase() + s.slice(1),
};

/** An error whose message people read: its `message` is the English text. */
export class TextError extends Error {
  constructor(readonly text: Text) {
    super(text.en);
    this.name = 'TextError';
  }
}

/** What to tell people about an error: its own words if it has them, else its message. */
export function errorText(err: unknown): Text {
  if (err instanceof TextError) return err.text;
  const message = (err as Error)?.message || String(err);
  return { fr: message, en: message };
}
