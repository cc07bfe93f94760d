import { parseDate } from './parse-date';

const NUMBER_TOKEN = /^(?:n[°º]\s*|no\.?\s*|#\s*)?([A-Z0-9][A-Z0-9\-_/.]{0,39})$/i;

/** An amount written out: "1 200,00", "600,00 €", "$1,944.00" — never an invoice number. */
const AMOUNT_LIKE =
  /^(?:[€$£]\s*)?(?:\d{1,3}(?:[\s\u00a0\u202f]\d{3})+(?:[.,]\d{1,2})?|\d+,\d{2}|\d{1,3}(?:,\d{3})+\.\d{2})(?:\s*(?:[€$£]|[A-Z]{3}))?$|^(?:[€$£]\s*[\d.,\s]+|[\d.,\s]+\s*[€$£])$/;

/** What a date can look like in one token ("15/01/2026", "2026-01-15", "20260115", "15-janv-2026"): only those are tried as dates. */
const DATE_SHAPE = /^\d{1,4}[-/.]\d{1,2}[-/.]\d{2,4}$|^\d{8}$|\p{L}{3}/u;

/** An invoice number from a label's value: one token with a digit, not a date, not an amount. */
export function parseNumber(value: string): string | null {
  const text = value.trim();
  if (!text || text.length > 80 || AMOUNT_LIKE.test(text)) return null;
  // The whole text, else its first token: the token is cut only when the text is not one.
  return (
    numberToken(text) ??
    numberToken(text.replace(/^(?:n[°º]|no\.?|#)\s*/i, '').split(/\s+/)[0] ?? '')
  );
}

function numberToken(candidate: string): string | null {
  const m = NUMBER_TOKEN.exec(candidate.trim().replace(/[.,;:]+$/, ''));
  return m && /\d/.test(m[1]!) && !(DATE_SHAPE.test(m[1]!) && parseDate(m[1]!)) ? m[1]! : null;
}
