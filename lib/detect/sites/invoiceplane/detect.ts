/** InvoicePlane pages by address. Self-hosted: any host; the paths are the app's routes. */

/** The invoice list of the admin (all statuses, or one), and a client's page that embeds it. */
export const isInvoiceList = (url: URL) =>
  /\/invoices(?:\/status\/[a-z_]+)?\/?$|\/invoices\/index\b|\/clients\/view\/\d+/.test(
    url.pathname,
  );
// Examples: https://billing.example/index.php/invoices/status/all, https://billing.example/invoices/status/overdue,
// https://billing.example/index.php/clients/view/7

/** The public ("guest") page of one invoice, sent to clients. */
export const isPublicInvoice = (url: URL) =>
  /\/guest\/view\/invoice\/[A-Za-z0-9]+/.test(url.pathname);
// Examples: https://billing.example/index.php/guest/view/invoice/kT9wq2LmZx, https://ip.example.org/guest/view/invoice/AbC123
