/**
 * InvoiceShelf's public invoice page. Facts read on 2026-11-23 in InvoiceShelf/InvoiceShelf at
 * commit 83caff13cd0799532c4fd19388c9315c105cdd7b (2026-04-08):
 * resources/scripts/components/InvoicePublicPage.vue, InvoiceInformationCard.vue and the
 * base components they use. Crater, which InvoiceShelf forked, has the same page
 * (crater-invoice/crater, InvoicePublicPage.vue at commit 06a196029e44759ee278758d1ed6b905866506bf).
 * Expected matches in fixtures/ are checked by invoiceshelf.test.ts.
 */
export const SEEN =
  'InvoiceShelf InvoicePublicPage.vue and PDF templates invoice1–3 at commit 83caff1 (2026-04-08), read 2026-11-23 and 2026-12-01';

export const SELECTORS = {
  /** The PDF link: the page's own path with "?pdf"; public-en and public-fr: 1 */
  pdfLink: 'a[href^="/customer/invoices/"][href$="?pdf"]',
  /** BasePageHeader's title: the invoice number; 1 */
  title: 'h3.text-2xl',
  /** From, To, paid status, Total (then notes, optional) in that order; 4 */
  rows: 'dl > div',

  // The PDF templates (also shown in the app's preview), read 2026-12-01 at the same commit:
  // resources/views/app/pdf/invoice/invoice{1,2,3}.blade.php and partials/table.blade.php.
  // Crater's templates (crater-invoice/crater @ 05d5ce26fdd8d9466009163444e944259bc0cc2a) have the same markup.
  /** The totals table; every template: 1 */
  pdfTotals: 'table.total-display-table',
  pdfTotalsRow: 'table.total-display-table tr',
  pdfLabel: 'td.total-table-attribute-label',
  pdfValue: 'td.total-table-attribute-value',
  /** The Total row and the Amount Paid / Amount Due rows after it carry this class; others do not */
  pdfBigRow: 'total-border-left',
  /** The company block ($company_address: its first line is the name); 1 */
  pdfCompany: '.company-address-container',
  /** The "Bill to" block (label in <b>, then $billing_address); 1 */
  pdfBillTo: '.billing-address-container',
  /** invoice1 and invoice3: label/value rows number, date, due date (in that order); 3 */
  pdfDetails: '.invoice-details-container td.attribute-value',
  /** invoice2: the number then the date in <h4>s, no due date; 2 */
  pdfDetailsH4: '.invoice-details-container h4',
} as const;
