/** InvoiceShelf (and Crater) public invoice page by address. */

export const isPublicInvoice = (url: URL) =>
  /^\/customer\/invoices\/[A-Za-z0-9]+\/?$/.test(url.pathname);
// Examples: https://billing.example.com/customer/invoices/4f9d2c7e81b3, https://crater.example.org/customer/invoices/AbC123
