import Papa from 'papaparse';
import { emptyDetected, finalizeConfidence, type DetectedInvoice, fieldName } from './detected';
import { parseNumber } from './invoice-number';
import { columnField, normalize, statusWord, type ColumnField } from './labels';
import { parseAmount } from './parse-amount';
import { parseDate } from './parse-date';
import { isCurrencyCode } from '../model/money';
import { bilingual, TextError, type Text, fr as french } from '../model/text';

/**
 * CSV exports of invoicing and accounting apps (Invoice Ninja, Dolibarr, Pennylane,
 * Xero aged receivables, QuickBooks invoice list, and any sheet with French or English
 * headers). Delimiter, encoding and decimal comma are detected; columns are mapped
 * from the headers and the mapping can be corrected by the user before import.
 */
export type CsvField = ColumnField | 'currency' | 'buyerEmail';

export interface CsvColumn {
  index: number;
  header: string;
  field: CsvField | null;
}

export interface CsvRead {
  encoding: 'utf-8' | 'windows-1252';
  delimiter: string;
  headerRow: number;
  columns: CsvColumn[];
  rows: string[][];
  /** What each column's dates look like: day-first, month-first, or undecided. */
  dateOrder: 'dmy' | 'mdy' | 'unknown';
  warnings: Text[];
}

export interface CsvResult {
  invoices: DetectedInvoice[];
  /** Row numbers are 1-based lines of the file. */
  errors: { row: number; message: Text }[];
  warnings: Text[];
}

/** Headers of known exports beyond the generic list-column words. */
const CSV_HEADERS: Record<string, CsvField> = {
  'invoice number': 'invoiceNumber', 'invoice no.': 'invoiceNumber', 'no.': 'invoiceNumber', num: 'invoiceNumber', 'ref.': 'invoiceNumber', 'réf.': 'invoiceNumber', 'numero de facture': 'invoiceNumber', 'num. facture': 'invoiceNumber', 'invoice #': 'invoiceNumber', 'transaction no.': 'invoiceNumber', 'n° de facture': 'invoiceNumber', 'reference': 'invoiceNumber', 'invoice_number': 'invoiceNumber', 'number': 'invoiceNumber',
  'client name': 'buyer', 'contact': 'buyer', 'customer': 'buyer', 'customer name': 'buyer', 'tiers': 'buyer', 'client': 'buyer', 'nom du client': 'buyer', 'thirdparty': 'buyer', 'client_name': 'buyer', 'raison sociale': 'buyer', 'contactname': 'buyer',
  'invoice date': 'issueDate', 'transaction': 'invoiceNumber', 'date facturation': 'issueDate', 'date de facturation': 'issueDate', "date d'emission": 'issueDate', 'date': 'issueDate', 'invoice_date': 'issueDate', 'invoicedate': 'issueDate', 'date facture': 'issueDate',
  'due date': 'dueDate', 'date echeance': 'dueDate', "date d'echeance": 'dueDate', 'date limite reglement': 'dueDate', 'date limite de reglement': 'dueDate', echeance: 'dueDate', due_date: 'dueDate', duedate: 'dueDate',
  amount: 'total', total: 'total', 'montant ttc': 'total', 'total ttc': 'total', 'montant': 'total', 'total (ttc)': 'total', 'invoice total': 'total', 'total amount': 'total', 'amount (incl. tax)': 'total', 'montant total ttc': 'total', total_amount: 'total',
  balance: 'amountDue', 'open balance': 'amountDue', 'reste a payer': 'amountDue', 'reste a encaisser': 'amountDue', 'amount due': 'amountDue', 'balance due': 'amountDue', 'solde': 'amountDue', 'montant restant du': 'amountDue', 'outstanding': 'amountDue', 'restant du': 'amountDue', 'amountdue': 'amountDue',
  paid: 'paid', 'amount paid': 'paid', 'deja regle': 'paid', 'montant regle': 'paid', 'paye': 'paid', 'amountpaid': 'paid',
  status: 'status', statut: 'status', etat: 'status', 'état': 'status',
  currency: 'currency', devise: 'currency', 'currency code': 'currency', currencycode: 'currency',
  email: 'buyerEmail', 'e-mail': 'buyerEmail', 'client email': 'buyerEmail', 'emailaddress': 'buyerEmail', 'contact email': 'buyerEmail',
};

function mapHeader(h: string): CsvField | null {
  const n = normalize(h).replace(/^\ufeff/, '').replace(/^"|"$/g, '');
  return CSV_HEADERS[n] ?? (columnField(h) as CsvField | null);
}

export function decodeCsv(bytes: Uint8Array): { text: string; encoding: CsvRead['encoding'] } {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\ufeff/, ''), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252' };
  }
}

export function readCsv(input: string | Uint8Array): CsvRead {
  const { text, encoding } = typeof input === 'string' ? { text: input.replace(/^\ufeff/, ''), encoding: 'utf-8' as const } : decodeCsv(input);
  if (/\u0000/.test(text.slice(0, 4096))) throw new Error('This is not a text CSV file (it contains binary data)');
  const parsed = Papa.parse<string[]>(text, { skipEmptyLines: 'greedy', delimitersToGuess: [';', ',', '\t', '|'] });
  const rows = parsed.data.filter((r) => Array.isArray(r));
  if (!rows.length) throw new TextError(bilingual('Le fichier CSV est vide', 'The CSV file is empty'));
  let headerRow = -1;
  let columns: CsvColumn[] = [];
  for (let i = 0; i < Math.min(rows.length, 15); i++) {
    const cols = rows[i]!.map((h, index) => ({ index, header: h.trim(), field: mapHeader(h) }));
    const seen = new Set<CsvField>();
    for (const c of cols) {
      if (c.field && seen.has(c.field)) c.field = null;
      else if (c.field) seen.add(c.field);
    }
    if (seen.size >= 2 && seen.has('invoiceNumber')) {
      headerRow = i;
      columns = cols;
      break;
    }
  }
  if (headerRow < 0) throw new TextError(bilingual('Aucune ligne d’en-tête avec une colonne de numéro de facture dans les 15 premières lignes : associez les colonnes à la main', 'No header row with an invoice-number column was found in the first 15 lines; map the columns by hand'));
  const body = rows.slice(headerRow + 1);
  const warnings: Text[] = [];
  for (const e of parsed.errors.slice(0, 5)) warnings.push(bilingual(`Ligne ${(e.row ?? 0) + 1} : ${e.message}`, `Line ${(e.row ?? 0) + 1}: ${e.message}`));
  return { encoding, delimiter: parsed.meta.delimiter, headerRow, columns, rows: body, dateOrder: detectDateOrder(body, columns), warnings };
}

function detectDateOrder(rows: string[][], columns: CsvColumn[]): CsvRead['dateOrder'] {
  let dmy = false;
  let mdy = false;
  for (const c of columns.filter((c) => c.field === 'issueDate' || c.field === 'dueDate')) {
    for (const r of rows.slice(0, 5000)) {
      const m = /^(\d{1,2})[/.-](\d{1,2})[/.-]\d{2,4}$/.exec((r[c.index] ?? '').trim());
      if (!m) continue;
      if (+m[1]! > 12) dmy = true;
      if (+m[2]! > 12) mdy = true;
    }
  }
  return dmy && !mdy ? 'dmy' : mdy && !dmy ? 'mdy' : 'unknown';
}

/** Decimal style of the amount columns: comma, dot, or both (then each value is read on its own). */
function decimalStyle(rows: string[][], columns: CsvColumn[]): { lang: string; mixed: boolean } {
  let comma = 0;
  let dot = 0;
  for (const c of columns.filter((c) => c.field === 'total' || c.field === 'amountDue' || c.field === 'paid')) {
    for (const r of rows.slice(0, 5000)) {
      const v = (r[c.index] ?? '').trim();
      if (/\d,\d{1,2}(?:\D*)$/.test(v)) comma++;
      else if (/\d\.\d{1,2}(?:\D*)$/.test(v)) dot++;
    }
  }
  return { lang: comma > dot ? 'fr' : 'en', mixed: comma > 0 && dot > 0 };
}

export function csvInvoices(read: CsvRead, opts: { lang?: string; currency?: string } = {}): CsvResult {
  const col = new Map<CsvField, number>();
  for (const c of read.columns) if (c.field && !col.has(c.field)) col.set(c.field, c.index);
  const errors: CsvResult['errors'] = [];
  const warnings = [...read.warnings];
  if (!col.has('total') && !col.has('amountDue')) throw new TextError(bilingual('Aucune colonne de montant (total, reste à payer ou solde) n’est associée', 'No amount column (total, amount due or balance) is mapped'));
  const style = decimalStyle(read.rows, read.columns);
  if (style.mixed) warnings.push(bilingual('Les montants mélangent virgules et points décimaux ; chaque valeur est lue seule et les douteuses sont signalées', 'Amounts use both decimal commas and decimal points; each value is read on its own and unclear ones are flagged'));
  const dateLang = read.dateOrder === 'mdy' ? 'en-US' : read.dateOrder === 'dmy' ? 'fr' : opts.lang;
  const invoices: DetectedInvoice[] = [];
  // Reports such as Xero's aged receivables group rows under a contact line.
  let groupBuyer: string | null = null;
  read.rows.forEach((r, i) => {
    const line = read.headerRow + i + 2;
    const get = (f: CsvField) => {
      const idx = col.get(f);
      return idx === undefined ? '' : (r[idx] ?? '').trim();
    };
    if (r.every((cell) => !cell.trim())) return;
    const number = parseNumber(get('invoiceNumber'));
    const filled = r.filter((cell) => cell.trim());
    if (!number && filled.length === 1 && !col.has('buyer') && !/total/i.test(filled[0]!)) {
      groupBuyer = filled[0]!.trim().slice(0, 200);
      return;
    }
    if (!number) {
      if (/total|sum|summe|somme/i.test(r.join(' '))) return; // a totals line
      errors.push({ row: line, message: bilingual(`pas de numéro de facture dans « ${get('invoiceNumber').slice(0, 40)} »`, `no invoice number in "${get('invoiceNumber').slice(0, 40)}"`) });
      return;
    }
    const d = emptyDetected();
    d.invoiceNumber = number;
    d.fields.invoiceNumber = { confidence: 0.95, where: `CSV line ${line}` };
    const cur = get('currency').toUpperCase();
    const currency = isCurrencyCode(cur) ? cur : opts.currency;
    const amount = (f: CsvField) => {
      const v = get(f);
      if (!v) return null;
      const own = /\d,\d{1,2}\D*$/.test(v) ? 'fr' : /\d\.\d{1,2}\D*$/.test(v) ? 'en' : style.lang;
      const p = parseAmount(v, { lang: own, currency });
      if (!p) errors.push({ row: line, message: bilingual(`${fieldName(f).fr} : « ${v.slice(0, 40)} » n’est pas un montant`, `${f}: "${v.slice(0, 40)}" is not an amount`) });
      return p;
    };
    const total = amount('total');
    const due = amount('amountDue');
    const paid = amount('paid');
    if (!total && !due) return;
    d.currency = due?.currency ?? total?.currency ?? currency ?? null;
    if (!d.currency) d.warnings.push(bilingual(`${number} : pas de devise dans le fichier ; choisissez-la avant l’import`, `${number}: no currency in the file; choose one before import`));
    if (total) {
      d.totalWithTax = total.minor;
      d.fields.totalWithTax = { confidence: total.ambiguous ? 0.4 : 0.95, where: `CSV line ${line}` };
    }
    if (paid) d.paid = paid.minor;
    for (const k of ['issueDate', 'dueDate'] as const) {
      const v = get(k);
      if (!v) continue;
      const p = parseDate(v, { lang: dateLang });
      if (!p) {
        errors.push({ row: line, message: bilingual(`${fieldName(k).fr} : « ${v.slice(0, 40)} » n’est pas une date`, `${k}: "${v.slice(0, 40)}" is not a date`) });
        continue;
      }
      const decided = read.dateOrder !== 'unknown';
      d[k] = p.date;
      d.fields[k] = { confidence: p.ambiguous && !decided ? 0.5 : 0.95, where: `CSV line ${line}` };
      if (p.ambiguous && !decided) d.warnings.push(bilingual(`${number} : ${fieldName(k).fr} « ${v} » : le ${french.longDate(p.date)} ou le ${french.longDate(p.alternative)} ? À confirmer`, `${number}: ${fieldName(k).en} "${v}" could be ${p.date} or ${p.alternative} — please confirm`));
    }
    if (d.dueDate) d.dueDateSource = 'label';
    const buyer = get('buyer') || groupBuyer;
    if (buyer) d.buyerName = buyer.slice(0, 200);
    const email = get('buyerEmail');
    if (/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email)) d.buyerEmail = email;
    d.status = statusWord(get('status')) ?? null;
    if (due) {
      d.amountDue = due.minor;
      d.fields.amountDue = { confidence: due.ambiguous ? 0.4 : 0.95, where: `CSV line ${line}` };
    } else if (total) {
      d.amountDue = d.status === 'paid' ? 0 : total.minor - (paid?.minor ?? 0);
      d.fields.amountDue = { confidence: 0.8, where: `CSV line ${line} (total${paid ? ' − paid' : ''})` };
    }
    if (d.totalWithTax !== null && d.totalWithTax < 0) d.isCreditNote = true;
    invoices.push(finalizeConfidence(d));
  });
  return { invoices, errors, warnings };
}
