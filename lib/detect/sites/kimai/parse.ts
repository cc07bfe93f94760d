import type { DetectedInvoice } from '../../invoice-reading';
import {
  Reading,
  SelectorMissError,
  need,
  textOf,
  type SiteAdapter,
  type SiteContext,
} from '../adapter';
import { blockLines } from '../../block-lines';
import { applyTotals, partyBlock, type TotalsRow } from '../totals';
import { isInvoiceDocument } from './detect';
import { SEEN, SELECTORS as S } from './selectors';

const APP = 'Kimai';

/** The text after each <strong> label of the facts paragraph, up to the next label. */
function factValues(p: Element): string[] {
  const out: string[] = [];
  for (const n of Array.from(p.childNodes)) {
    if (n.nodeType === 1 && (n as Element).tagName === 'STRONG') out.push('');
    else if (out.length && n.nodeType === 3) out[out.length - 1] += n.nodeValue ?? '';
  }
  return out.map((v) => v.replace(/[\s\u00a0\u202f]+/g, ' ').trim());
}

function read(doc: Document, ctx: SiteContext): DetectedInvoice[] {
  const r = new Reading(APP, ctx.lang);
  // The template prints date, invoice number and due date in that order; the labels are translated.
  const values = factValues(need(doc, S.facts, APP, 'date, invoice number and due date'));
  if (values.length !== 3)
    throw new SelectorMissError(
      APP,
      'date, invoice number and due date (three labels)',
      S.factLabels,
    );
  if (!r.number(values[1]!, 'invoice number (second label of the facts paragraph)')) return [];
  r.date('issueDate', values[0]!, 'date (first label)');
  r.date('dueDate', values[2]!, 'due date (third label)');
  const [to, from] = Array.from(doc.querySelectorAll(S.parties));
  if (!from) throw new SelectorMissError(APP, 'the From address (the second)', S.parties);
  partyBlock(r, 'buyerName', blockLines(to), 'To (first address)');
  partyBlock(r, 'sellerName', blockLines(from), 'From (second address)');
  const rows = Array.from(doc.querySelectorAll(S.totalsRows));
  if (rows.length < 2)
    throw new SelectorMissError(APP, 'subtotal and total (two rows or more)', S.totalsRows);
  const value = (tr: Element) => textOf(tr.lastElementChild);
  const totals: TotalsRow[] = rows.map((tr, i) => ({
    role: i === 0 ? 'subtotal' : i === rows.length - 1 ? 'total' : 'tax',
    value: value(tr),
    where:
      i === 0
        ? 'subtotal (first row of tfoot)'
        : i === rows.length - 1
          ? 'total (last row of tfoot)'
          : `tax (row ${i + 1} of tfoot)`,
  }));
  applyTotals(r, totals);
  // The document says nothing of payments (Kimai tracks them in its invoice list): the total is what is due.
  return [r.done()];
}

export const kimai: SiteAdapter = {
  app: APP,
  seen: SEEN,
  urlMatches: isInvoiceDocument,
  // The document's root: every page pageMatches takes has it.
  signatures: [S.document],
  pageMatches: (doc) =>
    !!doc.querySelector(S.document) &&
    doc.querySelectorAll(S.parties).length === 2 &&
    doc.querySelectorAll(S.factLabels).length >= 2 &&
    !!doc.querySelector(S.totalsRows),
  read,
};
