import type { DetectedInvoice } from '../../detected';
import { labelField } from '../../labels';
import { Reading, need, textOf, type SiteAdapter, type SiteContext } from '../adapter';
import { isInvoicePage } from './detect';
import { SEEN, SELECTORS as S } from './selectors';

const APP = 'Akaunting';

function read(doc: Document, ctx: SiteContext): DetectedInvoice[] {
  const root = need(doc, S.root, APP, 'invoice document');
  const r = new Reading(APP, ctx.lang);
  const facts = Array.from(root.ownerDocument.querySelectorAll(S.facts)).map((p) => ({ label: textOf(p.querySelector(S.factLabel)), value: textOf(p.querySelector(S.factValue)) }));
  if (!facts.length) need(doc, S.facts, APP, 'number and dates');
  // Labels are translated; the order is the template's: number first, due date last.
  const by = (f: string) => facts.find((x) => labelField(x.label) === f);
  const number = by('invoiceNumber') ?? facts[0]!;
  if (!r.number(number.value, `${S.facts} "${number.label}"`)) return [];
  const issued = by('issueDate');
  if (issued) r.date('issueDate', issued.value, `"${issued.label}"`);
  const due = by('dueDate') ?? (facts.length >= 3 ? facts[facts.length - 1] : undefined);
  if (due) r.date('dueDate', due.value, `"${due.label}"`);
  r.party('sellerName', textOf(doc.querySelector(S.company)), S.company);
  r.party('buyerName', textOf(doc.querySelector(S.customer)), S.customer);
  const totals = Array.from(doc.querySelectorAll(S.totals)).map((row) => textOf(row.lastElementChild));
  if (!totals.length) need(doc, S.totals, APP, 'totals');
  const paid = totals.slice(0, -1).find((t) => /^[-−]\s*\S/.test(t));
  r.amount('amountDue', totals[totals.length - 1]!, 'last totals row (amount due)');
  if (paid) r.amount('paid', paid.replace(/^[-−]\s*/, ''), 'paid row');
  if (r.d.amountDue !== null) {
    r.d.totalWithTax = r.d.amountDue + (r.d.paid ?? 0);
    r.d.fields.totalWithTax = { confidence: 0.9, where: `${APP}: amount due + paid` };
    if (r.d.amountDue === 0) r.d.status = 'paid';
    else if (r.d.paid) r.d.status = 'partially-paid';
  }
  return [r.done()];
}

export const akaunting: SiteAdapter = {
  app: APP,
  seen: SEEN,
  urlMatches: isInvoicePage,
  pageMatches: (doc) => !!doc.querySelector(`${S.root} ${S.factLabel}`),
  // Bills (purchases) use the same document template; only the address tells them apart.
  payables: (_doc, ctx) => (ctx.url && /\/purchases\//.test(ctx.url.pathname) ? 'a bill from a vendor (purchases)' : null),
  read,
};
