import { parseDate } from './parse-date';

const NUMBER_TOKEN = /^(?:n[°º]\s*|no\.?\s*|#\s*)?([A-Z0-9][A-Z0-9\-_/.]{0,39})$/i;

/** An invoice number from a label's value: one token with a digit, not a date. */
export function parseNumber(value: string): string | null {
  const text = value.trim();
  if (!text || text.length > 80) return null;
  const firstToken = text.replace(/^(?:n[°º]|no\.?|#)\s*/i, '').split(/\s+/)[0] ?? '';
  for (const candidate of [text, firstToken]) {
    const m = NUMBER_TOKEN.exec(candidate.trim().replace(/[.,;:]+$/, ''));
    if (m && /\d/.test(m[1]!) && !parseDate(m[1]!)) return m[1]!;
  }
  return null;
}
