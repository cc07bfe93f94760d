/**
 * Kimai's HTML invoice template "invoice" (the HTML renderer: the browser shows it on preview and on
 * download). Facts read on 2026-12-01 in kimai/kimai at commit 1f421c276badbf9eeff40852de305a1e4c1e829f
 * (2026-08-19): templates/invoice/renderer/invoice.html.twig, the values it prints from
 * src/Invoice/Hydrator/InvoiceModelDefaultHydrator.php (dates and money already formatted in the
 * invoice's language and currency) and the routes of src/Controller/InvoiceController.php.
 * The labels are translated (translations/messages.*.xlf): nothing here depends on them.
 * Expected matches in fixtures/ are checked by kimai.test.ts.
 */
export const SEEN =
  'Kimai templates/invoice/renderer/invoice.html.twig at commit 1f421c2 (2026-08-19), read 2026-12-01';

export const SELECTORS = {
  /** The template's body and section; the "timesheet" template has them too, but no address blocks; every fixture: 1 */
  document: 'body.invoice_print section.invoice',
  /** "To" (the customer) then "From" (the template's company), in that order; 2 */
  parties: 'section.invoice .row > .col-sm-5 > address',
  /** The paragraph of date, invoice number and due date: each value follows its <strong> label; 1 */
  facts: 'section.invoice .row > .col-sm-5 > p',
  factLabels: 'section.invoice .row > .col-sm-5 > p > strong',
  /** Subtotal, one row per shown tax, then the total (last); its value is the row's last cell; 2 or more */
  totalsRows: 'section.invoice .invoice-items table tfoot tr',
} as const;
