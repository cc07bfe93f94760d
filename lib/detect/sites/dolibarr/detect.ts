/** Dolibarr pages by address (its PHP scripts, under any install path). */

/** The customer-invoice list. */
export const isInvoiceList = (url: URL) => /\/compta\/facture\/list\.php$/.test(url.pathname);
// Examples: https://erp.example/compta/facture/list.php, https://example.com/dolibarr/htdocs/compta/facture/list.php?search_status=1

/** One customer invoice (its card). */
export const isInvoiceCard = (url: URL) => /\/compta\/facture\/card\.php$/.test(url.pathname);
// Examples: https://erp.example/compta/facture/card.php?facid=112, https://example.com/dolibarr/htdocs/compta/facture/card.php?id=7
