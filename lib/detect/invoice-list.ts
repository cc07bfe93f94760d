import {
  emptyDetected,
  finalizeConfidence,
  type DetectedInvoice,
  fieldName,
} from './invoice-reading';
import { parseNumber, plainNumber } from './invoice-number';
import { columnField, statusWord, type ColumnField, type StatusWord } from './labels';
import { findCurrency, parseAmount, type ParsedAmount } from './parse-amount';
import { parseDate, type DateOrder, type ParsedDate } from './parse-date';
import type { Text as Said } from '../model/text';
import { catalogText } from '../i18n/text';

/**
 * Invoice lists: HTML tables and ARIA grids whose header names an invoice-number
 * column, an amount column and at least one more (client, dates, status). One pass
 * over the rows; cells are read as text.
 */
const MAX_ROWS = 20_000;

/**
 * Whitespace other than one plain space between words (what `\s` matches besides U+0020:
 * tabs, line breaks, no-break and other Unicode spaces): only such texts are rewritten.
 * A loop over the char codes: the regex /\s{2,}|[^\S ]|^ | $/ cost more than reading the
 * cell's text on a 1 000-row list.
 */
function untidy(text: string): boolean {
  const n = text.length;
  if (!n) return false;
  if (text.charCodeAt(0) === 32 || text.charCodeAt(n - 1) === 32) return true;
  let prev = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 32) {
      if (prev === 32) return true;
    } else if (c < 33 ? c >= 9 && c <= 13 : c >= 0xa0 && isOtherSpace(c)) return true;
    prev = c;
  }
  return false;
}

const isOtherSpace = (c: number) =>
  c === 0xa0 ||
  c === 0x1680 ||
  (c >= 0x2000 && c <= 0x200a) ||
  c === 0x2028 ||
  c === 0x2029 ||
  c === 0x202f ||
  c === 0x205f ||
  c === 0x3000 ||
  c === 0xfeff;

/** Runs of whitespace as one space, none at the ends. */
const collapse = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** What a raw text reads as once tidied: itself when it is tidy already. */
const tidyText = (raw: string): string => (untidy(raw) ? collapse(raw) : raw);

export function cellText(el: Element): string {
  const text = el.textContent ?? '';
  // Most cells hold tidy text already: testing costs less than building a copy of each.
  if (!untidy(text)) return text;
  // The others repeat ("1 234,00 €" with its narrow no-break space, in two columns of each
  // row): a lookup costs a fraction of the rewrite (short texts only; bounded, cleared when full).
  if (text.length > 120) return collapse(text);
  let tidy = tidied.get(text);
  if (tidy === undefined) {
    if (tidied.size > 4096) tidied.clear();
    tidy = collapse(text);
    tidied.set(text, tidy);
  }
  return tidy;
}

const tidied = new Map<string, string>();

interface Grid {
  headers: ArrayLike<Element>;
  /** The body rows' cells, walked only once the header names the columns of a list. */
  rows(): ArrayLike<ArrayLike<Element>>;
  where: string;
}

/**
 * A row's <td>/<th> children, walked sibling by sibling: copying `tr.children` into an array
 * for each of a thousand rows cost more than reading their text. (Not `tr.cells`: happy-dom,
 * the CLI's DOM, counts the cells of nested tables in it; and in Chromium, indexing it cost
 * more than this walk.) A cell is the element with a `cellIndex` (HTMLTableCellElement's, in
 * browsers and happy-dom alike): a look at the element's prototype, where reading its tag
 * name asked the DOM for a string, two fifths of the walk.
 */
function cellsOf(tr: Element): Element[] {
  const cells: Element[] = [];
  for (let c = tr.firstElementChild; c; c = c.nextElementSibling)
    if ('cellIndex' in c) cells.push(c);
  return cells;
}

/**
 * The body rows' cells, in document order: the rows of this table, not of a table inside it,
 * without the header row and the <thead>/<tfoot> sections. Rows sit in the table or in its
 * sections (the parser puts them there): walked as siblings, which costs a small part of a
 * selector query and a `closest` per row. When the table holds other rows (a nested table's,
 * or rows a script put elsewhere), they are all listed and filtered instead.
 */
function bodyRows(table: Element, headRow: Element): Element[][] {
  const out: Element[][] = [];
  let seen = 0;
  for (let c = table.firstElementChild; c; c = c.nextElementSibling) {
    const tag = c.tagName;
    if (tag === 'TR') {
      seen++;
      if (c !== headRow && out.length < MAX_ROWS) out.push(cellsOf(c));
    } else if (tag === 'TBODY' || tag === 'THEAD' || tag === 'TFOOT')
      for (let tr = c.firstElementChild; tr; tr = tr.nextElementSibling) {
        if (tr.tagName !== 'TR') continue;
        seen++;
        if (tag === 'TBODY' && tr !== headRow && out.length < MAX_ROWS) out.push(cellsOf(tr));
      }
  }
  // A live collection, counted by the DOM without a wrapper per row.
  if (table.getElementsByTagName('tr').length === seen) return out;
  out.length = 0;
  for (const tr of Array.from(table.querySelectorAll('tr'))) {
    if (tr.closest('table') !== table) continue;
    const section = tr.parentElement?.tagName;
    if (tr === headRow || section === 'THEAD' || section === 'TFOOT') continue;
    out.push(cellsOf(tr));
    if (out.length >= MAX_ROWS) break;
  }
  return out;
}

const GRID_ROLES = new Set(['grid', 'table', 'treegrid']);
/** Node.DOCUMENT_POSITION_FOLLOWING (no `Node` global in the CLI). */
const FOLLOWING = 4;

/**
 * ARIA grids (not <table>s) that have column headers, in document order. Found from their
 * headers: a query for `[role="columnheader"]` costs about a third of one for `[role]` (every
 * element with a role), and on a page without a grid nothing is left to filter.
 */
function ariaGrids(doc: Document): Element[] {
  const grids: Element[] = [];
  for (const header of Array.from(doc.querySelectorAll('[role="columnheader"]')))
    for (let el = header.parentElement; el; el = el.parentElement) {
      const role = el.getAttribute('role');
      if (role && GRID_ROLES.has(role) && el.tagName !== 'TABLE' && !grids.includes(el))
        grids.push(el);
    }
  return grids.length < 2
    ? grids
    : grids.sort((a, b) => (a.compareDocumentPosition(b) & FOLLOWING ? -1 : 1));
}

function* tableGrids(doc: Document): Iterable<Grid> {
  // The DOM keeps this collection between scans of an unchanged page; a query walks it anew.
  for (const table of Array.from(doc.getElementsByTagName('table'))) {
    // The first five rows, nested tables' included, without listing the thousand others
    // (a live collection: asking for its length would walk them all).
    const trs = table.getElementsByTagName('tr');
    const allRows: Element[] = [];
    for (let i = 0; i < 5 && trs[i]; i++) allRows.push(trs[i]!);
    const headRow =
      table.querySelector('thead tr') ??
      allRows.find((tr) => tr.querySelector('th')) ??
      // Some apps draw the header with plain cells: the first row that names columns.
      allRows.find(
        (tr) => Array.from(tr.children).filter((c) => columnField(cellText(c))).length >= 3,
      );
    if (!headRow) continue;
    yield {
      headers: headRow.children,
      rows: () => bodyRows(table, headRow),
      where: table.id ? `table#${table.id}` : 'table',
    };
  }
  for (const grid of ariaGrids(doc)) {
    const headers = grid.querySelectorAll('[role="columnheader"]');
    const rows = () => {
      const out: ArrayLike<Element>[] = [];
      const all = grid.querySelectorAll('[role="row"]');
      for (let i = 0; i < all.length && i < MAX_ROWS; i++) {
        const cells = all[i]!.querySelectorAll(
          '[role="cell"],[role="gridcell"],[role="rowheader"]',
        );
        if (cells.length) out.push(cells);
      }
      return out;
    };
    yield { headers, rows, where: `[role=${grid.getAttribute('role')}]` };
  }
}

export function readInvoiceList(doc: Document, lang?: string): DetectedInvoice[] {
  const out: DetectedInvoice[] = [];
  for (const grid of tableGrids(doc)) {
    const columns = new Map<ColumnField, number>();
    const currencies = new Map<number, string>();
    for (let i = 0; i < grid.headers.length; i++) {
      const text = cellText(grid.headers[i]!);
      const f = columnField(text);
      if (f && !columns.has(f)) columns.set(f, i);
      // "Montant (€)", "Amount (USD)": the header says the currency the cells leave out.
      const cur = /[(\[]/.test(text) ? findCurrency(text) : null;
      if (cur) currencies.set(i, cur);
    }
    if (
      !columns.has('invoiceNumber') ||
      !(columns.has('total') || columns.has('amountDue')) ||
      columns.size < 3
    )
      continue;
    const rows = grid.rows();
    const layout: ListLayout = { columns, lang, where: grid.where, currencies, dates: listDates() };
    for (let i = 0; i < rows.length; i++) {
      const d = readListRow(rows[i]!, layout);
      if (d) out.push(d);
    }
    settleListDates(layout.dates!);
  }
  return out;
}

/**
 * The dates of one list, read row by row: the ambiguous ones ("03/04/2026") wait until the
 * list is read, since one app writes all its dates the same way: a "25/04/2026" in the list
 * proves day first, a "04/25/2026" month first. Only when the list proves one order, and
 * never both, are the ambiguous dates read in it without a question.
 */
export interface ListDates {
  proven: Set<DateOrder>;
  waiting: { d: DetectedInvoice; k: DateField; p: ParsedDate }[];
}

type DateField = 'issueDate' | 'dueDate';

export const listDates = (): ListDates => ({ proven: new Set(), waiting: [] });

/** How sure a date is when the list it sits in proves its order. */
const PROVEN_ORDER_CONFIDENCE = 0.85;

/** Reads the list's ambiguous dates in the order it proves, or asks about them (see ListDates). */
export function settleListDates({ proven, waiting }: ListDates): void {
  const order = proven.size === 1 ? [...proven][0] : undefined;
  // A row's own warnings come after its date questions, in the order they were read.
  let asked = 0;
  let last: DetectedInvoice | null = null;
  for (const { d, k, p } of waiting) {
    if (d !== last) {
      asked = 0;
      last = d;
    }
    if (!order) {
      d.warnings.splice(asked++, 0, ambiguousDate(d.invoiceNumber!, k, p));
      continue;
    }
    // By name, and the row's own trace (made for it by readListRow) given a new confidence.
    const date = order === p.order ? p.date : p.alternative!;
    const f = d.fields;
    if (k === 'issueDate') {
      d.issueDate = date;
      f.issueDate!.confidence = PROVEN_ORDER_CONFIDENCE;
    } else {
      d.dueDate = date;
      f.dueDate!.confidence = PROVEN_ORDER_CONFIDENCE;
      finalizeConfidence(d);
    }
  }
}

/** How a list's rows read: which column holds what, the page's language, and where the list is. */
export interface ListLayout {
  columns: Map<ColumnField, number>;
  lang: string | undefined;
  /** Where the row is, for the field traces ("Odoo: table row 3"). */
  where: string;
  /** A currency the column's header names, by column index. */
  currencies?: Map<number, string>;
  /** When given, ambiguous dates wait for `settleListDates` instead of asking at once. */
  dates?: ListDates;
}

/** The text of the row's cell at `i`: empty when the column or the cell is missing. */
const textAt = (cells: ArrayLike<Element>, i: number | undefined): string => {
  const cell = i === undefined ? undefined : cells[i];
  return cell ? cellText(cell) : '';
};

/** The cell's text as the page has it, untidied (see `Readings`). */
const rawAt = (cells: ArrayLike<Element>, i: number | undefined): string => {
  const cell = i === undefined ? undefined : cells[i];
  return cell ? (cell.textContent ?? '') : '';
};

/**
 * A list's dates, amounts and statuses repeat from row to row: each cell's reading is
 * remembered by the cell's text as the page has it, so a repeated cell is neither tidied nor
 * read again (tidying every cell cost a third of a 1 000-row scan). The reading is the one of
 * the tidied text (`cellText`), exactly as if it had been tidied first. One set per page
 * language; bounded, cleared when full; read-only.
 */
interface Readings {
  lang: string | undefined;
  dates: Map<string, ParsedDate | null>;
  statuses: Map<string, StatusWord | null>;
  /** By the currency the column's header names ('' for none). */
  amounts: Map<string, Map<string, ParsedAmount | null>>;
}

const readingsByLang = new Map<string | undefined, Readings>();
let lastReadings: Readings | null = null;

function readingsFor(lang: string | undefined): Readings {
  if (lastReadings && lastReadings.lang === lang) return lastReadings;
  let r = readingsByLang.get(lang);
  if (!r) {
    if (readingsByLang.size > 16) readingsByLang.clear();
    r = { lang, dates: new Map(), statuses: new Map(), amounts: new Map() };
    readingsByLang.set(lang, r);
  }
  return (lastReadings = r);
}

const MAX_REMEMBERED = 4096;

function remember<T>(memo: Map<string, T>, raw: string, value: T): T {
  if (memo.size > MAX_REMEMBERED) memo.clear();
  memo.set(raw, value);
  return value;
}

function dateIn(r: Readings, raw: string): ParsedDate | null {
  const hit = r.dates.get(raw);
  if (hit !== undefined) return hit;
  const text = tidyText(raw);
  return remember(r.dates, raw, text ? parseDate(text, { lang: r.lang }) : null);
}

function amountIn(r: Readings, raw: string, currency: string | undefined): ParsedAmount | null {
  let memo = r.amounts.get(currency ?? '');
  if (!memo) r.amounts.set(currency ?? '', (memo = new Map()));
  const hit = memo.get(raw);
  if (hit !== undefined) return hit;
  const text = tidyText(raw);
  return remember(memo, raw, text ? parseAmount(text, { lang: r.lang, currency }) : null);
}

function statusIn(r: Readings, raw: string): StatusWord | null {
  const hit = r.statuses.get(raw);
  if (hit !== undefined) return hit;
  const text = tidyText(raw);
  return remember(r.statuses, raw, (text && statusWord(text)) || null);
}

function ambiguousDate(number: string, k: DateField, p: ParsedDate): Said {
  return catalogText(
    'detectInvoiceListCouldBeOrPlease',
    number,
    fieldName(k),
    p.raw,
    p.date,
    p.alternative,
  );
}

/** What a date written in digits tells of the list's order, or the question it asks. */
function orderOf(d: DetectedInvoice, k: DateField, p: ParsedDate, dates: ListDates | undefined) {
  if (!p.ambiguous) dates?.proven.add(p.order!);
  else if (dates) dates.waiting.push({ d, k, p });
  else d.warnings.push(ambiguousDate(d.invoiceNumber!, k, p));
}

const ambiguousAmount = (number: string, a: ParsedAmount): Said =>
  catalogText('detectInvoiceListAmountIsAmbiguousPlease', number, a.raw);

/**
 * Where a list's columns are, looked up once per list rather than once per row (eleven map
 * lookups a row): remembered for the last columns and currencies seen, which are the same
 * objects for every row of one list.
 */
interface ColumnsAt {
  columns: Map<ColumnField, number>;
  currencies: Map<number, string> | undefined;
  number: number | undefined;
  total: number | undefined;
  due: number | undefined;
  paid: number | undefined;
  issueDate: number | undefined;
  dueDate: number | undefined;
  buyer: number | undefined;
  status: number | undefined;
  totalCurrency: string | undefined;
  dueCurrency: string | undefined;
  paidCurrency: string | undefined;
  /** Whether the header names the column at this index. */
  named: boolean[];
}

let lastColumns: ColumnsAt | null = null;

function columnsAt(
  columns: Map<ColumnField, number>,
  currencies: Map<number, string> | undefined,
): ColumnsAt {
  if (lastColumns && lastColumns.columns === columns && lastColumns.currencies === currencies)
    return lastColumns;
  const currency = (i: number | undefined) => (i === undefined ? undefined : currencies?.get(i));
  const named: boolean[] = [];
  for (const i of columns.values()) named[i] = true;
  const total = columns.get('total');
  const due = columns.get('amountDue');
  const paid = columns.get('paid');
  return (lastColumns = {
    columns,
    currencies,
    number: columns.get('invoiceNumber'),
    total,
    due,
    paid,
    issueDate: columns.get('issueDate'),
    dueDate: columns.get('dueDate'),
    buyer: columns.get('buyer'),
    status: columns.get('status'),
    totalCurrency: currency(total),
    dueCurrency: currency(due),
    paidCurrency: currency(paid),
    named,
  });
}

/** The trace texts of a list's rows: the same for each row of one list, built once. */
interface RowPlaces {
  where: string;
  number: string;
  total: string;
  issueDate: string;
  dueDate: string;
  client: string;
  due: string;
  paidStatus: string;
}
let places: RowPlaces | null = null;
const placesOf = (where: string): RowPlaces =>
  places?.where === where
    ? places
    : (places = {
        where,
        number: `${where}, column "number"`,
        total: `${where}, column "total"`,
        issueDate: `${where}, column "issueDate"`,
        dueDate: `${where}, column "dueDate"`,
        client: `${where}, column "client"`,
        due: `${where}, column "amount due"`,
        paidStatus: `${where}, status "paid"`,
      });

/** One row of a list, its columns already known (by header labels, or by a site adapter's selectors). */
export function readListRow(
  cells: ArrayLike<Element>,
  { columns, lang, where, currencies, dates }: ListLayout,
): DetectedInvoice | null {
  // Each cell is read once, as it is needed, without a closure per row (a thousand rows).
  const c = columnsAt(columns, currencies);
  const numberText = rawAt(cells, c.number);
  const number = plainNumber(numberText) ? numberText : parseNumber(tidyText(numberText));
  if (!number) return null;
  const r = readingsFor(lang);
  const totalText = rawAt(cells, c.total);
  const total = totalText ? amountIn(r, totalText, c.totalCurrency) : null;
  // Lists often show the total twice (total, amount due): the same text, the same reading.
  const dueText = c.due === c.total ? totalText : rawAt(cells, c.due);
  const due = dueText ? amountIn(r, dueText, c.dueCurrency) : null;
  const paidText = rawAt(cells, c.paid);
  const paid = paidText ? amountIn(r, paidText, c.paidCurrency) : null;
  if (!total && !due) return null;
  const at = placesOf(where);
  const d = emptyDetected();
  d.invoiceNumber = number;
  d.fields.invoiceNumber = { confidence: 0.95, where: at.number };
  d.currency = due?.currency ?? total?.currency ?? null;
  if (total) {
    d.totalWithTax = total.minor;
    d.fields.totalWithTax = { confidence: total.confidence, where: at.total };
  }
  if (paid) d.paid = paid.minor;
  // Each date field by its name: a store under a computed key cost a fifth of the row.
  const issueText = rawAt(cells, c.issueDate);
  const issue = issueText ? dateIn(r, issueText) : null;
  if (issue) {
    d.issueDate = issue.date;
    d.fields.issueDate = { confidence: issue.confidence, where: at.issueDate };
    if (issue.order) orderOf(d, 'issueDate', issue, dates);
  }
  const dueDateText = rawAt(cells, c.dueDate);
  const dueDate = dueDateText ? dateIn(r, dueDateText) : null;
  if (dueDate) {
    d.dueDate = dueDate.date;
    d.fields.dueDate = { confidence: dueDate.confidence, where: at.dueDate };
    if (dueDate.order) orderOf(d, 'dueDate', dueDate, dates);
  }
  if (d.dueDate) d.dueDateSource = 'label';
  else d.dueDateNote = 'the list shows no due date';
  const buyer = textAt(cells, c.buyer);
  if (buyer && buyer.length <= 200) {
    d.buyerName = buyer;
    d.fields.buyerName = { confidence: 0.9, where: at.client };
  }
  const statusText = rawAt(cells, c.status);
  d.status = statusText ? statusIn(r, statusText) : null;
  // A status badge in a column the header does not name; not in the columns it names (a number,
  // an amount, a date or the client is no status word: reading them cost 7 lookups a row).
  if (!d.status)
    for (let i = 0; i < cells.length; i++) {
      if (c.named[i]) continue;
      const s = statusIn(r, cells[i]!.textContent ?? '');
      if (s) {
        d.status = s;
        break;
      }
    }
  if (due) {
    d.amountDue = due.minor;
    d.fields.amountDue = { confidence: due.confidence, where: at.due };
  } else if (d.status === 'paid') {
    d.amountDue = 0;
    d.fields.amountDue = { confidence: 0.85, where: at.paidStatus };
  } else if (total) {
    d.amountDue = total.minor - (paid?.minor ?? 0);
    d.fields.amountDue = { confidence: total.confidence * 0.85, where: at.total };
  }
  // The row's own figures must agree (total − paid = amount due): arithmetic on what was read, no DOM.
  if (
    total &&
    due &&
    due.minor !== total.minor - (paid?.minor ?? 0) &&
    (paid || due.minor > total.minor)
  ) {
    for (const k of ['amountDue', 'totalWithTax'] as const)
      if (d.fields[k]) d.fields[k]!.confidence = Math.min(d.fields[k]!.confidence, 0.5);
    d.warnings.push(
      catalogText('detectInvoiceListTotalMinusPaid', number, total.raw, paid?.raw, due.raw),
    );
  }
  if (total?.ambiguous) d.warnings.push(ambiguousAmount(number, total));
  if (due?.ambiguous) d.warnings.push(ambiguousAmount(number, due));
  return finalizeConfidence(d);
}
