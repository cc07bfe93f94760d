import type { DetectedInvoice } from '../../invoice-reading';
import { labelField } from '../../labels';
import {
  Reading,
  SelectorMissError,
  need,
  textOf,
  type SiteAdapter,
  type SiteContext,
} from '../adapter';
import { isInvoicePage } from './detect';
import { SEEN, SELECTORS as S } from './selectors';
import { catalogText } from '../../../i18n/text';

const APP = 'Akaunting';

function read(doc: Document, ctx: SiteContext): DetectedInvoice[] {
  const root = need(doc, S.root, APP, 'invoice document');
  const r = new Reading(APP, ctx.lang);
  const facts = Array.from(root.querySelectorAll(S.facts))
    .filter((p) => p.querySelector(S.factLabel))
    .map((p) => ({
      label: textOf(p.querySelector(S.factLabel)),
      value: textOf(p.querySelector(S.factValue)),
      order: p.classList.contains(S.orderRow),
    }));
  // Labels are translated; every template orders the rows number (if there), issue date, due date.
  const dated = facts.filter((f) => !f.order);
  const by = (f: string) => dated.find((x) => labelField(x.label) === f);
  const classic = root.querySelector(S.classicNumber);
  const number =
    by('invoiceNumber') ??
    (classic
      ? {
          label: textOf(classic.querySelector('span')),
          value: textOf(classic).replace(textOf(classic.querySelector('span')), ''),
        }
      : dated.length >= 3
        ? dated[0]
        : undefined);
  if (!number || !r.number(number.value, `"${number.label}"`))
    throw new SelectorMissError(APP, 'invoice number', `${S.facts}, ${S.classicNumber}`);
  const issued = by('issueDate') ?? (dated.length >= 2 ? dated[dated.length - 2] : undefined);
  if (issued && issued !== number) r.date('issueDate', issued.value, `"${issued.label}"`);
  const due = by('dueDate') ?? (dated.length >= 2 ? dated[dated.length - 1] : undefined);
  if (due) r.date('dueDate', due.value, `"${due.label}"`);
  r.party('sellerName', textOf(root.querySelector(S.company)), S.company);
  r.party('buyerName', textOf(root.querySelector(S.customer)), S.customer);
  const columns = root.querySelectorAll(S.totalsColumn);
  const totals = Array.from(columns[columns.length - 1]?.querySelectorAll(S.totalsRow) ?? []).map(
    (row) => textOf(row.lastElementChild),
  );
  if (!totals.length)
    throw new SelectorMissError(APP, 'totals', `${S.totalsColumn} (the last) > div.text`);
  // The last row ("Total") is the amount still due; a payment shows as "- amount" above it.
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
  pageMatches: (doc) => !!doc.querySelector(`${S.root} p.mb-0 ${S.factLabel}`),
  signatures: [`${S.root} p.mb-0 ${S.factLabel}`],
  // Bills (purchases) use the same document templates; only the address tells them apart.
  payables: (_doc, ctx) =>
    ctx.url && /\/purchases\//.test(ctx.url.pathname)
      ? catalogText('akauntingParseBillFromVendorPurchases')
      : null,
  read,
};
