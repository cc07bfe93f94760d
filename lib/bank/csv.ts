import Papa from 'papaparse';
import { decodeCsv } from '../detect/csv';
import { normalize } from '../detect/labels';
import { parseAmount } from '../detect/parse-amount';
import { parseDate } from '../detect/parse-date';
import { isCurrencyCode } from '../model/money';
import { type Text } from '../model/text';
import { StatementError } from './errors';
import { assignKeys, compactIban } from './key';
import type { BankTransaction, StatementRead } from './types';
import { catalogText } from '../i18n/text';

/**
 * CSV exports of web banking: Qonto and Shine (one signed amount column, a counterparty,
 * a status, a transaction id), and the large networks' layout (date, libellé, débit,
 * crédit, often after a few lines about the account, in windows-1252 with a decimal
 * comma). The encoding comes from the invoice CSV import (decodeCsv), the delimiter
 * from papaparse's guess, the decimal mark from the amounts themselves; columns are
 * mapped from their headers and the mapping can be corrected (`mapping`).
 * Facts: column names of Qonto's and Shine's transaction exports as their help pages
 * describe them, and the web-banking exports of BNP Paribas, Société Générale, Crédit
 * Agricole and Crédit Mutuel (date / libellé / débit / crédit), as of 2026-12-01.
 */
export const BANK_CSV_FIELDS = [
  'date',
  'valueDate',
  'label',
  'counterparty',
  'amount',
  'debit',
  'credit',
  'currency',
  'id',
  'reference',
  'status',
  'iban',
] as const;
export type BankCsvField = (typeof BANK_CSV_FIELDS)[number];

const HEADERS: Record<string, BankCsvField> = {
  date: 'date',
  'date operation': 'date',
  "date de l'operation": 'date',
  "date d'operation": 'date',
  'date comptable': 'date',
  'date de comptabilisation': 'date',
  'settlement date': 'date',
  'settlement date (utc)': 'date',
  'date de reglement': 'date',
  'date de reglement (utc)': 'date',
  'date de la transaction': 'date',
  'transaction date': 'date',
  'booking date': 'date',
  'operation date': 'valueDate',
  'operation date (utc)': 'valueDate',
  "date de l'operation (utc)": 'valueDate',
  'date de valeur': 'valueDate',
  'value date': 'valueDate',
  'date valeur': 'valueDate',
  libelle: 'label',
  'libelle operation': 'label',
  "libelle de l'operation": 'label',
  "libelle d'operation": 'label',
  label: 'label',
  description: 'label',
  operation: 'label',
  detail: 'label',
  'libelle simplifie': 'label',
  'informations complementaires': 'reference',
  'counterparty name': 'counterparty',
  counterparty: 'counterparty',
  'nom de la contrepartie': 'counterparty',
  contrepartie: 'counterparty',
  tiers: 'counterparty',
  'emetteur / beneficiaire': 'counterparty',
  'nom du tiers': 'counterparty',
  // BNP Paribas, Société Générale, Boursorama: one signed amount column.
  'montant operation': 'amount',
  "montant de l'operation": 'amount',
  'montant de l operation': 'amount',
  dateop: 'date',
  dateval: 'valueDate',
  supplierfound: 'counterparty',
  "detail de l'ecriture": 'reference',
  montant: 'amount',
  amount: 'amount',
  'total amount (incl. vat)': 'amount',
  'montant total (ttc)': 'amount',
  'amount (eur)': 'amount',
  'montant (eur)': 'amount',
  'montant en euros': 'amount',
  debit: 'debit',
  'debit euros': 'debit',
  'debit (eur)': 'debit',
  'montant debit': 'debit',
  credit: 'credit',
  'credit euros': 'credit',
  'credit (eur)': 'credit',
  'montant credit': 'credit',
  devise: 'currency',
  currency: 'currency',
  'transaction id': 'id',
  'id de la transaction': 'id',
  'identifiant de la transaction': 'id',
  id: 'id',
  'reference de la transaction': 'id',
  reference: 'reference',
  référence: 'reference',
  note: 'reference',
  motif: 'reference',
  'payment reference': 'reference',
  status: 'status',
  statut: 'status',
  etat: 'status',
  iban: 'iban',
  'iban de la contrepartie': 'iban',
  'counterparty iban': 'iban',
};
const DONE = new Set([
  'settled',
  'executed',
  'completed',
  'booked',
  'execute',
  'executee',
  'regle',
  'reglee',
  'effectue',
  'effectuee',
  'comptabilise',
  'comptabilisee',
  'valide',
  'validee',
  'termine',
  'terminee',
]);

export interface BankCsvColumn {
  index: number;
  header: string;
  field: BankCsvField | null;
}

export interface BankCsvRead extends StatementRead {
  encoding: string;
  delimiter: string;
  headerRow: number;
  columns: BankCsvColumn[];
  /** The first rows as read, for the preview. */
  preview: string[][];
}

function fieldOf(h: string): BankCsvField | null {
  const n = normalize(h).replace(/^"|"$/g, '').trim();
  return HEADERS[n] ?? HEADERS[n.replace(/\s*\(.*\)$/, '')] ?? null;
}

function dateOf(s: string, where: string, whereEn: string): string {
  const v = s.trim().replace(/[ T]\d{1,2}:\d{2}(:\d{2})?.*$/, '');
  const d = /^\d{4}-\d{2}-\d{2}$/.test(v)
    ? { date: v, ambiguous: false }
    : parseDate(v, { lang: 'fr' });
  if (!d) throw new StatementError(catalogText('bankCsvUnreadableDate', where, s, whereEn));
  return d.date;
}

interface Layout {
  encoding: string;
  delimiter: string;
  rows: string[][];
  headerRow: number;
  columns: BankCsvColumn[];
}

/** Rows, header and columns as detected (headerRow −1 when none is found), or as `mapping` says. */
function layout(input: string | Uint8Array, mapping?: (BankCsvField | null)[]): Layout {
  const { text, encoding } =
    typeof input === 'string'
      ? { text: input.replace(/^\ufeff/, ''), encoding: 'utf-8' }
      : decodeCsv(input);
  if (/\u0000/.test(text.slice(0, 4096)))
    throw new StatementError(catalogText('bankCsvThisIsNotText'));
  // Empty lines are kept so that a row's index is its line in the file (for messages).
  const parsed = Papa.parse<string[]>(text, {
    skipEmptyLines: false,
    delimitersToGuess: [';', ',', '\t', '|'],
  });
  const rows = parsed.data.filter((r) => Array.isArray(r));
  let headerRow = -1;
  let columns: BankCsvColumn[] = [];
  for (let i = 0; i < Math.min(rows.length, 30); i++) {
    const cols = rows[i]!.map((h, index) => ({ index, header: h.trim(), field: fieldOf(h) }));
    const seen = new Set<BankCsvField>();
    for (const c of cols) {
      if (c.field && seen.has(c.field)) c.field = null;
      else if (c.field) seen.add(c.field);
    }
    if (seen.has('date') && (seen.has('amount') || seen.has('credit'))) {
      headerRow = i;
      columns = cols;
      break;
    }
  }
  if (mapping) {
    if (headerRow < 0)
      headerRow = Math.max(
        0,
        rows.findIndex((r) => r.some((c) => c.trim())),
      );
    columns = (rows[headerRow] ?? []).map((h, index) => ({
      index,
      header: h.trim(),
      field: mapping[index] ?? null,
    }));
  }
  return { encoding, delimiter: parsed.meta.delimiter, rows, headerRow, columns };
}

/** What the preview shows to correct: the header row (the first line when none is known) and the rows under it. */
export function previewBankCsv(
  input: string | Uint8Array,
  mapping?: (BankCsvField | null)[],
): { columns: BankCsvColumn[]; preview: string[][] } {
  const l = layout(input, mapping);
  const header =
    l.headerRow >= 0
      ? l.headerRow
      : Math.max(
          0,
          l.rows.findIndex((r) => r.some((c) => c.trim())),
        );
  const columns =
    l.headerRow >= 0
      ? l.columns
      : (l.rows[header] ?? []).map((h, index) => ({ index, header: h.trim(), field: null }));
  return {
    columns,
    preview: l.rows.slice(header, header + 6).filter((r) => r.some((c) => c.trim())),
  };
}

export function readBankCsv(
  input: string | Uint8Array,
  opts: { mapping?: (BankCsvField | null)[]; currency?: string } = {},
): BankCsvRead {
  const { encoding, delimiter, rows, headerRow, columns } = layout(input, opts.mapping);
  if (headerRow < 0) throw new StatementError(catalogText('bankCsvNoHeaderRowWith'));
  const col = (f: BankCsvField) => columns.find((c) => c.field === f)?.index;
  const [cDate, cValue, cLabel, cParty, cAmount, cDebit, cCredit, cCcy, cId, cRef, cStatus, cIban] =
    BANK_CSV_FIELDS.map(col);
  if (cDate === undefined || (cAmount === undefined && cCredit === undefined))
    throw new StatementError(catalogText('bankCsvTheDateAndAmount'));
  const body = rows.slice(headerRow + 1);
  const lineNo = (i: number) => headerRow + 2 + i; // rows of the file after the header, 1-based
  // The decimal mark: a file writes its amounts one way; two ways is a sheet edited by hand.
  const amountCols = [cAmount, cDebit, cCredit].filter((c): c is number => c !== undefined);
  let comma: number | null = null;
  let dot: number | null = null;
  for (const [i, r] of body.entries()) {
    for (const c of amountCols) {
      const v = (r[c] ?? '').trim();
      if (comma === null && /\d,\d{1,2}$/.test(v)) comma = i;
      if (dot === null && /\d\.\d{1,2}$/.test(v) && !/\d,\d{3}\.\d{1,2}$/.test(v)) dot = i;
    }
  }
  if (comma !== null && dot !== null) {
    const line = lineNo(Math.max(comma, dot));
    throw new StatementError(
      catalogText('bankCsvLineAmountsWrittenWith', line, lineNo(comma), lineNo(dot)),
    );
  }
  const lang = comma !== null ? 'fr' : 'en';
  const out: Omit<BankTransaction, 'key'>[] = [];
  const warnings: Text[] = [];
  let notDone = 0;
  const currencies = new Set<string>();
  for (const [i, r] of body.entries()) {
    if (r.every((c) => !c.trim())) continue;
    const where = `Ligne ${lineNo(i)}`;
    const whereEn = `Line ${lineNo(i)}`;
    const get = (c: number | undefined) => (c === undefined ? '' : (r[c] ?? '').trim());
    // Totals and footers under the table: no date, no movement.
    if (!get(cDate) && !get(cLabel)) continue;
    if (!get(cDate) && /total|solde/i.test(r.join(' '))) continue;
    const status = normalize(get(cStatus));
    if (status && !DONE.has(status)) {
      notDone++;
      continue;
    }
    const currency = (get(cCcy) || opts.currency || 'EUR').toUpperCase();
    if (!isCurrencyCode(currency))
      throw new StatementError(catalogText('bankCsvUnknownCurrency', where, get(cCcy), whereEn));
    const num = (s: string, what: 'amount' | 'credit' | 'debit') => {
      if (!s) return 0;
      const a = parseAmount(s.replace(/[€$£]|EUR/g, ''), { lang, currency });
      if (!a || a.ambiguous)
        throw new StatementError(catalogText('bankCsvUnreadableAmount', where, whereEn, what, s));
      return a.minor;
    };
    let amount: number;
    if (cAmount !== undefined && get(cAmount)) amount = num(get(cAmount), 'amount');
    else amount = Math.abs(num(get(cCredit), 'credit')) - Math.abs(num(get(cDebit), 'debit'));
    if (!amount) continue;
    currencies.add(currency);
    const label = get(cLabel);
    const party = get(cParty) || null;
    const ref = get(cRef);
    out.push({
      bankId: get(cId) || null,
      bookingDate: dateOf(get(cDate), where, whereEn),
      valueDate: get(cValue) ? dateOf(get(cValue), where, whereEn) : null,
      amount,
      currency,
      counterparty: party,
      counterpartyIban: compactIban(get(cIban)),
      remittance: [label, ref].filter(Boolean).join(' '),
      creditorRef: null,
      endToEndId: null,
      label: [party, label, ref].filter(Boolean).join(' — ') || where,
      account: null,
      where: whereEn,
    });
  }
  if (notDone) warnings.push(catalogText('bankCsvTransactionNotSettledPending', notDone));
  return {
    format: 'csv',
    accounts: [...currencies].map((c) => ({ id: 'csv', currency: c })),
    transactions: assignKeys(out),
    warnings,
    encoding,
    delimiter,
    headerRow,
    columns,
    preview: rows.slice(headerRow, headerRow + 6),
  };
}
