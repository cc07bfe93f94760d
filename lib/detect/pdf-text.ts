import { type Text } from '../model/text';
import { emptyDetected, finalizeConfidence, type DetectedInvoice } from './invoice-reading';
import { columnField, labelField } from './labels';
import { mergeInto, readLabelledInvoice } from './page';
import { findInvoiceInText } from './message-text';
import { catalogText } from '../i18n/text';

/**
 * Invoices printed to PDF without an e-invoice inside (most invoicing apps before the 2026–2027
 * e-invoicing mandate): the text pdf.js places on the page is rebuilt into lines and cells,
 * as a table, and read by the same labelled-field reader as web pages ("Date d'échéance" then
 * its value in the next cell, "Total TTC 5 400,00 €", a header above its value).
 *
 * A layout rebuilt from glyph positions can pair a label with the wrong value (two columns
 * side by side, a table that wraps): every field read this way is kept below the confidence
 * at which the ledger trusts it, so the user confirms the number, the dates and the amounts.
 */
export interface PdfTextItem {
  str: string;
  /** Position of the run's baseline start, in points from the page's bottom-left. */
  x: number;
  y: number;
  width: number;
  /** Font size, in points. */
  height: number;
}

export interface PdfCell {
  text: string;
  /** Horizontal extent on the page, in points. */
  x: number;
  end: number;
}

export interface PdfLine {
  cells: PdfCell[];
}

/** Below the ledger's threshold of trust (0.7): shown as uncertain, to confirm. */
const PDF_TEXT_CONFIDENCE = 0.65;

/**
 * Lines of a page, top to bottom, each split into cells where a gap wider than about one
 * character separates its runs.
 */
export function layoutLines(items: PdfTextItem[]): PdfLine[] {
  // A run with wide spaces inside ("Total TTC      4 608,00 €") is several cells: split it,
  // placing each part by its share of the run's characters.
  const split = items.flatMap((i) => {
    if (!/\S\s{3,}\S/.test(i.str)) return [i];
    const per = i.width / Math.max(i.str.length, 1);
    return [...i.str.matchAll(/\S+(?:\s{1,2}\S+)*/g)].map((m) => ({
      ...i,
      str: m[0],
      x: i.x + m.index * per,
      width: m[0].length * per,
    }));
  });
  const runs = split
    .filter((i) => /\S/.test(i.str) && i.height > 0)
    .sort((a, b) => b.y - a.y || a.x - b.x);
  const rows: PdfTextItem[][] = [];
  for (const run of runs) {
    const row = rows[rows.length - 1];
    const ref = row?.[0];
    if (row && ref && Math.abs(ref.y - run.y) <= Math.max(ref.height, run.height) * 0.3)
      row.push(run);
    else rows.push([run]);
  }
  return rows.map((row) => {
    row.sort((a, b) => a.x - b.x);
    const cells: PdfCell[] = [];
    let cell: PdfCell | null = null;
    for (const run of row) {
      const gap = cell ? run.x - cell.end : 0;
      const size = Math.max(run.height, 1);
      if (!cell || gap > size * 0.9) {
        if (cell) cells.push(cell);
        cell = { text: '', x: run.x, end: run.x };
      } else if (gap > size * 0.12 && !/\s$/.test(cell.text)) cell.text += ' ';
      cell.text += run.str;
      cell.end = Math.max(cell.end, run.x + run.width);
    }
    if (cell) cells.push(cell);
    return {
      cells: cells
        .map((c) => ({ ...c, text: c.text.replace(/\s+/g, ' ').trim() }))
        .filter((c) => c.text),
    };
  });
}

/** The text of lines, a line's cells kept on one line. */
export function linesText(lines: PdfLine[], gap = ' '): string {
  return lines.map((l) => l.cells.map((c) => c.text).join(gap)).join('\n');
}

const FRENCH =
  /\b(facture|échéance|echeance|montant|règlement|reglement|pénalités|penalites|tva|ttc|net à payer|siret|siren)\b/giu;
const ENGLISH =
  /\b(invoice|due date|amount due|balance due|payment terms|bill to|total due|subtotal|tax)\b/gi;

/**
 * The document's language from its words, when the user gave none: it decides whether
 * 03/04/2026 is 3 April or 4 March. English is American (month first) when its own
 * unambiguous dates say so (11/24/2026), or, lacking those, when its amounts are in dollars
 * only; British when its dates are day first.
 */
export function guessTextLang(text: string): 'fr' | 'en' | 'en-US' | 'en-GB' | undefined {
  const fr = text.match(FRENCH)?.length ?? 0;
  const en = text.match(ENGLISH)?.length ?? 0;
  if (fr > en) return 'fr';
  if (en <= fr) return undefined;
  let dayFirst = 0;
  let monthFirst = 0;
  for (const m of text.matchAll(/\b(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})\b/g)) {
    const a = Number(m[1]);
    const b = Number(m[2]);
    if (a > 12 && b <= 12) dayFirst++;
    if (b > 12 && a <= 12) monthFirst++;
  }
  if (monthFirst > dayFirst) return 'en-US';
  if (dayFirst > monthFirst) return 'en-GB';
  return /\$\s?\d/.test(text) && !/[£€]/.test(text) ? 'en-US' : 'en';
}

export const EMPTY_HTML = '<!doctype html><html><head><title></title></head><body></body></html>';

export interface PdfTextScan {
  invoices: DetectedInvoice[];
  /** Why no invoice was read, when none was. */
  problem: Text | null;
}

const INVOICE_WORD = /\b(factur|invoice|rechnung|fattura|factuur|avoir\b|credit note)/i;
const PRO_FORMA = /\bpro[\s-]?forma\b/i;
/** A document titled as a quote or an order, not as an invoice. */
const QUOTE_TITLE =
  /^(devis|proposition commerciale|bon de commande|quote|quotation|estimate|purchase order)\b/im;
const INVOICE_TITLE = /^(facture|invoice|avoir|credit note|note de cr[ée]dit)\b/im;
const CREDIT_TITLE = /^(avoir|facture d['’]avoir|credit note|note de cr[ée]dit)\b/im;

/**
 * A label run together with its value ("Reste à payer 1 800,00 €", "Balance Due $1,944.00"),
 * as tight table columns print: the longest leading words that are a field label become a
 * cell of their own. "Total HT 2 000,00 €" splits after "Total HT" (a subtotal), not "Total".
 */
function splitLeadingLabel(cell: PdfCell): PdfCell[] {
  if (/[:：]/.test(cell.text) || cell.text.length > 80) return [cell];
  const words = cell.text.split(' ');
  for (let k = Math.min(words.length - 1, 6); k >= 1; k--) {
    const head = words.slice(0, k).join(' ');
    if (!labelField(head)) continue;
    const rest = words.slice(k).join(' ');
    // Only before a value: a digit, a currency sign, or a name (for "Client Boulangerie Martin").
    if (
      !/[\d€$£]/.test(rest) &&
      !/^(client|customer|bill to|billed to|facture a|factur[ée] à)$/i.test(head)
    )
      return [cell];
    const at = cell.x + ((cell.end - cell.x) * (head.length + 1)) / cell.text.length;
    return [
      { text: head, x: cell.x, end: at - 1 },
      { text: rest, x: at, end: cell.end },
    ];
  }
  return [cell];
}

/**
 * A header line over a line of values, column by column ("N° | Date | Échéance | Total TTC"
 * then the values under each): every header cell is a field label, and each value sits
 * under its header. Item tables ("Désignation | Qté | Total") are not: "Désignation" is
 * no invoice field. A label alone on its line over one value ("Invoice Date" then
 * "10/05/2026") is the same, one column wide.
 */
function headerOver(head: PdfLine, values: PdfLine | undefined): boolean {
  if (!values || head.cells.length !== values.cells.length) return false;
  if (head.cells.length === 1 && !labelField(head.cells[0]!.text)) return false;
  return head.cells.every((h, i) => {
    const v = values.cells[i]!;
    return (
      (labelField(h.text) || columnField(h.text)) &&
      !labelField(v.text) &&
      !columnField(v.text) &&
      v.x < h.end + 4 &&
      v.end > h.x - 4
    );
  });
}

/**
 * What the labels miss, from the text around them: a number printed under its heading
 * ("FACTURE" then "N° F-2026-114", or beside it), a date in a sentence ("payable avant le
 * 2 décembre 2026"). Read in small pieces — a cell, a cell with the one under or beside it,
 * a line — so that a heading in the right-hand column is never joined to the address in the
 * left-hand one. Never amounts: in a document, the first amount after "total" may be a
 * subtotal or an item.
 */
function fromSnippets(pages: PdfLine[][], lang: string | undefined): DetectedInvoice | null {
  const numbers: string[] = [];
  const sentences: string[] = [];
  for (const lines of pages) {
    lines.forEach((line, i) => {
      sentences.push(line.cells.map((c) => c.text).join(' '));
      line.cells.forEach((cell, k) => {
        numbers.push(cell.text);
        const beside = line.cells[k + 1];
        if (beside) numbers.push(`${cell.text} ${beside.text}`);
        const below = lines
          .slice(i + 1, i + 3)
          .flatMap((l) => l.cells)
          .find((c) => c.x < cell.end && c.end > cell.x);
        if (below) numbers.push(`${cell.text}\n${below.text}`);
      });
    });
  }
  let found: DetectedInvoice | null = null;
  for (const snippet of numbers) {
    const d = findInvoiceInText(snippet, { lang });
    if (d?.invoiceNumber) {
      found = d;
      break;
    }
  }
  const out = found ?? emptyDetected();
  out.issueDate = out.dueDate = null;
  out.dueDateSource = 'none';
  out.warnings = [];
  out.amountDue = out.totalWithTax = null;
  out.currency = null;
  out.fields = found?.fields.invoiceNumber ? { invoiceNumber: found.fields.invoiceNumber } : {};
  for (const sentence of sentences) {
    const d = findInvoiceInText(sentence, { lang, partial: true });
    if (!d) continue;
    for (const k of ['issueDate', 'dueDate'] as const) {
      if (out[k] || !d[k] || (k === 'dueDate' && d.dueDateSource !== 'label')) continue;
      out[k] = d[k];
      out.fields[k] = d.fields[k];
      if (k === 'dueDate') out.dueDateSource = 'label';
      out.warnings.push(
        ...d.warnings.filter((w) => w.en.startsWith(k === 'dueDate' ? 'Due date' : 'Issue date')),
      );
    }
  }
  return out.invoiceNumber || out.dueDate || out.issueDate ? out : null;
}

/**
 * The invoice in a PDF's text. `doc` is an empty HTML document to build the page in (see
 * EMPTY_HTML); each line becomes a one-row table whose cells are its runs, so a label's
 * value is the next cell, and a header's the cell under it only where the columns line up.
 * The text goes in as text nodes, never as markup.
 */
export function readPdfText(pages: PdfLine[][], doc: Document, lang?: string): PdfTextScan {
  const lines = pages.flat().map((l) => ({ cells: l.cells.flatMap(splitLeadingLabel) }));
  const text = linesText(lines);
  if (!INVOICE_WORD.test(text))
    return { invoices: [], problem: catalogText('detectPdfTextThisPdfDoesNot') };
  const head = lines
    .slice(0, 15)
    .flatMap((l) => l.cells.map((c) => c.text))
    .join('\n');
  if (QUOTE_TITLE.test(head) && !INVOICE_TITLE.test(head))
    return { invoices: [], problem: catalogText('detectPdfTextThisIsQuoteOr') };
  if (PRO_FORMA.test(head))
    return { invoices: [], problem: catalogText('detectPdfTextProFormaInvoiceIs') };
  const docLang = lang ?? guessTextLang(text);
  if (docLang) doc.documentElement.setAttribute('lang', docLang);
  for (let i = 0; i < lines.length; i++) {
    const table = doc.createElement('table');
    const body = doc.createElement('tbody');
    table.appendChild(body);
    const rows = headerOver(lines[i]!, lines[i + 1]) ? [lines[i]!, lines[++i]!] : [lines[i]!];
    for (const line of rows) {
      const tr = doc.createElement('tr');
      for (const cell of line.cells) {
        const td = doc.createElement('td');
        td.textContent = cell.text;
        tr.appendChild(td);
      }
      body.appendChild(tr);
    }
    doc.body.appendChild(table);
  }
  const labelled = readLabelledInvoice(doc, docLang);
  const around = fromSnippets(pages, docLang);
  const inv = labelled ? mergeInto(labelled, around) : around;
  // A credit note is never chased: its title, or its number's own word ("Avoir n° A-12"), says so.
  if (inv && (CREDIT_TITLE.test(head) || around?.isCreditNote)) inv.isCreditNote = true;
  if (!inv?.invoiceNumber || (inv.amountDue === null && inv.totalWithTax === null)) {
    const n = inv?.invoiceNumber;
    return {
      invoices: [],
      problem: n
        ? catalogText('detectPdfTextInvoiceFoundInThe', n)
        : catalogText('detectPdfTextNoLabelledInvoiceNumber'),
    };
  }
  for (const trace of Object.values(inv.fields))
    if (trace) trace.confidence = Math.min(trace.confidence, PDF_TEXT_CONFIDENCE);
  inv.warnings.push(catalogText('detectPdfTextReadFromThePdf'));
  return { invoices: [finalizeConfidence(inv)], problem: null };
}
