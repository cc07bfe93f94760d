import type { DetectedInvoice } from '../../invoice-reading';
import { listDates, readListRow, settleListDates } from '../../invoice-list';
import type { ColumnField } from '../../labels';
import {
  Reading,
  columnsBySelector,
  need,
  textOf,
  type SiteAdapter,
  type SiteContext,
} from '../adapter';
import { isPortalInvoice, isPortalInvoiceList } from './detect';
import { SEEN, SELECTORS as S } from './selectors';
import { catalogText } from '../../../i18n/text';

const APP = 'Odoo';

function readList(doc: Document, ctx: SiteContext): DetectedInvoice[] {
  const table = need(doc, S.listTable, APP, 'invoice table');
  const headers = Array.from(table.querySelectorAll('thead th'));
  const cols = columnsBySelector(headers, S.columns) as Map<ColumnField, number>;
  if (!cols.has('invoiceNumber')) need(table, S.columns.invoiceNumber, APP, 'number column');
  const out: DetectedInvoice[] = [];
  const dates = listDates();
  Array.from(table.querySelectorAll(S.rows)).forEach((tr, i) => {
    const d = readListRow(Array.from(tr.children), {
      dates,
      columns: cols,
      lang: ctx.lang,
      where: `${APP}: ${S.listTable} row ${i + 1}`,
    });
    if (!d) return;
    // The amount column is the amount still due; the badge says paid / waiting / cancelled.
    const badge = textOf(tr.querySelector(S.statusBadge)).toLowerCase();
    if (/cancel|annul/.test(badge)) d.status = 'cancelled';
    out.push(d);
  });
  settleListDates(dates);
  return out;
}

function readInvoice(doc: Document, ctx: SiteContext): DetectedInvoice[] {
  const r = new Reading(APP, ctx.lang);
  if (!r.number(textOf(need(doc, S.name, APP, 'invoice name')), S.name)) return [];
  r.amount('totalWithTax', textOf(need(doc, S.total, APP, 'total')), S.total);
  const due = doc.querySelector(S.dueDate)?.getAttribute('datetime') ?? '';
  if (due) r.date('dueDate', due.slice(0, 10), `${S.dueDate} (attribute)`);
  if (!doc.querySelector(S.unpaidBlock)) {
    // No "to pay" block: Odoo shows it while the invoice is not paid or partly paid.
    r.d.status = 'paid';
    r.d.amountDue = 0;
    r.d.fields.amountDue = {
      confidence: 0.8,
      where: `${APP}: no amount left to pay in the sidebar`,
    };
  } else {
    r.amount('paid', textOf(doc.querySelector(S.alreadyPaid)), S.alreadyPaid);
    if (
      !r.amount('amountDue', textOf(doc.querySelector(S.leftToPay)), S.leftToPay) &&
      r.d.totalWithTax !== null
    ) {
      r.d.amountDue = r.d.totalWithTax;
      r.d.fields.amountDue = { confidence: 0.9, where: `${APP}: not paid, total` };
    }
  }
  r.d.warnings.push(catalogText('odooParseTheInvoiceDocumentItself', APP));
  return [r.done()];
}

export const odoo: SiteAdapter = {
  app: APP,
  seen: SEEN,
  urlMatches: (url) => isPortalInvoiceList(url) || isPortalInvoice(url),
  pageMatches: (doc) =>
    !!doc.querySelector(`${S.listTable} ${S.columns.dueDate}`) ||
    (!!doc.querySelector(S.sidebar) && !!doc.querySelector(S.name)),
  signatures: [`${S.listTable} ${S.columns.dueDate}`, S.sidebar],
  read: (doc, ctx) => (doc.querySelector(S.sidebar) ? readInvoice(doc, ctx) : readList(doc, ctx)),
};
