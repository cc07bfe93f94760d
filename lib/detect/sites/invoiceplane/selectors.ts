/**
 * InvoicePlane's markup. Facts read on 2026-11-23 in InvoicePlane/InvoicePlane at commit
 * 3879f70de2d01613d0befe814aa8db841f318114 (2026-01-19). Expected matches in
 * fixtures/ are checked by invoiceplane.test.ts.
 */
export const SEEN = 'InvoicePlane templates at commit 3879f70 (2026-01-19), read 2026-11-23';

export const SELECTORS = {
  // application/modules/invoices/views/partial_invoice_table.php
  // list-en-2026-01.html: 1 table, 4 rows
  listRows: 'table.table-striped > tbody > tr',
  /** Only InvoicePlane's list has this payment link with the balance in an attribute; list: 4 */
  listSignature: 'a.invoice-add-payment[data-invoice-balance]',
  rowNumber: 'a[href*="/invoices/view/"]',
  rowClient: 'a[href*="/clients/view/"]',
  /** Amount then balance; list: 2 per row */
  rowAmounts: 'td.amount',
  rowStatus: 'span.label',
  rowCredit: 'i.fa-credit-invoice',

  // application/views/invoice_templates/public/InvoicePlane_Web.php
  // web-en-2026-01.html: 1 each
  webTitle: '.webpreview-header h2',
  webSignature:
    'a[href*="guest/view/generate_invoice_pdf/"], a[href*="guest/view/generate_sumex_pdf/"]',
  webSeller: '.invoice > .row > div:first-child > h4',
  webBuyer: '.invoice > .row > div.text-right > h4',
  /** Invoice date, due date, amount due — in that order; web: 3 */
  webFacts: '.invoice > .row > div.text-right table.table-condensed > tbody > tr',
  /** …, Total, Paid, Balance: the last three rows; web: 7 */
  webTotals: '.invoice-items table > tbody > tr',
  webStamp: '.invoice-items span.stamp',

  // application/views/invoice_templates/pdf/InvoicePlane.php (the PDF, also its HTML preview), read 2026-12-01
  // pdf-en-2026-01: 1 each
  pdfTitle: 'h1.invoice-title',
  pdfClient: 'header #client',
  pdfCompany: 'header #company',
  /** Invoice date, due date, amount due: label cell + value cell; 3 */
  pdfFacts: '.invoice-details table tr',
  /** Subtotal first; then item tax, one row per invoice tax, discount; Total, Paid, Balance last; 5 */
  pdfSums: 'table.item-table tbody.invoice-sums tr',
} as const;
