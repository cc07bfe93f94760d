/** Kimai invoice documents by address. Self-hosted: any host; every route is under /{locale}/. */

/** An invoice rendered with an HTML template: the preview before saving, or a saved invoice downloaded. */
export const isInvoiceDocument = (url: URL) =>
  /\/[a-z]{2}(?:[_-][A-Za-z]{2})?\/invoice\/(?:preview\/\d+\/[^/]+|download\/\d+)\/?$/.test(
    url.pathname,
  );
// Examples: https://kimai.example.com/fr/invoice/download/31, https://time.example.org/en_GB/invoice/preview/4/a1b2c3d4
