import type { DetectedInvoice } from '../../invoice-reading';
import { Reading, need, textOf, type SiteAdapter, type SiteContext } from '../adapter';
import { isPublicInvoice } from './detect';
import { SEEN, SELECTORS as S } from './selectors';
import { isPdfTemplate, readPdf } from './pdf';
import { catalogText } from '../../../i18n/text';

const APP = 'InvoiceShelf';

function read(doc: Document, ctx: SiteContext): DetectedInvoice[] {
  const r = new Reading(APP, ctx.lang);
  if (!r.number(textOf(need(doc, S.title, APP, 'invoice number')), S.title)) return [];
  const values = Array.from(doc.querySelectorAll(S.rows)).map((row) =>
    textOf(row.querySelector('dd')),
  );
  if (values.length < 4)
    need(doc, `${S.rows}:nth-child(4)`, APP, 'from, to, paid status and total');
  r.party('sellerName', values[0]!, 'From');
  r.party('buyerName', values[1]!, 'To');
  r.status(values[2]!);
  r.amount('totalWithTax', values[3]!, 'Total');
  if (r.d.status === 'partially-paid') {
    // The page does not say how much is left: the total is shown as uncertain.
    r.d.amountDue = r.d.totalWithTax;
    r.d.fields.amountDue = {
      confidence: 0.3,
      where: `${APP}: partly paid, amount left not shown — please confirm`,
    };
    r.d.warnings.push(
      catalogText('invoiceshelfParsePartlyPaidInvoiceshelfPage', r.d.invoiceNumber),
    );
  }
  r.d.dueDateNote = `${APP}'s public page shows no due date (it is in the PDF): enter it to chase this invoice`;
  return [r.done()];
}

export const invoiceShelf: SiteAdapter = {
  app: APP,
  seen: SEEN,
  urlMatches: isPublicInvoice,
  pageMatches: (doc) =>
    isPdfTemplate(doc) ||
    (!!doc.querySelector(S.pdfLink) &&
      !!doc.querySelector(S.title) &&
      doc.querySelectorAll(S.rows).length >= 4),
  // The PDF templates' totals labels, the public page's title. Not its PDF link: an attribute
  // test on every link cost a fifth of a text pass on a 1 000-row list of links.
  signatures: [`${S.pdfTotals} ${S.pdfLabel}`, S.title],
  read: (doc, ctx) => (isPdfTemplate(doc) ? readPdf(doc, ctx) : read(doc, ctx)),
};
