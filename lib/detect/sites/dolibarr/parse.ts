import type { DetectedInvoice } from '../../invoice-reading';
import { columnField, type ColumnField } from '../../labels';
import {
  Reading,
  columnsBySelector,
  need,
  textOf,
  type SiteAdapter,
  type SiteContext,
} from '../adapter';
import { isInvoiceCard, isInvoiceList } from './detect';
import { SEEN, SELECTORS as S } from './selectors';
import { catalogText } from '../../../i18n/text';

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
      if (
        !r.amount('amountDue', textOf(rest), `row ${i + 1}, remainder to pay`) &&
        !textOf(rest) &&
        r.d.status !== 'draft'
      ) {
        r.d.amountDue = 0;
        r.d.fields.amountDue = {
          confidence: 0.9,
          where: `${APP}: row ${i + 1}, remainder to pay (blank)`,
        };
      }
    }
    if (!r.d.currency)
      r.d.warnings.push(catalogText('dolibarrParseDolibarrListShowsAmounts', r.d.invoiceNumber));
    out.push(r.done());
  });
  return out;
}

function readCard(doc: Document, ctx: SiteContext): DetectedInvoice[] {
  const r = new Reading(APP, ctx.lang);
  const ref = need(doc, S.cardRef, APP, 'invoice ref');
  // The ref is the box's own text; the customer ref and the third party follow in div.refidno.
  const own = Array.from(ref.childNodes)
    .filter((n) => n.nodeType === 3)
    .map((n) => n.nodeValue ?? '')
    .join(' ');
  if (!r.number(own, S.cardRef)) return [];
  r.party('buyerName', textOf(doc.querySelector(S.cardCustomer)), S.cardCustomer);
  const dates = Array.from(doc.querySelectorAll(S.cardDates)).map(textOf);
  if (dates[0]) r.date('issueDate', dates[0], 'invoice date (first span.valuedate)');
  // A credit note has no payment due date: one date only.
  if (dates.length >= 2)
    r.date('dueDate', dates[dates.length - 1]!, 'payment due date (last span.valuedate)');
  const rows = Array.from(doc.querySelectorAll(S.cardAmountRows));
  const ttc = rows[rows.length - 1]?.querySelector(S.cardAmount);
  if (!ttc) need(doc, `${S.cardAmountRows} ${S.cardAmount}`, APP, 'amount incl. tax');
  r.amount('totalWithTax', textOf(ttc), 'amount incl. tax (last row of the amounts table)');
  r.amount('paid', textOf(doc.querySelector(S.cardPaid)), S.cardPaid);
  const rest = doc.querySelector(S.cardRemainder);
  if (rest) r.amount('amountDue', textOf(rest), S.cardRemainder);
  if (rest?.classList.contains('amountpaymentcomplete')) r.d.status = 'paid';
  else if (r.d.paid) r.d.status = 'partially-paid';
  r.d.isCreditNote = !!doc.querySelector(S.cardCreditNote);
  return [r.done()];
}

export const dolibarr: SiteAdapter = {
  app: APP,
  seen: SEEN,
  urlMatches: (url) => isInvoiceList(url) || isInvoiceCard(url),
  pageMatches: (doc) =>
    (!!doc.querySelector(`${S.headerRow} ${S.columns.dueDate}`) && !!doc.querySelector(S.rows)) ||
    ((!!doc.querySelector(S.cardSignature) || !!doc.querySelector(S.supplierPage)) &&
      !!doc.querySelector(S.cardRef)),
  // The list's due-date header, or the card's ref box: one of them is on every page pageMatches takes.
  signatures: [`${S.headerRow} ${S.columns.dueDate}`, S.cardRef],
  payables: (doc, ctx) =>
    ctx.url?.pathname.includes('/fourn/') ||
    (!doc.querySelector(S.cardSignature) &&
      !doc.querySelector(S.rowNumber) &&
      doc.querySelector(S.supplierPage))
      ? catalogText('dolibarrParseSupplierInvoices')
      : null,
  read: (doc, ctx) =>
    doc.querySelector(S.cardRef) && doc.querySelector(S.cardSignature)
      ? readCard(doc, ctx)
      : read(doc, ctx),
};
