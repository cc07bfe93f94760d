import { labelField, normalize } from './labels';
import { cellText } from './invoice-list';
import { parseAmount } from './parse-amount';

/**
 * VAT breakdown tables: one row per VAT rate, "Taux | Base HT | Montant TVA | Total TTC",
 * "USt-Satz | Netto | USt | Brutto", "VAT rate | Net | VAT | Gross" (French invoices must show
 * the tax per rate, CGI art. 242 nonies A; EN 16931 BG-23 "VAT breakdown"). A row's base or
 * gross amount is never the invoice's total, nor its tax amount the amount due: the rows are
 * not read as labels, and their tax amounts are added up as the invoice's taxes.
 */
export interface VatBreakdown {
  /** The tax amount of each rate, minor units. */
  taxes: number[];
  /** Sum of the bases (net amounts), when every row shows one. */
  base: number | null;
  /** Sum of the gross amounts, when every row shows one. */
  gross: number | null;
  /** The currency its amounts show, if any. */
  currency: string | null;
  /** Rows of the table (header, rates, totals row): never labels or values of the invoice. */
  rows: Element[];
}

const RATE =
  /(?:^|\s|-)(?:taux|rate|satz|steuersatz|tasa|tipo|aliquota|tarief|percentage|pourcentage|code)(?:$|\s)|%/;
const BASE =
  /(?:^|\s)(?:base|bases|ht|h\.t\.|net|netto|nettobetrag|basis|bemessungsgrundlage|imponible|imponibile|grondslag|taxable|excl\.?|hors taxes?|montant ht|total ht|subtotal|sous-total)(?:$|\s)/;
const GROSS =
  /(?:^|\s)(?:ttc|gross|brutto|bruttobetrag|incl\.?|inkl\.?|total|totale|totaal|gesamt|lordo)(?:$|\s)/;
const TAX =
  /(?:^|\s|-)(?:tva|vat|tax|taxe|taxes|ust|ust\.|mwst|mwst\.|umsatzsteuer|mehrwertsteuer|steuer|steuerbetrag|iva|igic|cuota|imposta|btw|gst|hst)(?:$|\s|-)/;

interface Columns {
  rate: number;
  tax: number;
  base: number;
  gross: number;
}

function cells(tr: Element): Element[] {
  return Array.from(tr.children).filter((c) => c.tagName === 'TD' || c.tagName === 'TH');
}

/** The columns of a breakdown header row, or null when the row is not one. */
function headerColumns(tr: Element): Columns | null {
  const heads = cells(tr).map((c) => normalize(cellText(c)));
  if (heads.length < 2 || heads.length > 8 || heads.some((h) => h.length > 40)) return null;
  const col: Columns = { rate: -1, tax: -1, base: -1, gross: -1 };
  heads.forEach((h, i) => {
    if (col.rate < 0 && RATE.test(h) && !GROSS.test(h)) col.rate = i;
    else if (col.base < 0 && BASE.test(h)) col.base = i;
    else if (col.gross < 0 && GROSS.test(h)) col.gross = i;
    else if (col.tax < 0 && TAX.test(h)) col.tax = i;
  });
  // A tax word must name the table somewhere ("Taux TVA", "USt", "VAT"), and a rate column must be there.
  if (col.rate < 0 || (col.tax < 0 && col.base < 0) || !heads.some((h) => TAX.test(h))) return null;
  return col;
}

const PERCENT =
  /^\s*(?:\d{1,2}(?:[.,]\d{1,3})?)\s*%?\s*$|^\s*[A-Z]{1,2}\s*[-–(]?\s*\d{1,2}(?:[.,]\d{1,3})?\s*%\s*\)?\s*$/;

function amountIn(
  row: Element[],
  i: number,
  lang: string | undefined,
  seen: { currency: string | null },
): number | null {
  if (i < 0 || !row[i]) return null;
  const t = cellText(row[i]!);
  if (!t || /%/.test(t)) return null;
  const a = parseAmount(t, { lang });
  if (a?.currency) seen.currency ??= a.currency;
  return a ? Math.abs(a.minor) : null;
}

/** The table is a VAT breakdown: its header names a rate and a tax or base column, its rows show rates. */
export function readVatBreakdown(rows: Element[], lang?: string): VatBreakdown | null {
  const headIndex = rows.slice(0, 3).findIndex((tr) => headerColumns(tr));
  if (headIndex < 0) return null;
  const col = headerColumns(rows[headIndex]!)!;
  const taxes: number[] = [];
  const seen = { currency: null as string | null };
  let base = 0;
  let gross = 0;
  let baseOk = col.base >= 0;
  let grossOk = col.gross >= 0;
  let totalsRow: { tax: number | null; base: number | null; gross: number | null } | null = null;
  let rates = 0;
  for (const tr of rows.slice(headIndex + 1)) {
    const row = cells(tr);
    if (!row.length) continue;
    const rateText = row[col.rate] ? cellText(row[col.rate]!) : '';
    const first = cellText(row[0]!);
    const field = labelField(first);
    if (
      field === 'total' ||
      field === 'subtotal' ||
      field === 'tax' ||
      /^(?:total|totaux|totals?|summe|gesamt|totale|totaal)\b/i.test(first)
    ) {
      totalsRow = {
        tax: amountIn(row, col.tax, lang, seen),
        base: amountIn(row, col.base, lang, seen),
        gross: amountIn(row, col.gross, lang, seen),
      };
      continue;
    }
    if (!PERCENT.test(rateText)) return null;
    rates++;
    const tax = amountIn(row, col.tax, lang, seen);
    if (col.tax >= 0) {
      if (tax === null) return null;
      taxes.push(tax);
    }
    const b = amountIn(row, col.base, lang, seen);
    if (b === null) baseOk = false;
    else base += b;
    const g = amountIn(row, col.gross, lang, seen);
    if (g === null) grossOk = false;
    else gross += g;
  }
  if (!rates) return null;
  // A totals row must agree with the rows; when it does not, the table gives no figure (its rows are still not labels).
  const t = totalsRow;
  if (
    t &&
    ((t.tax !== null && col.tax >= 0 && t.tax !== taxes.reduce((a, b) => a + b, 0)) ||
      (t.base !== null && baseOk && t.base !== base) ||
      (t.gross !== null && grossOk && t.gross !== gross))
  )
    return { taxes: [], base: null, gross: null, currency: seen.currency, rows };
  return {
    taxes,
    base: baseOk ? base : (t?.base ?? null),
    gross: grossOk ? gross : (t?.gross ?? null),
    currency: seen.currency,
    rows,
  };
}
