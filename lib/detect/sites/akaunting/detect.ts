/** Akaunting pages by address: /{company id}/… routes of the app, on any host. */

/** One invoice: in the app, in the client portal, or through the signed link sent to clients. */
export const isInvoicePage = (url: URL) =>
  /^\/(?:[^/]+\/)*\d+\/(?:sales\/invoices|portal\/invoices|signed\/invoices)\/\d+\/?$/.test(
    url.pathname,
  );
// Examples: https://app.akaunting.com/12345/sales/invoices/42, https://compta.example/1/portal/invoices/42,
// https://compta.example/1/signed/invoices/42
