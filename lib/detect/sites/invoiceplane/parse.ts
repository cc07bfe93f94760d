import type { DetectedInvoice } from '../../invoice-reading';
import { Reading, need, textOf, type SiteAdapter, type SiteContext } from '../adapter';
import { isInvoiceList, isPublicInvoice } from './detect';
import { SEEN, SELECTORS as S } from './selectors';
import { isPdf, readPdf } from './pdf';

const APP = 'InvoicePlane';

function readList(doc: Document, ctx: SiteContext): DetectedInvoice[] {
  const out: DetectedInvoice[] = [];
  const rows = Array.from(doc.querySelectorAll(S.listRows)).filter((tr) =>
    tr.querySelector(S.listSignature),
  );
  rows.forEach((tr, i) => {
    const r = new Reading(APP, ctx.lang);
    const cells = Array.from(tr.children);
    const link = need(tr, S.rowNumber, APP, 'invoice number');
    if (!r.number(textOf(link), `row ${i + 1}, ${S.rowNumber}`)) return;
    // Created and due date follow the number's cell, as the template orders them.
    const at = cells.findIndex((c) => c.contains(link));
    r.date('issueDate', textOf(cells[at + 1]), `row ${i + 1}, created`);
    r.date('dueDate', textOf(cells[at + 2]), `row ${i + 1}, due date`);
    r.party('buyerName', textOf(tr.querySelector(S.rowClient)), `row ${i + 1}, ${S.rowClient}`);
    const [amount, balance] = Array.from(tr.querySelectorAll(S.rowAmounts));
    r.amount('totalWithTax', textOf(amount), `row ${i + 1}, amount`);
    r.amount('amountDue', textOf(balance), `row ${i + 1}, balance`);
    r.status(textOf(tr.querySelector(S.rowStatus)));
    r.d.isCreditNote = !!tr.querySelector(S.rowCredit);
    out.push(r.done());
  });
  return out;
}

function readPublic(doc: Document, ctx: SiteContext): DetectedInvoice[] {
  const r = new Reading(APP, ctx.lang);
  // "Invoice <number>": the label is translated, the number is the last word.
  const title = textOf(need(doc, S.webTitle, APP, 'invoice title'));
  if (!r.number(title.split(' ').pop() ?? '', S.webTitle)) return [];
  r.party('sellerName', textOf(doc.querySelector(S.webSeller)), S.webSeller);
  r.party('buyerName', textOf(doc.querySelector(S.webBuyer)), S.webBuyer);
  const facts = Array.from(doc.querySelectorAll(S.webFacts)).map((tr) =>
    textOf(tr.lastElementChild),
  );
  if (facts.length < 3)
    need(doc, `${S.webFacts}:nth-child(3)`, APP, 'invoice date, due date and amount due');
  r.date('issueDate', facts[0]!, 'invoice date');
  r.date('dueDate', facts[1]!, 'due date');
  const totals = Array.from(doc.querySelectorAll(S.webTotals)).map((tr) =>
    textOf(tr.lastElementChild),
  );
  if (totals.length >= 3) {
    r.amount('totalWithTax', totals[totals.length - 3]!, 'items table, total');
    r.amount('paid', totals[totals.length - 2]!, 'items table, paid');
  }
  r.amount('amountDue', facts[2]!, 'amount due');
  const stamp = doc.querySelector(S.webStamp);
  if (stamp?.classList.contains('paid')) r.d.status = 'paid';
  else if (stamp?.classList.contains('overdue')) r.d.status = 'overdue';
  return [r.done()];
}

export const invoicePlane: SiteAdapter = {
  app: APP,
  seen: SEEN,
  urlMatches: (url) => isInvoiceList(url) || isPublicInvoice(url),
  pageMatches: (doc) =>
    isPdf(doc) ||
    !!doc.querySelector(S.listSignature) ||
    (!!doc.querySelector(S.webSignature) && !!doc.querySelector('.webpreview-header')),
  // The PDF template's title, the list's payment link, the public page's header.
  signatures: [S.pdfTitle, S.listSignature, '.webpreview-header'],
  read: (doc, ctx) =>
    isPdf(doc)
      ? readPdf(doc, ctx)
      : doc.querySelector(S.webSignature) && doc.querySelector('.webpreview-header')
        ? readPublic(doc, ctx)
        : readList(doc, ctx),
};
