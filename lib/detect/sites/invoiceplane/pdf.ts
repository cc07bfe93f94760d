import type { DetectedInvoice } from '../../invoice-reading';
import { labelField } from '../../labels';
import { Reading, SelectorMissError, need, textOf, type SiteContext } from '../adapter';
import { blockLines } from '../../block-lines';
import { applyTotals, partyBlock, type TotalsRow } from '../totals';
import { SELECTORS as S } from './selectors';
import { parseAmount } from '../../parse-amount';
import { catalogText } from '../../../i18n/text';

const APP = 'InvoicePlane';

/** InvoicePlane's PDF template as HTML: facts by their row order, sums by their position. */
export function readPdf(doc: Document, ctx: SiteContext): DetectedInvoice[] {
  const r = new Reading(APP, ctx.lang);
  // "Invoice <number>": the label is translated, the number is the last word.
  const title = textOf(need(doc, S.pdfTitle, APP, 'invoice title'));
  if (!r.number(title.split(' ').pop() ?? '', S.pdfTitle)) return [];
  partyBlock(r, 'buyerName', blockLines(doc.querySelector(S.pdfClient)), S.pdfClient);
  partyBlock(r, 'sellerName', blockLines(doc.querySelector(S.pdfCompany)), S.pdfCompany);
  const facts = Array.from(doc.querySelectorAll(S.pdfFacts))
    .filter((tr) => tr.children.length >= 2)
    .map((tr) => textOf(tr.lastElementChild));
  if (facts.length < 3)
    throw new SelectorMissError(APP, 'invoice date, due date and amount due', S.pdfFacts);
  r.date('issueDate', facts[0]!, 'invoice date');
  r.date('dueDate', facts[1]!, 'due date');
  const sums = Array.from(doc.querySelectorAll(S.pdfSums)).map((tr) => ({
    label: textOf(tr.firstElementChild),
    value: textOf(tr.lastElementChild),
  }));
  if (sums.length < 4)
    throw new SelectorMissError(APP, 'subtotal, total, paid and balance rows', S.pdfSums);
  const rows: TotalsRow[] = sums.map((x, i) => ({
    role:
      i === 0
        ? 'subtotal'
        : i === sums.length - 3
          ? 'total'
          : i === sums.length - 2
            ? 'paid'
            : i === sums.length - 1
              ? 'due'
              : labelField(x.label.replace(/\s*\(.*\)\s*$/, '')) === 'discount'
                ? 'discount'
                : 'tax',
    value: x.value,
    where: `sums row "${x.label}"`,
  }));
  applyTotals(r, rows);
  // The "Amount Due" of the details is the same balance: when they differ, neither is trusted.
  const detailsDue = parseAmount(facts[2]!, {
    lang: ctx.lang,
    currency: r.d.currency ?? undefined,
  });
  if (r.d.fields.amountDue && (!detailsDue || Math.abs(detailsDue.minor) !== r.d.amountDue)) {
    r.d.fields.amountDue.confidence = Math.min(r.d.fields.amountDue.confidence, 0.5);
    r.d.warnings.push(catalogText('invoiceplanePdfTheAmountDueIn', r.d.invoiceNumber, facts[2]));
  }
  if (r.d.amountDue === 0 && r.d.totalWithTax) r.d.status = 'paid';
  else if (r.d.paid && r.d.amountDue) r.d.status = 'partially-paid';
  return [r.done()];
}

export const isPdf = (doc: Document) =>
  !!doc.querySelector(S.pdfTitle) &&
  !!doc.querySelector(S.pdfSums) &&
  !!doc.querySelector(S.pdfCompany);
