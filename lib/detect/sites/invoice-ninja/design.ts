import type { DetectedInvoice } from '../../invoice-reading';
import { Reading, need, textOf, type SiteContext } from '../adapter';
import { blockLines } from '../../block-lines';
import { applyTotals, partyBlock, type TotalsRow } from '../totals';
import { SELECTORS } from './selectors';
import { catalogText } from '../../../i18n/text';

const APP = 'Invoice Ninja';
const R = SELECTORS.ref;

/** A value the design shows: its element is there and neither it nor its row is hidden. */
function shown(doc: Document, selector: string): Element | null {
  for (const el of Array.from(doc.querySelectorAll(selector))) {
    if (
      el.closest('[hidden]') ||
      /display\s*:\s*none/i.test(el.closest('tr')?.getAttribute('style') ?? '')
    )
      continue;
    if (textOf(el)) return el;
  }
  return null;
}

/**
 * An invoice (or credit) drawn with one of Invoice Ninja's PDF designs: every value by its
 * data-ref, so neither the design nor the language matters.
 */
export function readDesign(doc: Document, ctx: SiteContext): DetectedInvoice[] {
  const lang = ctx.lang === 'en' ? 'en-US' : ctx.lang;
  const r = new Reading(APP, lang);
  const credit = shown(doc, R.creditNumber);
  const number = credit ?? need(doc, R.number, APP, 'invoice number');
  if (!r.number(textOf(number), credit ? R.creditNumber : R.number)) return [];
  r.d.isCreditNote = !!credit;
  r.date('issueDate', textOf(shown(doc, R.date)), 'entity_details date');
  const partial = shown(doc, R.partialDue);
  if (!credit) r.date('dueDate', textOf(shown(doc, R.dueDate)), 'entity_details due_date');
  if (partial && r.d.dueDate && r.d.fields.dueDate) {
    // With a deposit asked for, $due_date is the deposit's due date, not the balance's.
    r.d.fields.dueDate = { ...r.d.fields.dueDate, confidence: 0.5 };
    r.d.warnings.push(
      catalogText('invoiceNinjaDesignDepositIsAskedFor', r.d.invoiceNumber, textOf(partial)),
    );
  }
  partyBlock(
    r,
    'sellerName',
    [textOf(shown(doc, R.company)), ...blockLines(doc.querySelector(R.companyBlock))],
    R.company,
  );
  partyBlock(
    r,
    'buyerName',
    [textOf(shown(doc, R.client)), ...blockLines(doc.querySelector(R.clientBlock))],
    R.client,
  );
  const rows: TotalsRow[] = [];
  const add = (role: TotalsRow['role'], selector: string) => {
    for (const el of Array.from(doc.querySelectorAll(selector)))
      if (!el.closest('[hidden]') && textOf(el))
        rows.push({ role, value: textOf(el), where: el.getAttribute('data-ref') ?? selector });
  };
  add('subtotal', R.subtotal);
  add('discount', R.discount);
  add('tax', R.taxes);
  add('shipping', R.surcharges);
  add('total', R.total);
  add('paid', R.paid);
  add('due', R.due);
  if (!rows.some((x) => x.role === 'due')) add('due', R.balanceDue);
  if (!rows.some((x) => x.role === 'total' || x.role === 'due'))
    need(doc, `${R.total}, ${R.due}`, APP, 'total or balance');
  applyTotals(r, rows);
  if (credit) {
    r.d.dueDate = null;
    r.d.dueDateNote = 'a credit note has no due date to chase';
  } else if (r.d.amountDue === 0 && r.d.totalWithTax) r.d.status = 'paid';
  else if (r.d.paid && r.d.amountDue) r.d.status = 'partially-paid';
  return [r.done()];
}

export const designSignatures = [
  `${SELECTORS.designDetails} ${R.number}`,
  `${SELECTORS.designDetails} ${R.creditNumber}`,
];
export const isDesign = (doc: Document) => designSignatures.some((s) => !!doc.querySelector(s));
