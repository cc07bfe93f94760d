import type { DraftLang } from './kinds';

/** The fields of an agreement recap (the 'agreement-recap' draft), in the order it lists them. */
export const AGREEMENT_FIELDS = ['scope', 'price', 'deposit', 'schedule', 'due'] as const;
export type AgreementField = (typeof AGREEMENT_FIELDS)[number];

/**
 * How the recap names each field, in the draft's language (the client's, like the rest of the
 * draft's templates: defaults-fr.ts, defaults-en.ts), not the UI's.
 */
export const AGREEMENT_LINE_LABELS: Record<DraftLang, Record<AgreementField, string>> = {
  fr: {
    scope: 'Prestation',
    price: 'Prix',
    deposit: 'Acompte',
    schedule: 'Échéancier',
    due: 'Échéances de paiement',
  },
  en: {
    scope: 'Scope',
    price: 'Price',
    deposit: 'Deposit',
    schedule: 'Schedule',
    due: 'Payment due dates',
  },
};

/** The recap's lines: each field the user filled, with its label in the draft's language. */
export function agreementLines(
  values: Record<AgreementField, string>,
  lang: DraftLang,
): { label: string; value: string }[] {
  return AGREEMENT_FIELDS.filter((k) => values[k].trim()).map((k) => ({
    label: AGREEMENT_LINE_LABELS[lang][k],
    value: values[k],
  }));
}
