import { emptyDetected, finalizeConfidence, type DetectedInvoice, fieldName } from './detected';
import { parseNumber } from './invoice-number';
import { columnField, statusWord, type ColumnField } from './labels';
import { findCurrency, parseAmount } from './parse-amount';
import { parseDate } from './parse-date';
import { catalogText } from '../i18n/text';

/**
 * Invoice lists: HTML tables and ARIA grids whose header names an invoice-number
 * column, an amount column and at least one more (client, dates, status). One pass
 * over the rows; cells are read as text.
 */
const MAX_ROWS = 20_000;

export function cellText(el: Element): string {
  return (el.textContent ?? '').replace(/[\s\u00a0\u202f]+/g, ' ').trim();
}

interface Grid {
  headers: Element[];
  rows: Element[][];
  where: string;
}

function tableGrids(doc: Document): Grid[] {
  const grids: Grid[] = [];
  for (const table of Array.from(doc.querySelectorAll('table'))) {
    const allRows = Array.from(table.querySelectorAll('tr')).slice(0, 5);
    const headRow =
      table.querySelector('thead tr') ??
      allRows.find((tr) => tr.querySelector('th')) ??
      // Some apps draw the header with plain cells: the first row that names columns.
      allRows.find((tr) => Array.from(tr.children).filter((c) => columnField(cellText(c))).length >= 3);
    if (!headRow) continue;
    const rows: Element[][] = [];
    for (const tr of Array.from(table.querySelectorAll('tr'))) {
      if (tr === headRow || tr.closest('table') !== table || tr.parentElement?.tagName === 'THEAD' || tr.parentElement?.tagName === 'TFOOT') continue;
      rows.push(Array.from(tr.children).filter((c) => c.tagName === 'TD' || c.tagName === 'TH'));
      if (rows.length >= MAX_ROWS) break;
    }
    grids.push({ headers: Array.from(headRow.children), rows, where: table.id ? `table#${table.id}` : 'table' });
  }
  for (const grid of Array.from(doc.querySelectorAll('[role="grid"],[role="table"],[role="treegrid"]'))) {
    if (grid.tagName === 'TABLE') continue;
    const headers = Array.from(grid.querySelectorAll('[role="columnheader"]'));
    if (!headers.length) continue;
    const rows = Array.from(grid.querySelectorAll('[role="row"]'))
      .slice(0, MAX_ROWS)
      .map((r) => Array.from(r.querySelectorAll('[role="cell"],[role="gridcell"],[role="rowheader"]')))
      .filter((cells) => cells.length);
    grids.push({ headers, rows, where: `[role=${grid.getAttribute('role')}]` });
  }
  return grids;
}

export function readInvoiceList(doc: Document, lang?: string): DetectedInvoice[] {
  const out: DetectedInvoice[] = [];
  for (const grid of tableGrids(doc)) {
    const columns = new Map<ColumnField, number>();
    const currencies = new Map<number, string>();
    grid.headers.forEach((h, i) => {
      const text = cellText(h);
      const f = columnField(text);
      if (f && !columns.has(f)) columns.set(f, i);
      // "Montant (€)", "Amount (USD)": the header says the currency the cells leave out.
      const cur = /[(\[]/.test(text) ? findCurrency(text) : null;
      if (cur) currencies.set(i, cur);
    });
    if (!columns.has('invoiceNumber') || !(columns.has('total') || columns.has('amountDue')) || columns.size < 3) continue;
    for (const cells of grid.rows) {
      const d = readListRow(cells, columns, lang, grid.where, currencies);
      if (d) out.push(d);
    }
  }
  return out;
}

/** One row of a list, its columns already known (by header labels, or by a site adapter's selectors). */
export function readListRow(cells: Element[], columns: Map<ColumnField, number>, lang: string | undefined, where: string, currencies: Map<number, string> = new Map()): DetectedInvoice | null {
  const hint = (f: ColumnField) => currencies.get(columns.get(f) ?? -1);
  // Each cell's text is read once: a 1 000-row list asks for most cells two or three times.
  const texts: (string | undefined)[] = [];
  const textAt = (i: number) => (texts[i] ??= cells[i] ? cellText(cells[i]!) : '');
  const text = (f: ColumnField) => {
    const i = columns.get(f);
    return i === undefined ? '' : textAt(i);
  };
  const number = parseNumber(text('invoiceNumber'));
  if (!number) return null;
  const d = emptyDetected();
  d.invoiceNumber = number;
  d.fields.invoiceNumber = { confidence: 0.95, where: `${where}, column "number"` };
  const total = text('total') ? parseAmount(text('total'), { lang, currency: hint('total') }) : null;
  const due = text('amountDue') ? parseAmount(text('amountDue'), { lang, currency: hint('amountDue') }) : null;
  const paid = text('paid') ? parseAmount(text('paid'), { lang, currency: hint('paid') }) : null;
  if (!total && !due) return null;
  d.currency = due?.currency ?? total?.currency ?? null;
  if (total) {
    d.totalWithTax = total.minor;
    d.fields.totalWithTax = { confidence: total.confidence, where: `${where}, column "total"` };
  }
  if (paid) d.paid = paid.minor;
  for (const k of ['issueDate', 'dueDate'] as const) {
    const t = text(k);
    const p = t ? parseDate(t, { lang }) : null;
    if (!p) continue;
    d[k] = p.date;
    d.fields[k] = { confidence: p.confidence, where: `${where}, column "${k}"` };
    if (p.ambiguous) d.warnings.push(catalogText('detectInvoiceListCouldBeOrPlease', number, fieldName(k), p.raw, p.date, p.alternative));
  }
  if (d.dueDate) d.dueDateSource = 'label';
  else d.dueDateNote = 'the list shows no due date';
  const buyer = text('buyer');
  if (buyer && buyer.length <= 200) {
    d.buyerName = buyer;
    d.fields.buyerName = { confidence: 0.9, where: `${where}, column "client"` };
  }
  const statusText = text('status');
  d.status = (statusText && statusWord(statusText)) || null;
  if (!d.status) for (let i = 0; i < cells.length; i++) {
    const s = statusWord(textAt(i));
    if (s) {
      d.status = s;
      break;
    }
  }
  if (due) {
    d.amountDue = due.minor;
    d.fields.amountDue = { confidence: due.confidence, where: `${where}, column "amount due"` };
  } else if (d.status === 'paid') {
    d.amountDue = 0;
    d.fields.amountDue = { confidence: 0.85, where: `${where}, status "paid"` };
  } else if (total) {
    d.amountDue = total.minor - (paid?.minor ?? 0);
    d.fields.amountDue = { confidence: total.confidence * 0.85, where: `${where}, column "total"` };
  }
  // The row's own figures must agree (total − paid = amount due): arithmetic on what was read, no DOM.
  if (total && due && due.minor !== total.minor - (paid?.minor ?? 0) && (paid || due.minor > total.minor)) {
    for (const k of ['amountDue', 'totalWithTax'] as const) if (d.fields[k]) d.fields[k]!.confidence = Math.min(d.fields[k]!.confidence, 0.5);
    d.warnings.push(catalogText('detectInvoiceListTotalMinusPaid', number, total.raw, paid?.raw, due.raw));
  }
  for (const a of [total, due]) if (a?.ambiguous) d.warnings.push(catalogText('detectInvoiceListAmountIsAmbiguousPlease', number, a.raw));
  return finalizeConfidence(d);
}
