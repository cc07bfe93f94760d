/**
 * Dolibarr's customer-invoice list. Facts read on 2026-11-23 in Dolibarr/dolibarr at commit
 * 000b443a5121e139052eff3ad003ad7f62706950, htdocs/compta/facture/list.php (and the
 * print_liste_field_titre / getNomUrl / getLibStatut helpers it calls). Expected
 * matches in fixtures/ are checked by dolibarr.test.ts.
 */
export const SEEN = 'Dolibarr compta/facture/list.php at commit 000b443 (read 2026-11-23)';

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
} as const;
