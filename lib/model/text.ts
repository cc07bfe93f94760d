/** A sentence Relance shows to people, in both of its languages. */
export interface Text {
  fr: string;
  en: string;
}

export const bilingual = (fr: string, en: string): Text => ({ fr, en });
