/** A sentence Relance shows to people, in both of its languages. */
export interface Text {
  fr: string;
  en: string;
}

export const bilingual = (fr: string, en: string): Text => ({ fr, en });

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
