/**
 * InvoiceShelf's public invoice page. Facts read on 2026-11-23 in InvoiceShelf/InvoiceShelf at
 * commit 83caff13cd0799532c4fd19388c9315c105cdd7b (2026-04-08):
 * resources/scripts/components/InvoicePublicPage.vue, InvoiceInformationCard.vue and the
 * base components they use. Crater, which InvoiceShelf forked, has the same page
 * (crater-invoice/crater, InvoicePublicPage.vue at commit 06a196029e44759ee278758d1ed6b905866506bf).
 * Expected matches in fixtures/ are checked by invoiceshelf.test.ts.
 */
export const SEEN = 'InvoiceShelf InvoicePublicPage.vue at commit 83caff1 (2026-04-08), read 2026-11-23';

export const SELECTORS = {
  /** The PDF link: the page's own path with "?pdf"; public-en and public-fr: 1 */
  pdfLink: 'a[href^="/customer/invoices/"][href$="?pdf"]',
  /** BasePageHeader's title: the invoice number; 1 */
  title: 'h3.text-2xl',
  /** From, To, paid status, Total (then notes, optional) in that order; 4 */
  rows: 'dl > div',
} as const;
