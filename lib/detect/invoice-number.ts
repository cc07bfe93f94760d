import { hasNumericDate, parseDate } from './parse-date';

/**
 * An optional "N°", "No.", "No " or "#" before the number. "No" must be followed by a dot or
 * a space: "NOVA-12" and "NOR-2026-001" are numbers that begin with those letters. "INV#" is
 * "Invoice #" abbreviated: Kill Bill's HTML invoice template writes "Invoice INV#{{invoiceNumber}}"
 * (HtmlInvoiceTemplate.mustache), the number being what follows.
 */
const NUMBER_TOKEN =
  /^(?:n[°º]\s*|no(?:\.\s*|\s+)|(?:inv\.?\s*)?#\s*)?([A-Z0-9][A-Z0-9\-_/.]{0,39})$/i;
const NUMBER_PREFIX = /^(?:n[°º]|no\.|no(?=\s)|(?:inv\.?\s*)?#)\s*/i;

/** An amount written out: "1 200,00", "600,00 €", "$1,944.00" — never an invoice number. */
const AMOUNT_LIKE =
  /^(?:[€$£]\s*)?(?:\d{1,3}(?:[\s\u00a0\u202f]\d{3})+(?:[.,]\d{1,2})?|\d+,\d{2}|\d{1,3}(?:,\d{3})+\.\d{2})(?:\s*(?:[€$£]|[A-Z]{3}))?$|^(?:[€$£]\s*[\d.,\s]+|[\d.,\s]+\s*[€$£])$/;

/** What a date can look like in one token ("15/01/2026", "2026-01-15", "20260115", "15-janv-2026"): only those are tried as dates. */
const DATE_SHAPE = /^\d{1,4}[-/.]\d{1,2}[-/.]\d{2,4}$|^\d{8}$|\p{L}{3}/u;

/** An invoice number from a label's value: one token with a digit, not a date, not an amount. */
export function parseNumber(value: string): string | null {
  if (plainNumber(value)) return value;
  const text = value.trim();
  if (!text || text.length > 80 || AMOUNT_LIKE.test(text)) return null;
  // The whole text, else its first token: the token is cut only when the text is not one.
  return numberToken(text) ?? numberToken(text.replace(NUMBER_PREFIX, '').split(/\s+/)[0] ?? '');
}

/**
 * A value that reads like a date but stands alone after a label naming the invoice number: Saleor's
 * invoicing plugin numbers invoices "{n}/{mm}/{yyyy}" ("3/11/2026", saleor/plugins/invoicing/utils.py
 * make_full_invoice_number @ f512ad5e). Only a caller that knows the label is specific may take it.
 */
export function dateShapedNumber(value: string): string | null {
  const t = value.trim();
  return /^\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4}$/.test(t) ? t : null;
}

function numberToken(candidate: string): string | null {
  const m = NUMBER_TOKEN.exec(candidate.trim().replace(/[.,;:]+$/, ''));
  return m && /\d/.test(m[1]!) && !(DATE_SHAPE.test(m[1]!) && parseDate(m[1]!)) ? m[1]! : null;
}

/**
 * The common number, "F-2026-00042", "INV-2026-001", "FA2026001", read with one loop (a
 * list reads a thousand of them): ASCII letters, digits, "-" and "_" only, at most 40,
 * beginning with a letter or a digit, with a digit, and every letter before every digit. Such
 * a text is what `parseNumber`'s rules return whole: it has no space, sign, comma or dot, so
 * it is no amount, and no "N°", "No." or "#" comes before it. No letter follows a digit, so it
 * holds no "15-janv-2026"; a date in digits ("INV-2026-01-15", "2026-01-15", "20260115")
 * leaves it to the rules.
 */
export function plainNumber(text: string): boolean {
  const n = text.length;
  if (n === 0 || n > 40) return false;
  let digit = false;
  let letter = false;
  let letters = 0;
  let word = false;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) digit = true;
    else if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) {
      if (digit) return false;
      letter = true;
      // Three letters in a row make it look like a date to the rules (a month's name).
      if (++letters >= 3) word = true;
      continue;
    } else if (i === 0 || (c !== 45 && c !== 95)) return false;
    letters = 0;
  }
  if (!digit) return false;
  if (!letter) return n !== 8 && !hasNumericDate(text);
  return !word || !hasNumericDate(text);
}
