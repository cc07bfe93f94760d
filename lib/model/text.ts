import type { UiLang } from '../i18n/languages';
import { sameText } from '../i18n/text';

/**
 * A sentence Relance shows to people, in each of its languages (lib/i18n/languages.ts). A new
 * language widens it: the compiler then lists every text still written by hand.
 */
export type Text = Record<UiLang, string>;

/** French ways of writing (lib/i18n/french.ts), for the files still writing French by hand. */
export { fr } from '../i18n/french';

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
  return sameText((err as Error)?.message || String(err));
}
