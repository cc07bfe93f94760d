import type { DetectedInvoice } from '../../invoice-reading';
import { labelField } from '../../labels';
import { Reading, SelectorMissError, need, textOf, type SiteContext } from '../adapter';
import { blockLines } from '../../block-lines';
import { applyTotals, partyBlock, type TotalsRow } from '../totals';
import { SELECTORS as S } from './selectors';
import { catalogText } from '../../../i18n/text';

const APP = 'InvoiceShelf';

/**
 * InvoiceShelf's (and Crater's) PDF invoice templates as HTML. The rows of the totals table
 * come in the template's order: Subtotal, the discount if any, one row per tax, Total, then —
 * only once a payment is recorded — Amount Paid and Amount Due.
 */
export function readPdf(doc: Document, ctx: SiteContext): DetectedInvoice[] {
  const r = new Reading(APP, ctx.lang);
  const values = Array.from(doc.querySelectorAll(S.pdfDetails)).map(textOf);
  const h4 = Array.from(doc.querySelectorAll(S.pdfDetailsH4)).map(textOf);
  if (values.length >= 2) {
    if (!r.number(values[0]!, 'invoice number')) return [];
    r.date('issueDate', values[1]!, 'invoice date');
    if (values[2]) r.date('dueDate', values[2], 'due date');
  } else if (h4.length >= 1) {
    if (!r.number(h4[0]!, S.pdfDetailsH4)) return [];
    if (h4[1]) r.date('issueDate', h4[1], `${S.pdfDetailsH4} (second)`);
    r.d.dueDateNote = `${APP}'s "invoice2" template shows no due date: enter it to chase this invoice`;
  } else throw new SelectorMissError(APP, 'invoice number', `${S.pdfDetails}, ${S.pdfDetailsH4}`);
  partyBlock(r, 'sellerName', blockLines(doc.querySelector(S.pdfCompany)), S.pdfCompany);
  // The block starts with the "Bill to" label in <b>; the address template's first line is the name.
  const bill = doc.querySelector(S.pdfBillTo);
  const label = textOf(bill?.querySelector('b'));
  partyBlock(
    r,
    'buyerName',
    blockLines(bill).filter((l, i) => !(i === 0 && l === label)),
    S.pdfBillTo,
  );
  const rows: TotalsRow[] = [];
  let afterTotal = 0;
  Array.from(doc.querySelectorAll(S.pdfTotalsRow)).forEach((tr, i) => {
    const labelCell = tr.querySelector(S.pdfLabel);
    const value = textOf(tr.querySelector(S.pdfValue));
    if (!labelCell || !value) return;
    const text = textOf(labelCell);
    const where = `totals row "${text}"`;
    if (labelCell.classList.contains(S.pdfBigRow)) {
      rows.push({
        role: afterTotal === 0 ? 'total' : afterTotal === 1 ? 'paid' : 'due',
        value,
        where,
      });
      afterTotal++;
    } else if (i === 0) rows.push({ role: 'subtotal', value, where });
    else
      rows.push({
        role: labelField(text.replace(/\s*\(.*\)\s*$/, '')) === 'discount' ? 'discount' : 'tax',
        value,
        where,
      });
  });
  if (!rows.some((x) => x.role === 'total'))
    need(doc, `${S.pdfTotals} td.${S.pdfBigRow}`, APP, 'total');
  applyTotals(r, rows);
  if (afterTotal < 2 && r.d.amountDue !== null && r.d.fields.amountDue) {
    // No payment rows: InvoiceShelf then has none recorded, but Crater's older templates never show payments.
    r.d.fields.amountDue = {
      ...r.d.fields.amountDue,
      confidence: Math.min(r.d.fields.amountDue.confidence, 0.65),
    };
    r.d.warnings.push(catalogText('invoiceshelfPdfTheDocumentShowsNo', r.d.invoiceNumber));
  }
  if (afterTotal >= 3 && r.d.amountDue === 0) r.d.status = 'paid';
  else if (afterTotal >= 3 && r.d.paid) r.d.status = 'partially-paid';
  return [r.done()];
}

export const isPdfTemplate = (doc: Document) =>
  !!doc.querySelector(`${S.pdfTotals} ${S.pdfLabel}`) && !!doc.querySelector(S.pdfCompany);
