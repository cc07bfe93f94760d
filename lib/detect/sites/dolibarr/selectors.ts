/**
 * Dolibarr's customer-invoice list and card. Facts read on 2026-11-23 in Dolibarr/dolibarr at commit
 * 000b443a5121e139052eff3ad003ad7f62706950, htdocs/compta/facture/list.php and card.php (and
 * the print_liste_field_titre / getNomUrl / getLibStatut / dol_banner_tab helpers they call);
 * the ref box's classes as public Selenium suites for Dolibarr locate it. Expected matches
 * in fixtures/ are checked by dolibarr.test.ts.
 */
export const SEEN =
  'Dolibarr compta/facture/list.php and card.php at commit 000b443 (read 2026-11-23)';

export const SELECTORS = {
  /** The title row (not the filter row); list-fr: 1 */
  headerRow: 'tr.liste_titre:not(.liste_titre_filter)',
  /** Data rows; list-fr: 3 */
  rows: 'tr.oddeven[data-rowid]',
  /** Columns by the sort field of their header link (the labels are translated) */
  columns: {
    invoiceNumber: 'a[href*="sortfield=f.ref&"], a[href$="sortfield=f.ref"]',
    issueDate: 'a[href*="sortfield=f.datef&"], a[href$="sortfield=f.datef"]',
    dueDate: 'a[href*="sortfield=f.date_lim_reglement"]',
    buyer: 'a[href*="sortfield=s.nom&"], a[href$="sortfield=s.nom"]',
    total: 'a[href*="sortfield=f.total_ttc"]',
    status: 'a[href*="sortfield=f.fk_statut"]',
  },
  /** The invoice link inside the ref cell (a nested table); 1 per row */
  rowNumber: 'a.classfortooltip[href*="/compta/facture/card.php"]',
  rowStatus: 'span.badge-status',

  // compta/facture/card.php — card-fr: 1 each unless said
  /** The banner's back link to the customer-invoice list (a supplier invoice's goes to fourn/) */
  cardSignature: 'a[href*="/compta/facture/list.php?restore_lastsearch_values=1"]',
  /** The ref box; its own text is the ref, followed by div.refidno */
  cardRef: 'div.refid',
  cardCustomer: 'div.refidno a[href*="/societe/card.php"]',
  /** Invoice date first, payment due date last; card-fr: 2 */
  cardDates: '.fichehalfleft table.tableforfield span.valuedate',
  /** Rows of the amounts table; the last one is the amount incl. tax; card-fr: 3 */
  cardAmountRows: '.fichehalfright table.tableforfield tr',
  cardAmount: 'td.amountcard',
  cardPaid: 'table.paymenttable td.amountalreadypaid',
  cardRemainder:
    'table.paymenttable td.amountremaintopay, table.paymenttable td.amountpaymentcomplete',
  cardCreditNote: 'table.paymenttable td.amountremaintopayback',

  /** Supplier invoices (fourn/facture/): the same list and card, for bills the user owes */
  supplierPage:
    'a[href*="/fourn/facture/card.php"], a[href*="/fourn/facture/list.php?restore_lastsearch_values=1"]',
} as const;
