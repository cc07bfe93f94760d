import { labelField, normalize, PAYMENT_LINE } from './labels';
import { cellText } from './invoice-list';
import { parseAmount } from './parse-amount';
import { readVatBreakdown, type VatBreakdown } from './vat-breakdown';

/**
 * Items tables ("Description | Qty | Price | Amount"): their header cells are column
 * names, not labels of the invoice ("Amount" over a line's amount is not the amount due),
 * and an amount that only appears in one of their lines is never a total. Their line
 * amounts add up to the subtotal, which the consistency checks compare.
 *
 * One pass over the page's tables; the rest of the reader asks by row (Set lookups).
 */
export interface ItemTables {
  /** Header rows of items tables: never read as labels. */
  headerRows: Set<Element>;
  /** Rows of items (three cells or more with text, no total label): never read as labels or values. */
  itemRows: Set<Element>;
  /** Sum of the line amounts, in minor units, when every line's amount could be read. */
  lineSum: number | null;
  lineCount: number;
  /** VAT breakdown tables (one row per rate), their rows also in headerRows/itemRows; usually one. */
  vat: VatBreakdown[];
}

// Column names of items tables, in the six languages, and of timesheets (Kimai, Solidtime, Invoice Ninja tasks).
const ITEM_COLUMNS = new Set(
  [
    'description',
    'designation',
    'désignation',
    'libelle',
    'libellé',
    'article',
    'articles',
    'produit',
    'produits',
    'prestation',
    'prestations',
    'service',
    'services',
    'item',
    'items',
    'product',
    'products',
    'task',
    'tasks',
    'tache',
    'activity',
    'activite',
    'project',
    'projet',
    'qty',
    'qte',
    'qté',
    'qté.',
    'quantity',
    'quantite',
    'quantité',
    'hours',
    'heures',
    'nb',
    'nombre',
    'unit',
    'unite',
    'unité',
    'duration',
    'duree',
    'durée',
    'time',
    'temps',
    'unit price',
    'unit cost',
    'price',
    'prix',
    'prix unitaire',
    'prix unitaire ht',
    'p.u.',
    'p.u. ht',
    'pu ht',
    'rate',
    'hourly rate',
    'tarif',
    'taux horaire',
    'cout unitaire',
    'coût unitaire',
    'jours',
    'jour',
    'nb jours',
    'nombre de jours',
    'days',
    'tjm',
    'taux journalier',
    'tarif journalier',
    'daily rate',
    'tagessatz',
    'stundensatz',
    'hrs',
    'heures facturees',
    'ref',
    'ref.',
    'reference',
    'référence',
    'code',
    'code article',
    'sku',
    'pos',
    '#',
    'n°',
    'item name',
    'item description',
    'nom',
    'details',
    'détails',
    'beschreibung',
    'bezeichnung',
    'leistung',
    'artikel',
    'position',
    'pos.',
    'menge',
    'anzahl',
    'einheit',
    'einzelpreis',
    'stunden',
    'preis',
    'descripcion',
    'descripción',
    'concepto',
    'cantidad',
    'precio',
    'precio unitario',
    'articulo',
    'artículo',
    'descrizione',
    'quantita',
    'quantità',
    'prezzo',
    'prezzo unitario',
    'articolo',
    'ore',
    'omschrijving',
    'aantal',
    'prijs',
    'stukprijs',
    'eenheidsprijs',
    'uren',
    'stuks',
  ].map(normalize),
);
/** Columns holding a line's amount: the last of them in the header is read. */
const LINE_AMOUNT = new Set(
  [
    'total price',
    'prix total',
    // LedgerSMB's line amount column, templates/demo/invoice.html ("Prix total" in French).
    'extended',
    'extended price',
    'line total',
    'amount',
    'total',
    'line total',
    'montant',
    'montant ht',
    'montant ttc',
    'total ht',
    'total ttc',
    'prix total',
    'prix total ht',
    'sous-total',
    'subtotal',
    'net',
    'betrag',
    'gesamt',
    'gesamtpreis',
    'summe',
    'importe',
    'total linea',
    'importo',
    'ammontare',
    'totale',
    'bedrag',
    'totaal',
    'line amount',
  ].map(normalize),
);
/** Labels of a totals row kept inside an items table (tfoot or trailing rows): those rows are read. */
const TOTAL_FIELDS = new Set([
  'total',
  'amountDue',
  'subtotal',
  'tax',
  'paid',
  'shipping',
  'discount',
  'credit',
]);

function cellsOf(tr: Element): Element[] {
  return Array.from(tr.children).filter((c) => c.tagName === 'TD' || c.tagName === 'TH');
}

export function readItemTables(doc: Document, lang?: string): ItemTables {
  const out: ItemTables = {
    headerRows: new Set(),
    itemRows: new Set(),
    lineSum: null,
    lineCount: 0,
    vat: [],
  };
  let sum = 0;
  let complete = true;
  for (const table of Array.from(doc.querySelectorAll('table'))) {
    const rows = Array.from(table.querySelectorAll('tr')).filter(
      (tr) => tr.closest('table') === table,
    );
    const headIndex = rows.slice(0, 4).findIndex((tr) => {
      const names = cellsOf(tr).map((c) => normalize(cellText(c)));
      const items = names.filter((h) => ITEM_COLUMNS.has(h)).length;
      // Siwapp's print template: "Description | Total", a line's name and its amount only.
      return items >= 2 || (items === 1 && names.length === 2 && LINE_AMOUNT.has(names[1]!));
    });
    if (headIndex < 0) {
      const vat = readVatBreakdown(rows, lang);
      if (vat) {
        out.vat.push(vat);
        for (const tr of vat.rows) out.itemRows.add(tr);
      }
      continue;
    }
    const head = rows[headIndex]!;
    out.headerRows.add(head);
    const headers = cellsOf(head).map((c) => normalize(cellText(c)));
    let amountCol = -1;
    headers.forEach((h, i) => {
      if (LINE_AMOUNT.has(h.replace(/\s*\((?:ht|ttc|€|\$|£|[a-z]{3})\)$/, ''))) amountCol = i;
    });
    for (const tr of rows.slice(headIndex + 1)) {
      if (tr.parentElement?.tagName === 'TFOOT') continue;
      const cells = cellsOf(tr);
      const filled = cells.filter((c) => cellText(c));
      if (filled.length < Math.min(3, headers.length)) continue;
      const first = cellText(filled[0]!);
      // A totals row kept in the table: its first cell is the label, or the cell before the amount when
      // the label spans the columns. A line of items with a tax column ("TVA 20%") before its amount is not one.
      const label =
        labelField(first) ??
        (filled.length < headers.length ? labelField(cellText(filled[filled.length - 2]!)) : null);
      if (label && TOTAL_FIELDS.has(label)) continue;
      // A payment row spanning the columns (GnuCash: its date, "Payment, thank you!", the amount): the totals'.
      if (filled.length < headers.length && PAYMENT_LINE.test(cellText(filled[filled.length - 2]!)))
        continue;
      out.itemRows.add(tr);
      out.lineCount++;
      // Cells spanning columns shift the indexes: only rows with the header's shape are summed.
      const cell = cells.length === headers.length && amountCol >= 0 ? cells[amountCol] : undefined;
      const amount = cell ? parseAmount(cellText(cell), { lang }) : null;
      if (amount) sum += amount.minor;
      else complete = false;
    }
  }
  out.lineSum = out.lineCount && complete ? sum : null;
  return out;
}
