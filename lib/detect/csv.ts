import {
  emptyDetected,
  finalizeConfidence,
  type DetectedInvoice,
  fieldName,
} from './invoice-reading';
import { parseNumber } from './invoice-number';
import { normalize, statusWord, type StatusWord } from './labels';
import { findCurrency, parseAmount, type ParsedAmount } from './parse-amount';
import { parseDate } from './parse-date';
import { dueDateFromTerms } from './payment-terms';
import { CSV_FIELD_NAMES, headerCandidates, headerWords, type CsvField } from './csv/headers';
import { matchProfile, type CsvProfile } from './csv/profiles';
import {
  checkCsvShape,
  isUtf16,
  dateOrder as sniffDateOrder,
  decimalStyle as sniffDecimal,
  decodeCsv,
  parseCsvRows,
  type CsvEncoding,
} from './csv/sniff';
import { isCurrencyCode } from '../model/money';
import { TextError, type Text } from '../model/text';
import { catalogText } from '../i18n/text';

export { decodeCsv } from './csv/sniff';
export type { CsvField } from './csv/headers';

/**
 * CSV exports of invoicing and accounting apps. Rows are not invoices: rows are grouped
 * by invoice number (and the app's internal id) first, then each invoice is read once —
 * its total from the invoice-total column, or the sum of its line totals; its amount due
 * never counted once per row. Supplier bills, payments and other ledger lines are skipped
 * and counted; drafts and voided invoices are kept with their status so they are not chased.
 */
export interface CsvColumn {
  index: number;
  header: string;
  field: CsvField | null;
}

export interface CsvRead {
  encoding: CsvEncoding;
  delimiter: string;
  headerRow: number;
  columns: CsvColumn[];
  rows: string[][];
  /** What the dates look like: day-first, month-first, or undecided. */
  dateOrder: 'dmy' | 'mdy' | 'unknown';
  warnings: Text[];
  /** Column choices that were not certain: the mapping preview shows them and asks. */
  uncertain: Text[];
  /** The app whose export layout was recognised. */
  profile: CsvProfile | null;
}

export interface CsvSummary {
  /** Data rows below the header. */
  rows: number;
  invoices: number;
  /** Invoices left out because they are supplier bills (payable). */
  payable: number;
  drafts: number;
  cancelled: number;
  /** Payments, quotes and other rows that are not invoices. */
  notInvoices: number;
  /** Journal lines of other accounts (sales, bank) beside the receivable line. */
  otherAccounts: number;
  /**
   * Invoices with a negative amount in a file with no type column to say what they are: a
   * supplier bill (exports that write purchases as negatives) or a credit note. Never chased.
   */
  negative: number;
  /** Credit notes (a type column or their number says so): kept as credit notes, never chased. */
  credits: number;
  /** The currency assumed for amounts that do not name one unambiguously. */
  currencyAssumed: string | null;
}

export interface CsvResult {
  invoices: DetectedInvoice[];
  /** For each invoice, the file lines (1-based) it was read from. */
  lines: number[][];
  /** Row numbers are 1-based lines of the file. */
  errors: { row: number; message: Text }[];
  /** Rows left out on purpose (supplier bills, negative amounts), with their lines and why. */
  skipped: CsvSkipped[];
  warnings: Text[];
  summary: CsvSummary;
}

export interface CsvSkipped {
  number: string;
  /** 1-based lines of the file. */
  lines: number[];
  reason: Text;
}

export interface CsvOptions {
  lang?: string;
  /** The currency the user chose for amounts that do not say theirs. */
  currency?: string;
}

/** No invoicing export holds that many invoices; a remap that finds more has mapped noise. */
const MAX_INVOICES = 100_000;

const LONG_ID = /^(?:\d{12,}|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/i;

interface Scored {
  index: number;
  field: CsvField;
  score: number;
}

/** Columns' fields: best-scored pairs first, each field and each column once. */
export function mapColumns(
  headers: string[],
  rows: string[][] = [],
): { columns: CsvColumn[]; uncertain: Text[]; uncertainFields: CsvField[] } {
  const scored: Scored[] = [];
  headers.forEach((header, index) => {
    const sample = rows
      .slice(0, 300)
      .map((r) => (r[index] ?? '').trim())
      .filter(Boolean);
    const longIds = sample.length
      ? sample.filter((v) => LONG_ID.test(v)).length / sample.length
      : 0;
    for (const c of headerCandidates(header)) {
      let score = c.score;
      // Long digit strings and UUIDs are database keys, not the number the client knows.
      if (c.field === 'invoiceNumber' && longIds > 0.5) score *= 0.3;
      if (c.field === 'internalId' && longIds > 0.5) score += 0.05;
      scored.push({ index, field: c.field, score });
    }
  });
  scored.sort((a, b) => b.score - a.score || a.index - b.index);
  const byIndex = new Map<number, Scored>();
  const byField = new Map<CsvField, Scored>();
  for (const s of scored) {
    if (byIndex.has(s.index) || byField.has(s.field)) continue;
    byIndex.set(s.index, s);
    byField.set(s.field, s);
  }
  // An app whose only number column is called "ID" (ERPNext) : that id is the number, to confirm.
  const id = byField.get('internalId');
  if (!byField.has('invoiceNumber') && id) {
    const sample = rows
      .slice(0, 300)
      .map((r) => (r[id.index] ?? '').trim())
      .filter(Boolean);
    if (sample.length && sample.filter((v) => LONG_ID.test(v)).length / sample.length < 0.5) {
      byField.delete('internalId');
      const moved = { ...id, field: 'invoiceNumber' as const, score: 0.5 };
      byField.set('invoiceNumber', moved);
      byIndex.set(id.index, moved);
    }
  }
  const columns = headers.map((header, index) => ({
    index,
    header: header.trim(),
    field: byIndex.get(index)?.field ?? null,
  }));
  const uncertain: Text[] = [];
  const uncertainFields: CsvField[] = [];
  for (const field of [
    'invoiceNumber',
    'total',
    'lineTotal',
    'amountDue',
    'dueDate',
    'buyer',
    'currency',
  ] as CsvField[]) {
    const chosen = byField.get(field);
    if (!chosen) continue;
    const rival = scored.find(
      (s) =>
        s.field === field &&
        s.index !== chosen.index &&
        s.score >= chosen.score - 0.1 &&
        byIndex.get(s.index)?.field !== s.field,
    );
    if (chosen.score >= 0.7 && !rival) continue;
    const name = CSV_FIELD_NAMES[field];
    const h = headers[chosen.index]!.trim();
    const other = rival ? headers[rival.index]!.trim() : null;
    uncertainFields.push(field);
    uncertain.push(catalogText('detectCsvColumnReadAs', h, name, other));
  }
  return { columns, uncertain, uncertainFields };
}

export function readCsv(input: string | Uint8Array): CsvRead {
  const size = typeof input === 'string' ? input.length : input.length;
  const headBytes =
    typeof input === 'string'
      ? input.slice(0, 1_000_001)
      : isUtf16(input)
        ? new TextDecoder(input[0] === 0xff ? 'utf-16le' : 'utf-16be').decode(
            input.subarray(0, 1_000_002),
          )
        : new TextDecoder('latin1').decode(input.subarray(0, 1_000_001));
  // Size and shape first: a huge or binary file is refused before it is decoded and parsed.
  checkCsvShape(size, headBytes);
  const { text, encoding } =
    typeof input === 'string'
      ? { text: input.replace(/^\ufeff/, ''), encoding: 'utf-8' as const }
      : decodeCsv(input);
  const parsed = parseCsvRows(text);
  const rows = parsed.rows;
  if (!rows.length) throw new TextError(catalogText('detectCsvTheCsvFileIs'));
  let headerRow = -1;
  let best = 0;
  for (let i = 0; i < Math.min(rows.length, 15); i++) {
    const found = new Map<CsvField, number>();
    let numberLike = false;
    for (const h of rows[i]!) {
      const cs = headerCandidates(h);
      if (cs.some((c) => c.field === 'invoiceNumber' || c.field === 'internalId'))
        numberLike = true;
      for (const c of cs.slice(0, 1))
        found.set(c.field, Math.max(found.get(c.field) ?? 0, c.score));
    }
    if (!numberLike) continue;
    if (found.size < 2) continue;
    const score = [...found.values()].reduce((a, b) => a + b, 0);
    if (score > best + 0.01) {
      best = score;
      headerRow = i;
    }
  }
  if (headerRow < 0) {
    const guessed = guessNumberColumn(rows);
    if (guessed)
      return finishRead({
        rows,
        headerRow: guessed.headerRow,
        encoding,
        parsed,
        guessedNumber: guessed.index,
      });
  }
  if (headerRow < 0) throw new TextError(catalogText('detectCsvNoHeaderRowWith'));
  return finishRead({ rows, headerRow, encoding, parsed, guessedNumber: null });
}

/**
 * No header names the number: a header row with amount and date columns, and a column
 * whose values all look like invoice numbers, each different — used, and said uncertain.
 */
function guessNumberColumn(rows: string[][]): { headerRow: number; index: number } | null {
  for (let i = 0; i < Math.min(rows.length, 15); i++) {
    const fields = new Set(
      rows[i]!.flatMap((h) =>
        headerCandidates(h)
          .slice(0, 1)
          .map((c) => c.field),
      ),
    );
    const amounts = ['total', 'amountDue', 'lineTotal'].some((f) => fields.has(f as CsvField));
    if (!amounts || fields.size < 2) continue;
    const body = rows.slice(i + 1, i + 301);
    let best: { index: number; score: number } | null = null;
    rows[i]!.forEach((h, index) => {
      if (headerCandidates(h).length) return;
      const values = body.map((r) => (r[index] ?? '').trim()).filter(Boolean);
      if (values.length < Math.max(1, body.length * 0.8)) return;
      const numbers = values.filter((v) => parseNumber(v) && /[A-Za-z]/.test(v) && /\d/.test(v));
      const unique = new Set(values).size / values.length;
      const score = (numbers.length / values.length) * unique;
      if (score >= 0.8 && (!best || score > best.score)) best = { index, score };
    });
    if (best) return { headerRow: i, index: (best as { index: number }).index };
  }
  return null;
}

/** A file parsed into rows, with its header row found (and, without header names, its number column guessed). */
interface ParsedFile {
  rows: string[][];
  headerRow: number;
  encoding: CsvEncoding;
  parsed: ReturnType<typeof parseCsvRows>;
  guessedNumber: number | null;
}

function finishRead({ rows, headerRow, encoding, parsed, guessedNumber }: ParsedFile): CsvRead {
  const headers = rows[headerRow]!;
  const body = rows.slice(headerRow + 1);
  const profile = matchProfile(headers);
  const mapped = mapColumns(headers, body);
  let uncertain = mapped.uncertain;
  let columns = mapped.columns;
  if (profile?.columns) {
    // The app's own meaning of an ambiguous header wins ("Ref" is Sage's invoice number, "No." its transaction).
    const over = profile.columns;
    const set = new Set(Object.values(over).filter(Boolean));
    uncertain = uncertain.filter((_, k) => !set.has(mapped.uncertainFields[k]!));
    columns = columns.map((c) => {
      const f = over[headerWords(c.header)];
      return f !== undefined
        ? { ...c, field: f }
        : c.field && set.has(c.field)
          ? { ...c, field: null }
          : c;
    });
  }
  if (guessedNumber !== null) {
    columns = columns.map((c) =>
      c.index === guessedNumber ? { ...c, field: 'invoiceNumber' as const } : c,
    );
    const h = headers[guessedNumber]!.trim();
    uncertain = [...uncertain, catalogText('detectCsvNoHeaderNamesThe', h)];
  }
  const warnings: Text[] = parsed.errors.map((e) => catalogText('detectCsvLine', e.row, e.message));
  const dateCells = columns
    .filter((c) => c.field === 'issueDate' || c.field === 'dueDate')
    .flatMap((c) => body.slice(0, 5000).map((r) => r[c.index] ?? ''));
  let order = sniffDateOrder(dateCells);
  if (order === 'unknown' && (profile?.dates === 'dmy' || profile?.dates === 'mdy'))
    order = profile.dates;
  return {
    encoding,
    delimiter: parsed.delimiter,
    headerRow,
    columns,
    rows: body,
    dateOrder: order,
    warnings,
    uncertain,
    profile,
  };
}

type Direction = 'receivable' | 'credit' | 'payable' | 'other' | null;

/** Exact type codes (Sage: SI/SC sales, PI/PC purchases, SR/PP receipts and payments; Xero; Odoo). */
const KIND_CODES: Record<string, Direction> = {
  accrec: 'receivable',
  out_invoice: 'receivable',
  out_receipt: 'other',
  si: 'receivable',
  inv: 'receivable',
  fa: 'receivable',
  fac: 'receivable',
  accreccredit: 'credit',
  out_refund: 'credit',
  sc: 'credit',
  cn: 'credit',
  av: 'credit',
  accpay: 'payable',
  accpaycredit: 'payable',
  in_invoice: 'payable',
  in_refund: 'payable',
  in_receipt: 'payable',
  pi: 'payable',
  pc: 'payable',
  ff: 'payable',
  sr: 'other',
  sa: 'other',
  pp: 'other',
  pa: 'other',
  ba: 'other',
  bp: 'other',
  br: 'other',
  jd: 'other',
  jc: 'other',
  entry: 'other',
  customer: 'receivable',
  client: 'receivable',
  kunde: 'receivable',
  cliente: 'receivable',
  klant: 'receivable',
  supplier: 'payable',
  vendor: 'payable',
  fournisseur: 'payable',
  lieferant: 'payable',
  proveedor: 'payable',
  fornitore: 'payable',
  leverancier: 'payable',
};

/** Words of a type column, most telling first: a "bill payment" is a payment, a "purchase invoice" a bill. */
const KIND_WORDS: [RegExp, Direction][] = [
  [
    /\b(?:payment|paiement|reglement|encaissement|receipt|recu|zahlung|pago|pagamento|betaling|deposit|transfer|virement|journal|estimate|quote|quotation|devis|proforma|pro forma|offerte|angebot|presupuesto|preventivo|refund|remboursement|order|commande)\b/,
    'other',
  ],
  [
    /\b(?:bill|bills|accpay|purchases?|supplier|vendor|recue|recues|received|expenses?|fournisseurs?|achats?|eingangsrechnung|lieferant\w*|recibida|proveedor\w*|ricevuta|passiva|fornitor\w*|inkoop\w*|leverancier\w*)\b/,
    'payable',
  ],
  [
    /\b(?:credit note|credit memo|avoir|gutschrift|nota de credito|nota di credito|creditnota|credit)\b/,
    'credit',
  ],
  [
    /\b(?:invoice|invoices|facture|factures|rechnung|ausgangsrechnung|factura|fattura|factuur|sales?|ventes?|verkoop\w*|emitida|emessa|attiva)\b/,
    'receivable',
  ],
];

const directionCache = new Map<string, Direction>();

function direction(kind: string): Direction {
  if (!kind) return null;
  let d = directionCache.get(kind);
  if (d === undefined) {
    d = directionOf(kind);
    if (directionCache.size < 10_000) directionCache.set(kind, d);
  }
  return d;
}

function directionOf(kind: string): Direction {
  const n = normalize(kind).replace(/\s+/g, ' ');
  if (!n) return null;
  if (KIND_CODES[n] !== undefined) return KIND_CODES[n]!;
  for (const [re, d] of KIND_WORDS) if (re.test(n)) return d;
  return null;
}

/** Credit-note numbering: "AV-2026-003", "Avoir 12", "CN-0042", "CRN0007", "RFAC/2026/00003" (Odoo refunds). */
const CREDIT_NUMBER =
  /^(?:av|avoir|cn|crn|cm|rfac|nc)(?=[\s\-_/.]*\d)|\b(?:avoir|credit note|credit memo)\b/i;

const RECEIVABLE_ACCOUNT =
  /receivable|debtors|clients|kunden|deudores|crediti verso clienti|debiteuren|^411/i;
const PAYABLE_ACCOUNT =
  /payable|creditors|fournisseurs|lieferanten|proveedores|debiti verso fornitori|crediteuren|^401/i;

const EXTRA_STATUS: Record<string, StatusWord> = {
  'not paid': 'open',
  'in payment': 'paid',
  'part paid': 'partially-paid',
  'part-paid': 'partially-paid',
  'partly paid': 'partially-paid',
  deleted: 'cancelled',
  supprimee: 'cancelled',
  supprime: 'cancelled',
  archived: 'paid',
  unsent: 'draft',
  'non envoyee': 'draft',
  'not sent': 'draft',
  reversed: 'cancelled',
  geloscht: 'cancelled',
  'written off': 'cancelled',
};

const statusCache = new Map<string, StatusWord | null>();

/** Status words repeat on every row: each distinct value is read once. */
function csvStatus(value: string, profile: CsvProfile | null): StatusWord | null {
  if (!value) return null;
  const key = `${profile?.id ?? ''}\u0001${value}`;
  let st = statusCache.get(key);
  if (st === undefined) {
    st = statusOf(value, profile);
    if (statusCache.size < 10_000) statusCache.set(key, st);
  }
  return st;
}

function statusOf(value: string, profile: CsvProfile | null): StatusWord | null {
  const n = normalize(value);
  if (!n) return null;
  return profile?.statuses?.[n] ?? statusWord(value) ?? EXTRA_STATUS[n] ?? null;
}

function dateCell(v: string): string {
  // "2021-01-28 00:00:00", "2021-01-28T11:04:09+00:00", "28/01/2021 14:05": the day is what matters.
  const m = /^(\d{4}-\d{2}-\d{2})[T ]\d{2}:\d{2}/.exec(v);
  if (m) return m[1]!;
  return v
    .replace(
      /[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:[AP]M)?\s*(?:Z|UTC|GMT|[+-]\d{2}:?\d{2})?$/i,
      '',
    )
    .trim();
}

/** The number as the export writes it: "INV 0001" is a number in a number column, a sentence is not. */
function cellNumber(raw: string): string | null {
  const parsed = parseNumber(raw);
  if (parsed) return parsed;
  const t = raw.trim().replace(/\s+/g, ' ');
  if (
    t.length > 24 ||
    t.split(' ').length > 3 ||
    !/\d/.test(t) ||
    parseDate(t) ||
    parseAmount(t)?.currency
  )
    return null;
  return /^[\p{L}\p{N}][\p{L}\p{N} \-_/.#]*$/u.test(t) ? t : null;
}

const linesText = (lines: number[]) =>
  lines.length === 1
    ? `CSV line ${lines[0]}`
    : `CSV lines ${lines.slice(0, 6).join(', ')}${lines.length > 6 ? '…' : ''}`;

interface Group {
  key: string;
  number: string;
  rows: string[][];
  lines: number[];
  buyer: string | null;
}

export function csvInvoices(read: CsvRead, opts: CsvOptions = {}): CsvResult {
  const col = new Map<CsvField, number>();
  for (const c of read.columns) if (c.field && !col.has(c.field)) col.set(c.field, c.index);
  const errors: CsvResult['errors'] = [];
  const warnings = [...read.warnings, ...read.uncertain];
  const summary: CsvSummary = {
    rows: read.rows.length,
    invoices: 0,
    payable: 0,
    drafts: 0,
    cancelled: 0,
    notInvoices: 0,
    otherAccounts: 0,
    negative: 0,
    credits: 0,
    currencyAssumed: null,
  };
  const skipped: CsvSkipped[] = [];
  if (!col.has('invoiceNumber')) throw new TextError(catalogText('detectCsvNoColumnIsMapped'));
  const netAndTax = !col.has('total') && !col.has('lineTotal') && col.has('net') && col.has('tax');
  if (!col.has('total') && !col.has('amountDue') && !col.has('lineTotal') && !netAndTax)
    throw new TextError(catalogText('detectCsvNoAmountColumnTotal'));
  const profile = read.profile;
  const cell = (r: string[], f: CsvField) => {
    const idx = col.get(f);
    return idx === undefined ? '' : (r[idx] ?? '').trim();
  };
  const amountCells = (['total', 'lineTotal', 'amountDue', 'paid', 'net', 'tax'] as CsvField[])
    .filter((f) => col.has(f))
    .flatMap((f) => read.rows.slice(0, 5000).map((r) => cell(r, f)));
  const style = sniffDecimal(amountCells);
  const styleLang =
    style === 'comma' ? 'fr' : style === 'dot' ? 'en' : profile?.decimal === 'comma' ? 'fr' : 'en';
  if (style === 'mixed') warnings.push(catalogText('detectCsvAmountsUseBothDecimal'));
  const dateLang =
    read.dateOrder === 'mdy'
      ? 'en-US'
      : read.dateOrder === 'dmy'
        ? 'fr'
        : profile?.dates === 'ymd'
          ? 'fr'
          : opts.lang;
  const statusColumns = read.columns
    .filter(
      (c) => c.field !== 'status' && headerCandidates(c.header).some((x) => x.field === 'status'),
    )
    .map((c) => c.index);
  // A journal only when the account column names ledger accounts (Sage's "Account" is a customer code).
  const accountIdx = col.get('account');
  const ledger =
    profile?.amountDue === 'ledger' ||
    (accountIdx !== undefined &&
      read.rows.slice(0, 5000).some((r) => RECEIVABLE_ACCOUNT.test((r[accountIdx] ?? '').trim())));

  // 1. Rows into invoices.
  const groups = new Map<string, Group>();
  let groupBuyer: string | null = null;
  let last: Group | null = null;
  let numbered = 0;
  let unnumbered = 0;
  const payableKeys = new Map<string, CsvSkipped>();
  let ended = false;
  const headerCells = read.columns.map((c) => c.header);
  const unknownKinds = new Set<string>();
  read.rows.forEach((r, i) => {
    const line = read.headerRow + i + 2;
    if (ended || r.every((c) => !c.trim())) return;
    const filledCells = r.filter((c) => c.trim());
    // A multi-section export (Invoice Ninja v4: CLIENTS, INVOICES, PAYMENTS…): the next title ends this table.
    if (
      numbered &&
      filledCells.length === 1 &&
      /^[A-Z][A-Z ]{3,30}$/.test(filledCells[0]!.trim())
    ) {
      ended = true;
      return;
    }
    // The header repeated (exports concatenated, or one header per page).
    if (r.length === headerCells.length && r.every((c, k) => c.trim() === headerCells[k])) return;
    if (ledger && accountIdx !== undefined) {
      const account = cell(r, 'account');
      if (!RECEIVABLE_ACCOUNT.test(account)) {
        // The payable leg of a supplier bill: one per bill in a journal.
        if (PAYABLE_ACCOUNT.test(account) && (cell(r, 'invoiceNumber') || cell(r, 'vendor')))
          summary.payable++;
        else summary.otherAccounts++;
        return;
      }
    }
    const rawNumber = cell(r, 'invoiceNumber');
    const number = cellNumber(rawNumber);
    const filled = r.filter((c) => c.trim());
    if (!number) {
      if (!rawNumber && filled.length === 1 && !col.has('buyer') && !/total/i.test(filled[0]!)) {
        groupBuyer = filled[0]!.trim().slice(0, 200);
        return;
      }
      if (/\b(?:total|sum|summe|somme|totaal|totale)\b/i.test(r.join(' '))) return; // a totals line
      // A continuation line of the invoice above (exports that write the number once).
      if (!rawNumber && last && col.has('lineTotal') && cell(r, 'lineTotal')) {
        last.rows.push(r);
        last.lines.push(line);
        return;
      }
      unnumbered++;
      errors.push({
        row: line,
        message: catalogText('detectCsvNoInvoiceNumberIn', rawNumber.slice(0, 40)),
      });
      return;
    }
    numbered++;
    const key = `${number}\u0001${cell(r, 'internalId')}`;
    // Each row says what it is: a payment or a bill sharing an invoice's number is not part of it.
    const kind = cell(r, 'kind');
    let dir = kind ? direction(kind) : null;
    if (!dir && col.has('vendor') && cell(r, 'vendor') && !cell(r, 'buyer')) dir = 'payable';
    if (dir === 'payable') {
      const known = payableKeys.get(key);
      if (known) known.lines.push(line);
      else
        payableKeys.set(key, {
          number,
          lines: [line],
          reason: kind
            ? catalogText('detectCsvSupplierBillType', kind.slice(0, 40))
            : catalogText('detectCsvSupplierBillSupplierIs'),
        });
      return;
    }
    if (dir === 'other') {
      summary.notInvoices++;
      return;
    }
    if (kind && !dir) unknownKinds.add(kind.slice(0, 40));
    let g = groups.get(key);
    if (!g) {
      g = { key, number, rows: [], lines: [], buyer: groupBuyer };
      groups.set(key, g);
    }
    g.rows.push(r);
    g.lines.push(line);
    last = g;
  });
  summary.payable += payableKeys.size;
  skipped.push(...payableKeys.values());
  for (const kind of unknownKinds) warnings.push(catalogText('detectCsvUnknownTypeReadAs', kind));
  // A remapped column that is mostly not invoice numbers is noise, not thousands of invoices.
  if (numbered + unnumbered >= 20 && numbered < (numbered + unnumbered) / 2) {
    const h = read.columns.find((c) => c.field === 'invoiceNumber')?.header ?? '';
    throw new TextError(
      catalogText('detectCsvColumnHoldsNoInvoice', h, numbered, numbered + unnumbered),
    );
  }
  if (groups.size > MAX_INVOICES)
    throw new TextError(
      catalogText('detectCsvDifferentInvoicesMoreThan', groups.size, MAX_INVOICES),
    );

  // 2. Each invoice once.
  const invoices: DetectedInvoice[] = [];
  const lines: number[][] = [];
  let dollar = false;
  let noCurrency = 0;
  const fileCurrency = opts.currency ?? null;
  for (const g of groups.values()) {
    const first = (f: CsvField) => {
      for (const r of g.rows) {
        const v = cell(r, f);
        if (v) return v;
      }
      return '';
    };
    const where = linesText(g.lines);
    const dir = direction(first('kind'));
    const d = emptyDetected();
    d.invoiceNumber = g.number;
    d.fields.invoiceNumber = {
      confidence: read.uncertain.some((u) => u.en.includes('invoice number')) ? 0.6 : 0.95,
      where,
    };
    const code = first('currency').toUpperCase();
    let currency = isCurrencyCode(code) ? code : null;
    let assumed = false;
    if (!currency && code && !/^\d+$/.test(code)) {
      // "€", "£", "EURO" in a currency column; a bare "$" is assumed, to confirm.
      const named = /^EUROS?$/.test(code) ? 'EUR' : findCurrency(code);
      if (named && !(named === 'USD' && !/US/.test(code))) currency = named;
      else if (named === 'USD' && !fileCurrency) {
        currency = 'USD';
        assumed = true;
        dollar = true;
      } else if (named) currency = fileCurrency;
    }
    const parse = (v: string): ParsedAmount | null => {
      const own = /\d,\d{1,2}\D*$/.test(v) ? 'fr' : /\d\.\d{1,2}\D*$/.test(v) ? 'en' : styleLang;
      const p = parseAmount(v, { lang: own, currency: currency ?? fileCurrency ?? undefined });
      if (p && !currency && /\$/.test(v) && !/[A-Z]{1,3}\$|\b[A-Z]{3}\b/.test(v)) {
        // "$" alone: US, Canadian, Australian, NZ dollar, Mexican peso… assumed, to confirm.
        if (!fileCurrency) {
          dollar = true;
          assumed = true;
        }
        p.currency = fileCurrency ?? 'USD';
      }
      return p;
    };
    const values = (f: CsvField) => {
      const out: { p: ParsedAmount; line: number }[] = [];
      if (!col.has(f)) return out;
      g.rows.forEach((r, k) => {
        const v = cell(r, f);
        if (!v) return;
        const p = parse(v);
        if (p) out.push({ p, line: g.lines[k]! });
        else
          errors.push({
            row: g.lines[k]!,
            message: catalogText(
              'detectCsvIsNotAmount',
              fieldName(f === 'lineTotal' ? 'total' : f),
              v.slice(0, 40),
              f,
            ),
          });
      });
      return out;
    };
    const distinct = (xs: { p: ParsedAmount }[]) => [...new Set(xs.map((x) => x.p.minor))];
    let total: number | null = null;
    let totalConf = 0.95;
    let paid: number | null = null;
    let due: number | null = null;
    let dueConf = 0.95;
    let ambiguous = false;
    const totals = values('total');
    const lineTotals = values('lineTotal');
    ambiguous = [...totals, ...lineTotals].some((x) => x.p.ambiguous);
    const found = [...totals, ...lineTotals][0]?.p.currency ?? null;
    currency ??= found;
    if (ledger && totals.length) {
      // The receivable line is the invoice; negative receivable lines are its payments.
      total = totals.filter((x) => x.p.minor > 0).reduce((s, x) => s + x.p.minor, 0);
      paid = -totals.filter((x) => x.p.minor < 0).reduce((s, x) => s + x.p.minor, 0);
      if (!total && paid) {
        summary.notInvoices++;
        continue;
      }
      totalConf = 0.9;
    } else if (totals.length) {
      const ds = distinct(totals);
      if (ds.length === 1) total = ds[0]!;
      else if (!col.has('lineTotal')) {
        // An invoice total cannot differ between the rows of one invoice: these are line amounts.
        total = totals.reduce((s, x) => s + x.p.minor, 0);
        totalConf = 0.6;
        d.warnings.push(catalogText('detectCsvTotalSummed', g.number, totals.length, g.lines));
      } else {
        total = totals[0]!.p.minor;
        totalConf = 0.4;
        d.warnings.push(catalogText('detectCsvTheRowsGiveDifferent', g.number));
      }
    } else if (lineTotals.length) {
      total = lineTotals.reduce((s, x) => s + x.p.minor, 0);
      totalConf = 0.9;
    } else if (netAndTax) {
      // Net + tax of each row (Sage's audit trail has no gross column).
      const nets = values('net');
      const taxes = values('tax');
      if (nets.length) {
        total = nets.reduce((s, x) => s + x.p.minor, 0) + taxes.reduce((s, x) => s + x.p.minor, 0);
        totalConf = 0.8;
        currency ??= nets[0]!.p.currency;
      }
    }
    const dues = values('amountDue');
    if (dues.length) {
      const ds = distinct(dues);
      if (ds.length === 1) due = ds[0]!;
      else d.warnings.push(catalogText('detectCsvTheRowsGiveDifferent2', g.number));
    }
    // A paid column of yes/no flags (Sage) says paid or not, not how much.
    const paidFlag = first('paid');
    const flag = /^(?:y|yes|true|oui|ja|si|sí|x|1)$/i.test(paidFlag)
      ? true
      : /^(?:n|no|false|non|nein|0)$/i.test(paidFlag)
        ? false
        : null;
    if (!ledger && flag === null) {
      const ps = distinct(values('paid'));
      if (ps.length === 1) paid = ps[0]!;
    }
    if (total === null && due === null) continue;
    const signed = total ?? due!;
    // A negative sales document, or a negative one numbered as a credit note, is a credit note;
    // a number alone never turns a positive invoice into one.
    const credit = dir === 'credit' || (signed < 0 && (!!dir || CREDIT_NUMBER.test(g.number)));
    if (signed < 0 && !credit && !ledger) {
      // No type column says what a negative invoice is: a supplier bill in exports that write
      // purchases as negatives, or a credit note. Either way nobody owes it to the user.
      summary.negative++;
      skipped.push({
        number: g.number,
        lines: g.lines,
        reason: catalogText('detectCsvNegativeAmountAndNo'),
      });
      continue;
    }
    currency ??= dues[0]?.p.currency ?? fileCurrency;
    if (!currency && profile?.currency) {
      currency = profile.currency;
      assumed = true;
      summary.currencyAssumed ??= currency;
    }
    if (assumed) summary.currencyAssumed ??= currency;
    d.currency = currency;
    if (!currency) noCurrency++;
    const cap = (c: number) => (assumed ? Math.min(c, 0.6) : ambiguous ? Math.min(c, 0.4) : c);
    if (total !== null) {
      d.totalWithTax = total;
      d.fields.totalWithTax = {
        confidence: cap(totalConf),
        where:
          lineTotals.length && !totals.length
            ? `${where} (sum of ${lineTotals.length} line totals)`
            : netAndTax
              ? `${where} (net + tax)`
              : where,
      };
    }
    if (paid !== null) d.paid = paid;
    for (const k of ['issueDate', 'dueDate'] as const) {
      const v = dateCell(first(k));
      if (!v) continue;
      const p = parseDate(v, { lang: dateLang });
      if (!p) {
        errors.push({
          row: g.lines[0]!,
          message: catalogText('detectCsvIsNotDate', fieldName(k), v.slice(0, 40), k),
        });
        continue;
      }
      const decided = read.dateOrder !== 'unknown';
      d[k] = p.date;
      d.fields[k] = { confidence: p.ambiguous && !decided ? 0.5 : 0.95, where };
      if (p.ambiguous && !decided)
        d.warnings.push(
          catalogText('detectCsvCouldBeOrPlease', g.number, fieldName(k), v, p.date, p.alternative),
        );
    }
    if (d.dueDate) d.dueDateSource = 'label';
    const termsCell = first('terms');
    if (termsCell) {
      // "30" alone (Zoho's Payment Terms) is a number of days.
      d.paymentTerms = /^\d{1,3}$/.test(termsCell) ? `${termsCell} days` : termsCell.slice(0, 200);
      if (!d.dueDate) {
        const derived = dueDateFromTerms(d.paymentTerms, d.issueDate, opts.lang);
        if (derived) {
          d.dueDate = derived.dueDate;
          d.dueDateSource = 'terms';
          d.dueDateNote = derived.note.en;
          d.fields.dueDate = { confidence: 0.5, where: `${where} (payment terms)` };
          d.warnings.push(catalogText('detectCsvDueDatePleaseConfirm', g.number, derived.note));
        }
      }
    }
    const ids = first('buyerId').replace(/\s+/g, '');
    if (/^[A-Z0-9.\-]{5,20}$/i.test(ids)) d.buyerIds = [ids.toUpperCase()];
    const buyer = first('buyer') || g.buyer;
    if (buyer) d.buyerName = buyer.slice(0, 200);
    const email = first('buyerEmail');
    if (/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email)) d.buyerEmail = email;
    d.status = csvStatus(first('status'), profile) ?? (flag ? 'paid' : null);
    // A second status column (Odoo's state beside payment_state) still says draft or voided.
    for (const idx of statusColumns) {
      const other = csvStatus((g.rows[0]![idx] ?? '').trim(), profile);
      if (other === 'draft' || other === 'cancelled') d.status = other;
    }
    if (due !== null) {
      d.amountDue = due;
      d.fields.amountDue = { confidence: cap(dueConf), where };
    } else if (total !== null) {
      const known = paid !== null;
      d.amountDue = d.status === 'paid' ? 0 : total - (paid ?? 0);
      dueConf = known || d.status === 'paid' ? 0.9 : d.status === 'partially-paid' ? 0.4 : 0.8;
      d.fields.amountDue = {
        confidence: cap(dueConf),
        where: `${where} (total${known ? ' − paid' : ''})`,
      };
      if (d.status === 'partially-paid' && !known)
        d.warnings.push(catalogText('detectCsvPartlyPaidAndThe', g.number));
    }
    if (credit || signed < 0) d.isCreditNote = true;
    if (d.status === 'draft') summary.drafts++;
    else if (d.status === 'cancelled') summary.cancelled++;
    else if (d.isCreditNote) summary.credits++;
    invoices.push(finalizeConfidence(d));
    lines.push(g.lines);
  }
  summary.invoices = invoices.length;
  if (dollar && !summary.currencyAssumed) summary.currencyAssumed = 'USD';
  if (summary.currencyAssumed) {
    const c = summary.currencyAssumed;
    warnings.push(
      dollar
        ? catalogText('detectCsvAmountsInReadAs', c)
        : catalogText('detectCsvCurrencyAssumed', c, profile?.app),
    );
  }
  if (noCurrency) warnings.push(catalogText('detectCsvNoCurrencyInThe', noCurrency));
  return { invoices, lines, errors, warnings, summary, skipped };
}

/** What to show of a CSV read: the counts, the warnings, each row left out with why, the unreadable rows. */
export function csvNotes(out: CsvResult): Text[] {
  const at = (lines: number[]) =>
    catalogText('csvAtLines', lines.length, lines.slice(0, 6).join(', '), lines.length > 6);
  const skipped = out.skipped
    .slice(0, 200)
    .map((k) => catalogText('detectCsvSkipped', at(k.lines), k.number, k.reason));
  const errors = out.errors
    .slice(0, 200)
    .map((e) => catalogText('detectCsvLine2', e.row, e.message));
  const more =
    out.errors.length > 200
      ? [catalogText('detectCsvAndMoreUnreadableRows', out.errors.length - 200)]
      : [];
  return [summaryText(out.summary), ...out.warnings, ...skipped, ...errors, ...more];
}

/** Invoices to chase, and what was left out: "3 factures depuis 13 lignes ; 483 factures fournisseurs et 2 brouillons ignorés". */
export function summaryText(s: CsvSummary): Text {
  const n = s.invoices - s.drafts - s.cancelled - s.credits;
  const parts = [catalogText('csvSummary', n, s.rows, s.payable, s.drafts)];
  // Recorded as voided: an invoice already tracked stops being chased.
  if (s.cancelled) parts.push(catalogText('csvSummaryCancelled', s.cancelled));
  if (s.credits) parts.push(catalogText('csvSummaryCredits', s.credits));
  if (s.negative) parts.push(catalogText('csvSummaryNegative', s.negative));
  if (s.notInvoices) parts.push(catalogText('csvSummaryNotInvoices', s.notInvoices));
  return catalogText('textList', parts);
}
