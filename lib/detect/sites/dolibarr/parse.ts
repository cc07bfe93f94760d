import type { DetectedInvoice } from '../../detected';
import { columnField, type ColumnField } from '../../labels';
import { Reading, columnsBySelector, need, textOf, type SiteAdapter, type SiteContext } from '../adapter';
import { isInvoiceList } from './detect';
import { SEEN, SELECTORS as S } from './selectors';

const APP = 'Dolibarr';

function read(doc: Document, ctx: SiteContext): DetectedInvoice[] {
  const header = need(doc, S.headerRow, APP, 'list header');
  const headers = Array.from(header.children);
  const cols = columnsBySelector(headers, S.columns) as Map<ColumnField, number>;
  if (!cols.has('invoiceNumber')) need(header, S.columns.invoiceNumber, APP, 'reference column');
  // "Already paid" and "remainder to pay" have no sort field: found by their label.
  headers.forEach((h, i) => {
    const f = columnField(textOf(h));
    if ((f === 'amountDue' || f === 'paid') && !cols.has(f)) cols.set(f, i);
  });
  const out: DetectedInvoice[] = [];
  Array.from(doc.querySelectorAll(S.rows)).forEach((tr, i) => {
    const cells = Array.from(tr.children);
    const cell = (k: ColumnField) => (cols.has(k) ? cells[cols.get(k)!] : undefined);
    const r = new Reading(APP, ctx.lang);
    const link = cell('invoiceNumber')?.querySelector(S.rowNumber);
    if (!link || !r.number(textOf(link), `row ${i + 1}, ${S.rowNumber}`)) return;
    r.date('issueDate', textOf(cell('issueDate')), `row ${i + 1}, invoice date`);
    r.date('dueDate', textOf(cell('dueDate')), `row ${i + 1}, due date`);
    r.party('buyerName', textOf(cell('buyer')), `row ${i + 1}, third party`);
    r.amount('totalWithTax', textOf(cell('total')), `row ${i + 1}, amount incl. tax`);
    r.amount('paid', textOf(cell('paid')), `row ${i + 1}, already paid`);
    const status = cell('status')?.querySelector(S.rowStatus);
    r.status(status?.getAttribute('title') || textOf(status));
    const rest = cell('amountDue');
    if (rest) {
      // The list leaves the cell blank when nothing remains to be paid.
      if (!r.amount('amountDue', textOf(rest), `row ${i + 1}, remainder to pay`) && !textOf(rest) && r.d.status !== 'draft') {
        r.d.amountDue = 0;
        r.d.fields.amountDue = { confidence: 0.9, where: `${APP}: row ${i + 1}, remainder to pay (blank)` };
      }
    }
    if (!r.d.currency) r.d.warnings.push(`${r.d.invoiceNumber}: Dolibarr's list shows amounts without their currency — choose it before recording`);
    out.push(r.done());
  });
  return out;
}

export const dolibarr: SiteAdapter = {
  app: APP,
  seen: SEEN,
  urlMatches: isInvoiceList,
  pageMatches: (doc) => !!doc.querySelector(`${S.headerRow} ${S.columns.dueDate}`) && !!doc.querySelector(S.rows),
  read,
};
