/** Odoo's customer portal by address (any Odoo host). */

export const isPortalInvoiceList = (url: URL) => /^\/my\/invoices\/?$/.test(url.pathname);
// Examples: https://erp.example.com/my/invoices, https://shop.example.odoo.com/my/invoices?filterby=invoices

export const isPortalInvoice = (url: URL) => /^\/my\/invoices\/\d+\/?$/.test(url.pathname);
// Examples: https://erp.example.com/my/invoices/214?access_token=5b0c, https://x.odoo.com/my/invoices/31
