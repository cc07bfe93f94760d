/** Invoice Ninja's client portal by address (self-hosted or invoicing.co). */

export const isPortalInvoiceList = (url: URL) => /^\/client\/invoices\/?$/.test(url.pathname);
// Examples: https://billing.example.com/client/invoices, https://acme.invoicing.co/client/invoices?page=2
