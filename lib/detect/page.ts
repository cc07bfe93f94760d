import {
  emptyDetected,
  finalizeConfidence,
  type DetectedInvoice,
  type FieldTrace,
  fieldName,
} from './invoice-reading';
import { BLOCK_TAGS, blockLines, HIDING_STYLE, hidesItself, SKIPPED_TAGS } from './block-lines';
import { reconcile, type Figure } from './consistency';
import { readItemTables, type ItemTables } from './items';
import {
  isDueDateToConfirm,
  labelField,
  leadingBuyer,
  leadingLabel,
  normalize,
  ORDER_ID_LABEL,
  PAYMENT_LINE,
  PAYMENT_MEANS,
  CHANGE_LABEL,
  splitLabel,
  statusWord,
  type LabelField,
  type StatusWord,
} from './labels';
import { dateShapedNumber, parseNumber } from './invoice-number';
import { readInvoiceList } from './invoice-list';
import { findAmounts, parseAmount, TAX_INCLUDED_NOTE, type ParsedAmount } from './parse-amount';
import {
  emailOfBlock,
  isAddressLine,
  isNameLine,
  LEGAL_FORM,
  legalIds,
  looksLikeParty,
  nameOfBlock,
} from './parties';
import { parseDate, type ParsedDate } from './parse-date';
import { checkDueDate, dueDateFromTerms, readTerms } from './payment-terms';
import { readJsonLd, readMicrodata } from './schema-org';
import { readWithSites } from './sites';
import { type Text as Said } from '../model/text';
import { isCurrencyCode, minorToDecimal } from '../model/money';
import { catalogText } from '../i18n/text';

/**
 * Reads what a page shows: a list of invoices (tables and grids), or one invoice
 * (schema.org first, then labels and their values). Pure DOM reading: runs in the
 * content script and, through a DOM implementation, in the `relance` CLI.
 */
export interface PageScan {
  kind: 'invoice' | 'list' | 'none';
  invoices: DetectedInvoice[];
  warnings: Said[];
  lang: string | undefined;
  /** The invoicing app whose own selectors read the page, when one did. */
  app?: string;
}

export interface PageOptions {
  /** Language to read dates and amounts with when the page declares none. */
  lang?: string;
  /** The page's address: lets a site adapter report that an app's page lost its markup. */
  url?: string;
}

/** Labels too common to trust alone ("Date", "Total"): a specific label wins over them. */
const GENERIC = new Set([
  'date',
  'data',
  'datum',
  'fecha',
  'total',
  'montant',
  'amount',
  'number',
  'numero',
  'reference',
  'to',
  // Gauzy's fr "Depuis" / "Pour" (From / To): common words, trusted only with other evidence.
  'depuis',
  'pour',
  'balance',
  'solde',
  'due',
  'importe',
  'importo',
  'bedrag',
  'totaal',
  'summe',
  'facture',
  'invoice',
  'factura',
  'fattura',
  'factuur',
  'rechnung',
  'client',
  'customer',
  'societe',
  'paid',
  'paye',
  'a payer',
  'remaining',
  'a',
  'de',
  'da',
  'van',
  'von',
  'from',
  'tax',
  'taxe',
  'taxes',
  'credit',
  'net',
  'netto',
  'port',
  'gesamt',
  'totale',
  'totaal',
  'saldo',
  'pendiente',
  'livraison',
  'facturation',
  'discount',
  'remise',
]);

export function pageLang(doc: Document, fallback?: string): string | undefined {
  const l = doc.documentElement?.getAttribute('lang')?.trim();
  return l || fallback;
}

export function scanPage(doc: Document, opts: PageOptions = {}): PageScan {
  const lang = pageLang(doc, opts.lang);
  let url: URL | undefined;
  try {
    url = opts.url ? new URL(opts.url) : undefined;
  } catch {
    url = undefined;
  }
  const site = readWithSites(doc, { lang, url });
  if (site.app)
    return {
      kind: site.invoices.length > 1 ? 'list' : site.invoices.length ? 'invoice' : 'none',
      invoices: site.invoices,
      warnings: site.warnings,
      lang,
      app: site.app,
    };
  const warnings: Said[] = [...site.warnings];
  const list = readInvoiceList(doc, lang);
  if (list.length >= 2) return { kind: 'list', invoices: list, warnings, lang };
  const structured = [...readJsonLd(doc, lang), ...readMicrodata(doc, lang)].filter(
    (d) => d.invoiceNumber || d.amountDue !== null,
  );
  if (structured.length > 1) return { kind: 'list', invoices: structured, warnings, lang };
  const notInvoice = notAnInvoice(doc);
  if (notInvoice && !structured.length) {
    warnings.push(notInvoice);
    return { kind: 'none', invoices: [], warnings, lang };
  }
  const fromLabels = readLabelledInvoice(doc, lang);
  const single = structured[0] ? mergeInto(structured[0], fromLabels) : fromLabels;
  if (
    single &&
    single.invoiceNumber &&
    (single.amountDue !== null || single.totalWithTax !== null || single.dueDate)
  ) {
    return { kind: 'invoice', invoices: [single], warnings, lang };
  }
  if (list.length === 1) return { kind: 'list', invoices: list, warnings, lang };
  warnings.push(
    single?.invoiceNumber
      ? catalogText('detectPageFoundInvoiceNumberBut', single.invoiceNumber)
      : catalogText('detectPageNoInvoiceFoundOn'),
  );
  return { kind: 'none', invoices: [], warnings, lang };
}

/**
 * A statement of the currency all the amounts are in, when they carry none: LedgerSMB's
 * "All prices in [_1]" ("Tous les prix en [_1]", locale/po/fr.po), and the same in the six languages.
 */
const CURRENCY_STATEMENT =
  /^(?:all\s+(?:prices|amounts)\s+(?:are\s+)?in|(?:prices|amounts)\s+in|currency\s*:|tous\s+les\s+(?:prix|montants)\s+(?:sont\s+)?en|montants\s+(?:exprim[ée]s\s+)?en|devise\s*:|alle\s+(?:preise|betr[äa]ge)\s+in|w[äa]hrung\s*:|todos\s+los\s+(?:precios|importes)\s+en|moneda\s*:|tutti\s+i\s+(?:prezzi|importi)\s+in|valuta\s*:|alle\s+(?:prijzen|bedragen)\s+in)\s+([A-Z]{3})\.?$/i;

/**
 * vtiger's items header "Currency : Euro(€)", "Currency : USA, Dollars($)", "Monnaie : Euro(€)"
 * (layouts/v7/modules/Inventory/LineItemsDetail.tpl; names from modules/Utilities/Currencies.php):
 * a currency's name with its symbol in brackets. "$" alone could be several dollars: only its name settles it.
 */
const CURRENCY_NAMED =
  /^(?:currency|monnaie|devise|w[äa]hrung|moneda|valuta)\s*:\s*([\p{L}\s,.'-]{2,40}?)\s*\(\s*([A-Z]{3}|[€£$])\s*\)$/iu;
function namedCurrency(text: string): string | null {
  const m = CURRENCY_NAMED.exec(text);
  if (!m) return null;
  const [, name, sign] = m as unknown as [string, string, string];
  if (/^[A-Z]{3}$/i.test(sign)) return sign.toUpperCase();
  if (sign === '€') return 'EUR';
  if (sign === '£') return /\b(?:britain|british|sterling|uk)\b/i.test(name) ? 'GBP' : null;
  if (/\b(?:usa|us|united states)\b/i.test(name)) return 'USD';
  if (/\bcanad/i.test(name)) return 'CAD';
  if (/\baustral/i.test(name)) return 'AUD';
  return null;
}

/** Documents titled as something else than an invoice (their amounts are not owed yet, or not by this title). */
const OTHER_DOCUMENT =
  /^(?:devis|proposition commerciale|bon de commande|bon de livraison|quote|quotation|estimate|purchase order|delivery note|packing slip|pro[\s-]?forma(?:\s+invoice)?|facture\s+pro[\s-]?forma|angebot|kostenvoranschlag|lieferschein|auftragsbest[äa]tigung|presupuesto|cotizaci[óo]n|albar[áa]n|preventivo|offerta|bolla|offerte|pakbon|payment receipt|re[çc]u de paiement|receipt)\b/i;

function notAnInvoice(doc: Document): Said | null {
  const heads = [doc.querySelector('h1'), doc.querySelector('h2')]
    .filter((e): e is HTMLHeadingElement => !!e)
    .map((e) => clean(e.textContent));
  const title = heads.length ? heads : [clean(doc.querySelector('title')?.textContent)];
  const other = title.find((t) => OTHER_DOCUMENT.test(t));
  if (
    !other ||
    title.some((t) => /^(?:facture|invoice|rechnung|factura|fattura|factuur)\b(?!\s*pro)/i.test(t))
  )
    return null;
  return catalogText('detectPageNotAnInvoiceQuote', other.slice(0, 60));
}

/** The first reading wins; the second fills what it lacks (structured data, then labels). */
export function mergeInto(base: DetectedInvoice, extra: DetectedInvoice | null): DetectedInvoice {
  if (!extra) return base;
  for (const k of Object.keys(extra) as (keyof DetectedInvoice)[]) {
    const cur = base[k];
    if ((cur === null || (Array.isArray(cur) && !cur.length)) && extra[k] !== null) {
      (base as unknown as Record<string, unknown>)[k] = extra[k];
      const trace = extra.fields[k];
      if (trace) base.fields[k] = trace;
    }
  }
  if (base.dueDateSource === 'none' && base.dueDate) base.dueDateSource = extra.dueDateSource;
  base.warnings.push(...extra.warnings);
  return finalizeConfidence(base);
}

interface Candidate {
  field: LabelField | 'payment' | 'adjustment' | 'change';
  value: string;
  label: string;
  generic: boolean;
  order: number;
  /** The label's element: one reading per label element for the figures that add up. */
  el: Element;
  /** For a party label: the text of the small block it heads (its legal ids may sit below the value read). */
  block?: string;
}

/**
 * The block a party label heads (`<div class="client-info"><h3>Bill to</h3><p>name</p><p>address… VAT: …</p></div>`):
 * its text when it is small and names no other party, so the ids under the name are the party's.
 */
function partyBlock(labelEl: Element, hidden: (el: Element) => boolean): string | undefined {
  const box = labelEl.parentElement;
  if (!box || box.tagName.toUpperCase() === 'BODY') return undefined;
  if (box.tagName.toUpperCase() === 'TR') return partyRows(box, hidden);
  const own = clean(box.textContent);
  if (own.length > 600) return undefined;
  const lines = blockLines(box, hidden);
  if (lines.length > 16) return undefined;
  const parties = lines.filter((l) => {
    const f = labelField(l) ?? splitLabel(l)?.field;
    return f === 'buyer' || f === 'seller' || f === 'shipTo';
  });
  return parties.length === 1 ? lines.join('\n') : undefined;
}

/**
 * A party written one row per field ("Vendeur: | Studio Lumière SARL", "Adresse: | …", "SIRET: | …",
 * Simple Invoices' biller and customer tables): its rows, from the label's to the next empty row
 * or the next party label.
 */
function partyRows(row: Element, hidden: (el: Element) => boolean): string | undefined {
  const lines = blockLines(row, hidden);
  for (let r = row.nextElementSibling; r && lines.length <= 16; r = r.nextElementSibling) {
    const own = blockLines(r, hidden);
    const first = own[0]?.replace(/[:：]\s*$/, '') ?? '';
    const f = labelField(first);
    if (!own.length || f === 'buyer' || f === 'seller' || f === 'shipTo') break;
    lines.push(...own);
  }
  return lines.length <= 16 ? lines.join('\n') : undefined;
}

function clean(text: string | null | undefined): string {
  return (text ?? '').replace(/[\s\u00a0\u202f]+/g, ' ').trim();
}

const INLINE_LABEL = /^(STRONG|B|LABEL|SPAN|EM|I|SMALL|DFN|ABBR)$/;

/**
 * Selectors the page's own stylesheets hide on screen (`.company-info .spacer { visibility: hidden }`,
 * Invoicerr's invoice template repeats the "Bill to" heading in the seller's column that way to
 * align the two). Top-level rules only: a rule inside @media (print…) or another at-rule does
 * not hide anything on screen. Selectors with pseudo-classes are left out (state-dependent).
 */
function hidingSelectors(doc: Document | null | undefined): string[] {
  const out: string[] = [];
  if (!doc) return out;
  for (const style of Array.from(doc.querySelectorAll('style')).slice(0, 20)) {
    const css = (style.textContent ?? '').replace(/\/\*[\s\S]*?\*\//g, '');
    if (!HIDING_STYLE.test(css)) continue;
    let i = 0;
    while (i < css.length) {
      const open = css.indexOf('{', i);
      if (open < 0) break;
      // After any at-statement ("@import …;", "@charset …;") on the way.
      const prelude = css.slice(i, open).split(';').pop()!.trim();
      if (prelude.startsWith('@')) {
        // Skip the whole at-rule block, nested rules included.
        let depth = 1;
        let j = open + 1;
        for (; j < css.length && depth > 0; j++)
          if (css[j] === '{') depth++;
          else if (css[j] === '}') depth--;
        i = j;
        continue;
      }
      const close = css.indexOf('}', open);
      if (close < 0) break;
      if (HIDING_STYLE.test(css.slice(open + 1, close)))
        for (const sel of prelude.split(','))
          if (sel.trim() && !/[:@[]/.test(sel)) out.push(sel.trim());
      i = close + 1;
    }
  }
  return out.slice(0, 50);
}

/**
 * Whether an element is hidden from the user: the `hidden` attribute, aria-hidden, an inline
 * display:none / visibility:hidden, or a rule of the page's stylesheet that hides it, on it or
 * an ancestor. Remembered per element, so a page costs one look at each element whatever its
 * number of text nodes.
 */
function hiddenTester(doc?: Document | null): (el: Element) => boolean {
  const memo = new Map<Element, boolean>();
  const selectors = hidingSelectors(doc);
  const bySheet = (el: Element) =>
    selectors.some((sel) => {
      try {
        return el.matches(sel);
      } catch {
        return false;
      }
    });
  const test = (el: Element): boolean => {
    const known = memo.get(el);
    if (known !== undefined) return known;
    const own =
      hidesItself(el) ||
      SKIPPED_TAGS.has(el.tagName.toUpperCase()) ||
      (selectors.length > 0 && bySheet(el));
    const result = own || (el.parentElement ? test(el.parentElement) : false);
    memo.set(el, result);
    return result;
  };
  return test;
}

function visibleTextNodes(root: Node, hidden: (el: Element) => boolean): Text[] {
  const out: Text[] = [];
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, 4 /* SHOW_TEXT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const parent = n.parentElement;
    if (!parent || hidden(parent)) continue;
    if (/\S/.test(n.nodeValue ?? '')) out.push(n as Text);
  }
  return out;
}

/**
 * The body as the party readers see it: its visible text nodes are listed once, when one of
 * them first needs them (the fallbacks run one after the other on the same page).
 */
interface BodyView {
  body: Element;
  hidden: (el: Element) => boolean;
  texts(): Text[];
  /** The body's lines (`blockLines`), read once for the fallbacks that need them. Read-only. */
  lines(): string[];
}

function bodyView(body: Element, hidden: (el: Element) => boolean): BodyView {
  let nodes: Text[] | null = null;
  let lines: string[] | null = null;
  return {
    body,
    hidden,
    texts: () => (nodes ??= visibleTextNodes(body, hidden)),
    lines: () => (lines ??= blockLines(body, hidden)),
  };
}

function isLabelText(text: string): boolean {
  return !!labelField(text) || !!splitLabel(text);
}

/**
 * The value written right after an inline label in the same line:
 * `<strong>Échéance :</strong> 30/04/2025<br>` → "30/04/2025". Stops at a line break,
 * a block, or the next label.
 */
function inlineAfter(labelEl: Element, hidden: (el: Element) => boolean): string {
  if (!INLINE_LABEL.test(labelEl.tagName.toUpperCase())) return '';
  let out = '';
  for (let n = labelEl.nextSibling; n && out.length < 200; n = n.nextSibling) {
    if (n.nodeType === 3) out += n.nodeValue ?? '';
    else if (n.nodeType === 1) {
      const e = n as Element;
      const tag = e.tagName.toUpperCase();
      if (tag === 'BR' || BLOCK_TAGS.has(tag)) break;
      if (hidden(e)) continue;
      const t = clean(e.textContent);
      if (isLabelText(t)) break;
      out += ` ${t} `;
    }
  }
  return clean(out).replace(/^[:：\-–]\s*/, '');
}

/**
 * An empty element laid out for spacing between a label and its value (Saleor's invoice.html:
 * <span>Invoice number:</span><div class="padded-font-sm"></div><span>…</span>): no text, nothing shown.
 */
function spacer(el: Element): boolean {
  const tag = el.tagName.toUpperCase();
  return (
    tag !== 'BR' &&
    !holdsText(el) &&
    !el.querySelector('img,input,svg,canvas') &&
    !/^(?:IMG|INPUT|SVG|CANVAS|HR)$/.test(tag)
  );
}

/**
 * Whether any text under the element is more than whitespace: walked up to the first that is,
 * where `textContent` built the whole sibling's text (a long block after every label).
 */
function holdsText(el: Element): boolean {
  const walker = el.ownerDocument.createTreeWalker(el, 4 /* NodeFilter.SHOW_TEXT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode())
    if (/\S/.test(n.nodeValue ?? '')) return true;
  return false;
}

/** Values next to a label element: the rest of its line, the lines under it, the next cell, the next <dd>, the cell below. */
function valuesNear(
  labelEl: Element,
  labelText: string,
  hidden: (el: Element) => boolean,
  items: ItemTables,
): string[] {
  const out: string[] = [];
  const inline = inlineAfter(labelEl, hidden);
  if (inline) out.push(inline);
  let cur: Element | null = labelEl;
  for (let depth = 0; cur && depth < 4; depth++) {
    const own = clean(cur.textContent);
    if (own.length > labelText.length + 1 && own.length < 600) {
      const lines = blockLines(cur, hidden);
      let i = lines.findIndex((l) => l.startsWith(labelText));
      if (i < 0) i = lines.findIndex((l) => l.includes(labelText));
      if (i >= 0) {
        const line = lines[i]!;
        const rest = clean(line.slice(line.indexOf(labelText) + labelText.length)).replace(
          /^[:：\-–]\s*/,
          '',
        );
        if (rest) out.push(rest);
        else if (i + 1 < lines.length) out.push(lines.slice(i + 1, i + 7).join('\n'));
      }
      break;
    }
    let next = cur.nextElementSibling;
    while (next && (hidden(next) || spacer(next))) next = next.nextElementSibling;
    // A dash in a cell between the label's cell and the value's is a separator column, not the value
    // (Bagisto's pdf summary rows "Grand Total | - | $1,672.56").
    while (next && next.nextElementSibling && isDashCell(next)) next = next.nextElementSibling;
    // A label ending its line (<strong>Bill To</strong><br>…): the lines under it, read from the parent.
    if (next?.tagName.toUpperCase() === 'BR') {
      cur = cur.parentElement;
      continue;
    }
    if (next) {
      const t = blockLines(next, hidden).join('\n');
      if (t && t.length < 300) out.push(t + currencyCellAfter(next, t, hidden));
    }
    const tag = cur.tagName.toUpperCase();
    if (tag === 'DT' || tag === 'TH' || tag === 'TD' || next) break;
    cur = cur.parentElement;
  }
  const parallel = parallelColumnValue(labelEl, hidden);
  if (parallel) out.push(parallel);
  // A header cell above its value (horizontal key/value tables), never in an items table.
  const cell = labelEl.closest('th,td');
  const row = cell?.parentElement;
  if (cell && row && row.parentElement && !items.headerRows.has(row) && mostlyLabels(row)) {
    const index = Array.from(row.children).indexOf(cell);
    const nextRow =
      row.nextElementSibling ?? row.parentElement.nextElementSibling?.querySelector('tr');
    const below = nextRow && !items.itemRows.has(nextRow) ? nextRow.children[index] : undefined;
    if (below && !hidden(below)) out.push(blockLines(below, hidden).join('\n'));
  }
  return out;
}

/** A table cell that holds only a dash. */
function isDashCell(el: Element): boolean {
  const tag = el.tagName.toUpperCase();
  return (tag === 'TD' || tag === 'TH') && /^[-–—]$/.test(clean(el.textContent));
}

/** A currency code, also glued to its digits ("USD1,234.56", Rails' number_to_currency "%u%n"). */
const GLUED_CODE = /(?<![A-Za-z])[A-Z]{3}(?![A-Za-z])/g;

/**
 * A column of labels beside a column of values, row for row (Open Source Billing's totals,
 * app/views/invoices/_show_invoice.erb: "invoice-total-left" holds Subtotal … Amount Due,
 * "invoice-total-right" the amounts in the same order). Paired only when the two columns are
 * built alike (same number of rows, same tags), the labels' column holds no amount and every
 * row of the other holds at most one: anything less regular is left unread.
 */
function parallelColumnValue(labelEl: Element, hidden: (el: Element) => boolean): string | null {
  let rowEl: Element | null = labelEl;
  for (let depth = 0; rowEl && depth < 3; depth++, rowEl = rowEl.parentElement) {
    const col = rowEl.parentElement;
    const other = col?.nextElementSibling;
    if (!col || !other || hidden(other)) continue;
    const rows = Array.from(col.children);
    const values = Array.from(other.children);
    if (rows.length < 2 || rows.length !== values.length) continue;
    if (rows.some((r, i) => r.tagName !== values[i]!.tagName)) continue;
    const index = rows.indexOf(rowEl);
    if (rows.length >= 3) {
      if (rows.some((r) => findAmounts(clean(r.textContent)).length > 0)) return null;
      const texts = values.map((v) => (hidden(v) ? '' : blockLines(v, hidden).join(' ')));
      if (texts.some((t) => findAmounts(t).length > 1)) return null;
      const value = texts[index]!;
      if (value && findAmounts(value).length === 1) return value;
    }
    // Every row a known label (Gauzy's invoice-view-inner "Invoice Date: / Due Date:" beside
    // their dates, two rows): the value in the same row, when it is one short line. The label's
    // field parses it (a date, an amount); anything else is left unread.
    if (!rows.every((r) => labelRow(r, hidden))) {
      if (rows.length === 2) continue;
      return null;
    }
    const lines = hidden(values[index]!) ? [] : blockLines(values[index]!, hidden);
    return lines.length === 1 && lines[0]!.length <= 40 ? lines[0]! : null;
  }
  return null;
}

/** A row of a column of labels: one known label, no digit, nothing else ("Due Date:"). */
function labelRow(row: Element, hidden: (el: Element) => boolean): boolean {
  if (hidden(row)) return false;
  const text = clean(row.textContent);
  return text.length > 0 && !/\d/.test(text.replace(/\s+\d$/, '')) && labelField(text) !== null;
}

/**
 * A bare figure whose currency is the next cell, alone: a Currency column (Sylius Invoicing's
 * "Total: | 120.60 | EUR"). Returns " EUR" to append to the figure, or "".
 */
function currencyCellAfter(cell: Element, text: string, hidden: (el: Element) => boolean): string {
  const tag = cell.tagName.toUpperCase();
  if ((tag !== 'TD' && tag !== 'TH') || !/^[-−]?\d[\d\s.,]*$/.test(text)) return '';
  let next = cell.nextElementSibling;
  while (next && hidden(next)) next = next.nextElementSibling;
  const code = next ? clean(next.textContent) : '';
  return /^[A-Z]{3}$/.test(code) && isCurrencyCode(code) ? ` ${code}` : '';
}

/**
 * "Vendeur" names the seller beside its value (Simple Invoices' fr_FR billerUc: "Vendeur: Studio
 * Lumière SARL" in a two-cell row) and a salesperson as the header of a column of facts
 * (LedgerSMB's "Facture # | Date | Exigible | Commande # | Vendeur | …"): ignored there only.
 */
function sellerOrSalesperson(
  field: LabelField | null,
  text: string,
  el: Element,
): LabelField | null {
  if (field !== 'ignore' || normalize(text) !== 'vendeur') return field;
  const row = el.closest('td, th')?.parentElement;
  const header = !!row && row.children.length >= 3 && mostlyLabels(row);
  return header ? field : 'seller';
}

const labelRows = new WeakMap<Element, boolean>();
/**
 * A row of column names over a row of values ("Date | Échéance | Montant dû"): most of its
 * cells are labels. An items table we did not recognise ("Prestation | Jours | TJM | Montant")
 * is not, and its first line is never read as the values of its header.
 */
function mostlyLabels(row: Element): boolean {
  const known = labelRows.get(row);
  if (known !== undefined) return known;
  const cells = Array.from(row.children)
    .map((c) => clean(c.textContent))
    .filter(Boolean);
  const result =
    cells.length > 0 &&
    cells.filter((t) => labelField(t)).length * 2 >= cells.length + (cells.length > 2 ? 1 : 0);
  labelRows.set(row, result);
  return result;
}

/**
 * "Facture FA-1", "Invoice #INV-0042", "Facture de vente SINV-1007", "Sales Invoice SINV-1007",
 * "Tax Invoice 2025-014", "Sales Invoice ACC-SINV-2026-00041" (ERPNext's naming series): the number a title
 * gives when no label does.
 */
const HEADING_NUMBER =
  /\b(?:facture|invoice|rechnung|factura|fattura|factuur|avoir|credit\s+note|gutschrift)(?:\s+(?:de\s+vente|d['’]acompte|de\s+doit|de\s+solde|commerciale|client|rectificative|finale?|définitive|definitive))?\s*(?:n\s*[°º]|no\.?|nr\.?|num(?:ero|éro|ber)?|#)?\s*[:\-]?\s*((?=[A-Z0-9\-_/.]*\d)[A-Z0-9][A-Z0-9\-_/.]*)/iu;
const CREDIT_TITLE =
  /^(?:avoir|facture\s+d['’]avoir|note\s+de\s+cr[ée]dit|credit\s+note|credit\s+memo|gutschrift|rechnungskorrektur|nota\s+de\s+cr[ée]dito|factura\s+rectificativa|nota\s+di\s+credito|creditnota|creditfactuur)\b/i;
const INVOICE_WORD =
  /^(?:facture|invoice|rechnung|factura|fattura|factuur|avoir|credit note|devis|quote|estimate)\b/i;
const BUYER_CLASS =
  /(?:^|[\s_-])(?:client|customer|buyer|bill-?to|billing|recipient|destinataire|kunde)(?:[-_]?(?:details|info|address|block|name|data))?(?:$|[\s_-])/i;
const NOTES_CLASS = /(?:^|[\s_-])(?:notes?|comments?|remarks?|messages?)(?:$|[\s_-])/i;
const PARTY_CLASS =
  /\b(?:company|seller|vendor|supplier|issuer|emetteur|entreprise|sender|from|business|merchant|account-?details|organisation|organization)(?:[-_ ]?(?:name|details|info|address|block|header))?\b/i;

const TERMS_CLASS =
  /(?:^|[\s_-])(?:payment[-_]?terms?|conditions?(?:[-_]de)?[-_](?:paiement|reglement)|zahlungsbedingungen)(?:$|[\s_-])/i;

/**
 * A block named for the payment terms that states them without a label ("Payment is due within
 * 30 days of the invoice date. …" in Drupal Commerce Invoice's div.invoice-payment-terms, the
 * invoice type's setting): its clause that reads as terms, when one does. A block named "terms"
 * alone is not enough: OS POS's div#terms holds the return policy ("Échange possible sous 15 jours").
 */
function termsBlock(
  root: Element,
  hidden: (el: Element) => boolean,
  lang: string | undefined,
): Omit<Candidate, 'order'> | null {
  for (const el of Array.from(root.querySelectorAll('[class],[id]')).slice(0, 600)) {
    const names = `${el.getAttribute('class') ?? ''} ${el.id}`;
    if (!TERMS_CLASS.test(names) || hidden(el)) continue;
    const text = clean(el.textContent);
    const read = text.length <= 400 ? readTerms(text, lang) : null;
    if (!read) continue;
    const clause = read.clause.slice(0, 200);
    return {
      field: 'terms',
      value: clause,
      label: `block .${names.trim().split(/\s+/)[0]}`,
      generic: false,
      el,
    };
  }
  return null;
}

export function readLabelledInvoice(doc: Document, lang?: string): DetectedInvoice | null {
  const root = doc.body ?? doc.documentElement;
  if (!root) return null;
  const hidden = hiddenTester(doc);
  const items = readItemTables(doc, lang);
  const { candidates, statusHits, dateOrder, declaredCurrency } = collectCandidates(
    root,
    hidden,
    items,
    lang,
  );
  if (!candidates.some((c) => c.field === 'terms')) {
    const terms = termsBlock(root, hidden, lang);
    if (terms) candidates.push({ ...terms, order: candidates.length });
  }
  const scores = scoreCandidates(candidates, statusHits, lang);
  return assemble({ doc, lang, hidden, items, scores, statusHits, dateOrder, declaredCurrency });
}

/** Every label on the page with the values next to it, in document order; status badges aside. */
function collectCandidates(
  root: Element,
  hidden: (el: Element) => boolean,
  items: ItemTables,
  lang: string | undefined,
): {
  candidates: Candidate[];
  statusHits: StatusWord[];
  dateOrder: DateOrder;
  declaredCurrency: string | null;
} {
  const nodes = visibleTextNodes(root, hidden);
  const candidates: Candidate[] = [];
  let order = 0;
  const statusHits: StatusWord[] = [];
  const dateOrder: DateOrder = new Map();
  let declaredCurrency: string | null = null;
  for (const node of nodes) {
    const text = clean(node.nodeValue);
    if (text.length > 200) continue;
    const parent = node.parentElement!;
    // Every numeric date shown (lines and payments included) tells how this document writes them.
    if (text.length <= 10) voteDateOrder(dateOrder, text);
    else if (!declaredCurrency && text.length <= 60)
      declaredCurrency =
        CURRENCY_STATEMENT.exec(text)?.[1]?.toUpperCase() ?? namedCurrency(text) ?? null;
    // A site's navigation is the app around the document: the client area's menu bar shows the
    // account's balance ("Solde : 0,00 €", FOSSBilling's huraga theme), not this invoice's.
    if (parent.closest('nav, [role="navigation"]')) continue;
    // Items tables: their column names are not labels, their lines are not totals.
    const tr = parent.closest('tr');
    if (tr && (items.headerRows.has(tr) || items.itemRows.has(tr))) continue;
    const split = splitLabel(text);
    if (split)
      candidates.push({
        field: split.field,
        value: split.value,
        label: text.slice(0, text.length - split.value.length),
        generic: isGeneric(text.split(/[:：]/)[0]!),
        order: order++,
        el: parent,
      });
    const field = sellerOrSalesperson(labelField(text), text, parent);
    const buyerLead = split || field ? null : leadingBuyer(text);
    if (buyerLead)
      candidates.push({
        field: 'buyer',
        value: buyerLead.name,
        label: buyerLead.label,
        generic: false,
        order: order++,
        el: parent,
      });
    const lead = split || field || buyerLead ? null : leadingLabel(text);
    if (lead)
      candidates.push({
        field: lead.field,
        value: lead.value,
        label: lead.label,
        generic: isGeneric(lead.label),
        order: order++,
        el: parent,
      });
    if (field) {
      const block =
        field === 'buyer' || field === 'seller' ? partyBlock(parent, hidden) : undefined;
      for (const value of valuesNear(parent, text, hidden, items))
        candidates.push({
          field,
          value,
          label: text,
          generic: isGeneric(text),
          order: order++,
          el: parent,
          block,
        });
    } else if (!split && PAYMENT_LINE.test(text)) {
      const inText = text.includes(':') ? text.slice(text.indexOf(':') + 1).trim() : '';
      const amounts = inText ? findAmounts(inText, { lang }) : [];
      if (amounts.length)
        candidates.push({
          field: 'payment',
          value: amounts[amounts.length - 1]!.raw,
          label: text,
          generic: false,
          order: order++,
          el: parent,
        });
      else
        for (const value of valuesNear(parent, text, hidden, items))
          candidates.push({
            field: 'payment',
            value,
            label: text,
            generic: false,
            order: order++,
            el: parent,
          });
    }
    // "Credit Card | -$500.00" in the totals block: a payment deducted from the total (to confirm
    // on its own). A positive figure beside a means of payment says how to pay, not what was paid.
    if (!split && !field && PAYMENT_MEANS.test(text))
      for (const value of valuesNear(parent, text, hidden, items))
        if (/^(?:[-−–]\s*\S|\()/.test(value.trim()))
          candidates.push({
            field: 'payment',
            value,
            label: text,
            generic: true,
            order: order++,
            el: parent,
          });
    // "10% off holiday ceramics | -$16.80": a totals row whose label is the merchant's own words
    // (Drupal Commerce prints each adjustment under its promotion's name). Used only when the
    // sums hold with it as a discount and do not without it.
    if (!split && !field && !lead && !buyerLead && text.length <= 60 && /\p{L}{3}/u.test(text)) {
      // The text is its cell's whole text (tested first: most texts of a page are not).
      const cell = parent.closest('td, th');
      const row = cell && clean(cell.textContent) === text ? cell.parentElement : null;
      const cells = row ? Array.from(row.children).filter((c) => !hidden(c)) : [];
      const value = cells.length === 2 && cells[0] === cell ? clean(cells[1]!.textContent) : '';
      if (value && /^[-−–]\s*[€$£]?\s*\d/.test(value))
        candidates.push({
          field: 'adjustment',
          value,
          label: text,
          generic: true,
          order: order++,
          el: parent,
        });
    }
    if (!split && !field && CHANGE_LABEL.test(text))
      for (const value of valuesNear(parent, text, hidden, items))
        candidates.push({
          field: 'change',
          value,
          label: text,
          generic: true,
          order: order++,
          el: parent,
        });
    if (!split && !field && PAYMENT_METHODS.test(text))
      for (const [method, amount, row] of paymentRows(parent, hidden))
        candidates.push({
          field: 'payment',
          value: amount,
          label: `${text}: ${method}`,
          generic: true,
          order: order++,
          // One reading per payment row: two payments of the same label are two payments.
          el: row,
        });
    const status = statusWord(text);
    if (
      status &&
      /status|badge|label|tag|state|pill|chip|stamp|statut/i.test(
        `${parent.className} ${parent.parentElement?.className ?? ''}`,
      )
    )
      statusHits.push(status);
  }
  return { candidates, statusHits, dateOrder, declaredCurrency };
}

/** PrestaShop's "Payment Method" ("Moyen de paiement", pdf/invoice.payment-tab.tpl): the order's payments beside it. */
const PAYMENT_METHODS =
  /^(?:payment\s+methods?|moyens?\s+de\s+paiement|modes?\s+de\s+(?:paiement|r[èe]glement)|zahlungsart(?:en)?|m[ée]todos?\s+de\s+pago|metodi?\s+di\s+pagamento|betaalmethoden?)$/i;

/**
 * The rows of the cell beside a payment-method label that pair a method with an amount
 * ("Credit card (Stripe) | $117.18"): the payments recorded on the invoice. A method without
 * an amount ("Bank transfer") is how to pay, not a payment. Generic: to confirm unless the sums agree.
 */
function paymentRows(
  labelEl: Element,
  hidden: (el: Element) => boolean,
): [string, string, Element][] {
  const cell = labelEl.closest('td, th');
  let next = cell?.nextElementSibling ?? null;
  while (next && hidden(next)) next = next.nextElementSibling;
  if (!next) return [];
  const out: [string, string, Element][] = [];
  for (const row of Array.from(next.querySelectorAll('tr')).slice(0, 10)) {
    if (hidden(row)) continue;
    const cells = Array.from(row.children).map((c) => clean(c.textContent));
    if (cells.length !== 2 || !/\p{L}/u.test(cells[0]!) || !/\d/.test(cells[1]!)) continue;
    if (!/^[-−]?\s*[€$£]?\s*\d[\d\s.,\u00a0\u202f]*\s*(?:€|\$|£|[A-Z]{3})?$/.test(cells[1]!))
      continue;
    out.push([cells[0]!, cells[1]!, row]);
  }
  return out;
}

interface Scores {
  best: Map<string, { value: unknown; trace: FieldTrace; raw: string; block?: string }>;
  conflicts: Map<string, Set<string>>;
  multi: Map<string, { fig: Figure; key: string; el: Element; currency: string | null }[]>;
  shipTo: Set<string>;
  /** The ship-to blocks' whole text: a buyer block that differs from all of them is not a ship-to. */
  shipToBlocks: Set<string>;
  /** Every reading of the total, for when the best one does not add up and another does. */
  totals: { value: ParsedAmount; trace: FieldTrace; el: Element }[];
  /** Tax lines that show a rate and no amount ("Tax: + 7%"). */
  taxRates: { rate: number; where: string }[];
  /** The paid label answered "Yes" ("Paid: Yes", "Payée : Oui"). */
  paidAnswer: boolean;
}

/** Each candidate read as its field's value and scored: the best reading per field, the figures that add up, the conflicts. */
function scoreCandidates(
  candidates: Candidate[],
  statusHits: StatusWord[],
  lang: string | undefined,
): Scores {
  const best = new Map<
    string,
    { value: unknown; trace: FieldTrace; raw: string; block?: string }
  >();
  const conflicts = new Map<string, Set<string>>();
  const totals: { value: ParsedAmount; trace: FieldTrace; el: Element }[] = [];
  const taxRates: { rate: number; where: string }[] = [];
  let paidAnswer = false;
  /** Keeps the surest reading of `key`; two sure readings that differ are a conflict. */
  const consider = (
    key: string,
    c: Candidate,
    { value, confidence, raw = c.value }: { value: unknown; confidence: number; raw?: string },
  ) => {
    if (key === 'total')
      totals.push({
        value: value as ParsedAmount,
        trace: { confidence, where: `label "${c.label.trim()}"` },
        el: c.el,
      });
    const prev = best.get(key);
    if (
      prev &&
      prev.trace.confidence >= 0.85 &&
      confidence >= 0.85 &&
      JSON.stringify(prev.value) !== JSON.stringify(value)
    ) {
      const set = conflicts.get(key) ?? new Set([prev.raw]);
      set.add(raw);
      conflicts.set(key, set);
    }
    if (!prev || confidence > prev.trace.confidence)
      best.set(key, { value, trace: { confidence, where: `label "${c.label.trim()}"` }, raw });
  };
  /** Figures that add up (taxes, payments…): one per label element, the same line shown twice counted once. */
  const multi = new Map<
    string,
    { fig: Figure; key: string; el: Element; currency: string | null }[]
  >();
  const addFigure = (key: string, p: ParsedAmount, c: Candidate) => {
    const list = multi.get(key) ?? [];
    const dedupe = `${normalize(c.label)}|${p.minor}`;
    if (list.some((x) => x.el === c.el || x.key === dedupe)) return;
    list.push({
      fig: {
        minor: Math.abs(p.minor),
        confidence: p.confidence,
        where: `label "${c.label.trim()}"`,
      },
      key: dedupe,
      el: c.el,
      currency: p.currency,
    });
    multi.set(key, list);
  };
  const amountOf = (value: string) => {
    const line = value
      .split('\n')[0]!
      .replace(TAX_INCLUDED_NOTE, '')
      // WooCommerce's shipping total "6,90 € via Colissimo": the carrier after the amount.
      .replace(
        /^([^\p{L}]*\d[^\p{L}]*?(?:\b[A-Z]{3}\b[^\p{L}]*)?)\s+via\s+\p{L}[^\d]{0,40}$/u,
        '$1',
      )
      .replace(/\s*(TTC|HT|TVA incl\.?|incl\.? VAT|EUR TTC)\s*$/i, '');
    // "GB123456789" (a VAT number after "VAT:"), "3.00 days", "(10%)" (a rate): not amounts.
    if (
      /%/.test(line) ||
      /\p{L}\d|\d\p{L}/u.test(line.replace(GLUED_CODE, ' ').replace(/[€$£¥]|CHF|Fr\./g, ' ')) ||
      /\p{L}{3,}/u.test(line.replace(GLUED_CODE, '').replace(/CHF/g, ''))
    )
      return null;
    return parseAmount(line, { lang });
  };
  const shipTo = new Set<string>();
  const shipToBlocks = new Set<string>();
  const orderIds = new Set(
    candidates
      .filter((c) => c.field === 'ignore' && ORDER_ID_LABEL.test(c.label.trim()))
      .map((c) => parseNumber(c.value)),
  );
  for (const c of candidates) {
    const weight = c.generic ? 0.75 : 1;
    switch (c.field) {
      case 'invoiceNumber': {
        const n = parseNumber(c.value);
        // The order's id read as an invoice number: kept only below any other reading, to confirm.
        const order = n !== null && orderIds.has(n) ? 0.6 : 1;
        if (n) consider('invoiceNumber', c, { value: n, confidence: 0.95 * weight * order });
        // A date-shaped value alone after a specific label ("Invoice number: 3/11/2026") is the
        // number, to confirm: the label says what it is, its shape says it could be a date.
        const dated = n || c.generic ? null : dateShapedNumber(c.value);
        if (dated) consider('invoiceNumber', c, { value: dated, confidence: 0.6 });
        break;
      }
      case 'issueDate':
      case 'dueDate': {
        const p = parseDate(c.value.slice(0, 40), { lang });
        if (p && c.value.indexOf(p.raw.slice(0, 2)) <= 2) {
          const confidence = p.confidence * weight * (p.ambiguous ? 0.9 : 1);
          consider(c.field, c, {
            value: p,
            confidence:
              c.field === 'dueDate' && isDueDateToConfirm(c.label)
                ? Math.min(confidence, 0.6)
                : confidence,
          });
        } else if (
          c.field === 'dueDate' &&
          c.value.length <= 80 &&
          (/\d/.test(c.value) || readTerms(c.value.split('\n')[0], lang))
        ) {
          consider('terms', c, { value: c.value.split('\n')[0]!, confidence: 0.7 * weight });
        }
        break;
      }
      case 'total':
      case 'amountDue':
      case 'paid':
      case 'subtotal': {
        // "Paid: Yes" (Sylius Invoicing's payment.paid answered payment.yes, "Payée : Oui"): the
        // invoice says it is paid, without an amount. "No" says nothing more than the total.
        if (c.field === 'paid' && /^(?:yes|oui|ja|s[ií]|sì)$/i.test(c.value.trim())) {
          statusHits.unshift('paid');
          paidAnswer = true;
          break;
        }
        const p = amountOf(c.value);
        if (p && (p.minor >= 0 || c.field === 'paid'))
          consider(c.field, c, {
            value: { ...p, minor: Math.abs(p.minor) },
            confidence: p.confidence * weight,
          });
        // "Amount Due -$741.70" (OS POS prints the change, so a balance left comes out negative):
        // kept aside, used only when it is exactly the total less the payments.
        else if (p && c.field === 'amountDue')
          consider('negativeDue', c, {
            value: { ...p, minor: -p.minor },
            confidence: p.confidence * weight,
          });
        break;
      }
      case 'change': {
        const p = amountOf(c.value);
        if (p && p.minor >= 0) addFigure('change', p, c);
        break;
      }
      case 'adjustment': {
        const p = amountOf(c.value);
        if (p && p.minor < 0) addFigure('adjustment', p, c);
        break;
      }
      case 'tax':
      case 'shipping':
      case 'discount':
      case 'credit':
      case 'payment': {
        const p = amountOf(c.value);
        // A payment read from a payment-method table (generic) stays to confirm on its own.
        if (p)
          addFigure(
            c.field,
            c.field === 'payment' && c.generic
              ? { ...p, confidence: Math.min(p.confidence, 0.65) }
              : p,
            c,
          );
        // Invoify's "Tax: + 7%": a rate where the amount would be.
        const rate = /^\+?\s*(\d{1,2}(?:[.,]\d{1,3})?)\s*%$/.exec(c.value.trim());
        if (rate && c.field === 'tax')
          taxRates.push({
            rate: Number(rate[1]!.replace(',', '.')),
            where: `label "${c.label.trim()}"`,
          });
        break;
      }
      case 'buyer':
      case 'seller': {
        const lines = c.value
          .split('\n')
          .map((l) => l.trim())
          .filter(Boolean);
        // A block that starts with another label ("Ship To") is that label's, not this one's.
        if (!lines.length || isLabelText(lines[0]!) || (c.value.length > 160 && lines.length === 1))
          break;
        const name = nameOfBlock(lines);
        if (name) {
          const party = looksLikeParty(lines);
          // "Société" / "Company" alone over a block (a heading, no colon) is the seller's on some
          // templates and the buyer's on others: kept aside, settled once the other labels are read.
          const key =
            c.field === 'buyer' &&
            !/[:：]/.test(c.label) &&
            COMPANY_HEADING.has(normalize(c.label).trim())
              ? 'company'
              : c.field;
          consider(key, c, {
            value: {
              name,
              ids: [...new Set([...legalIds(lines.join('\n')), ...legalIds(c.block ?? '')])],
              text: lines.join('\n'),
            },
            confidence: (party ? 0.8 : 0.7) * weight,
            raw: name,
          });
        }
        break;
      }
      case 'shipTo': {
        const lines = c.value
          .split('\n')
          .map((l) => l.trim())
          .filter(Boolean);
        const name = nameOfBlock(lines);
        if (name) {
          shipTo.add(name);
          shipToBlocks.add(lines.join('\n'));
        }
        break;
      }
      case 'status': {
        const s = statusWord(c.value);
        if (s) statusHits.unshift(s);
        break;
      }
      case 'terms': {
        if (c.value.length <= 200)
          consider('terms', c, { value: c.value.split('\n')[0]!, confidence: 0.8 * weight });
        break;
      }
      default:
        break;
    }
  }
  return { best, conflicts, multi, shipTo, shipToBlocks, totals, taxRates, paidAnswer };
}

/** A page read: its document, what it hides, its item tables, its scored readings and status words. */
interface ScoredPage {
  doc: Document;
  lang: string | undefined;
  hidden: (el: Element) => boolean;
  items: ItemTables;
  scores: Scores;
  statusHits: StatusWord[];
  /** How the page's unambiguous numeric dates are written, to settle an ambiguous one. */
  dateOrder: DateOrder;
  /** A currency the document declares in words ("All prices in USD"). */
  declaredCurrency: string | null;
}

/** The invoice from the scored readings: number (else the title's), dates, terms, the figures reconciled, parties, conflicts. */
function assemble(page: ScoredPage): DetectedInvoice | null {
  const { doc, lang, hidden, items, statusHits, dateOrder, declaredCurrency } = page;
  const { best, conflicts, multi, shipTo, shipToBlocks, totals, taxRates, paidAnswer } =
    page.scores;
  const d = emptyDetected();
  const get = <T>(k: string) => best.get(k) as { value: T; trace: FieldTrace } | undefined;
  // Every h1: Paheko's print view has the seller's and the buyer's names in h1s before the title's.
  const headings = (
    [
      ...Array.from(doc.querySelectorAll('h1')),
      doc.querySelector('h2'),
      doc.querySelector('title'),
    ] as (Element | null)[]
  ).filter((el): el is Element => !!el && (el.tagName.toUpperCase() === 'TITLE' || !hidden(el)));
  const num = get<string>('invoiceNumber');
  if (num) {
    d.invoiceNumber = num.value;
    d.fields.invoiceNumber = num.trace;
  } else {
    const texts = headings.map((el) => blockLines(el, hidden).join(' ') || clean(el.textContent));
    // A heading that begins with the document's type ("Avoir AV-2026-4") is the title; one that
    // only mentions an invoice ("Objet : Annulation de la facture FAC-2026-37") comes after.
    const order = texts.map((_, i) => i);
    order.sort((a, b) => +!INVOICE_WORD.test(texts[a]!) - +!INVOICE_WORD.test(texts[b]!) || a - b);
    for (const i of order) {
      const el = headings[i]!;
      // <h2>Facture de vente<br><small>SINV-1007</small></h2>: the line break is a space.
      const m = HEADING_NUMBER.exec(texts[i]!);
      if (m && !parseDate(m[1]!) && !parseAmount(m[1]!)?.currency) {
        d.invoiceNumber = m[1]!.replace(/[.,;:]+$/, '');
        d.fields.invoiceNumber = {
          confidence: 0.8,
          where: `${el.tagName.toLowerCase()} "${clean(el.textContent).slice(0, 40)}"`,
        };
        break;
      }
    }
  }
  d.isCreditNote =
    headings.some((el) =>
      CREDIT_TITLE.test(blockLines(el, hidden).join('\n') || clean(el.textContent)),
    ) || /avoir|credit|gutschrift|creditnota|nota d/i.test(num?.trace.where.slice(0, 24) ?? '');
  const dates = settleDateOrder(
    get<ParsedDate>('issueDate'),
    get<ParsedDate>('dueDate'),
    dateOrder,
  );
  for (const k of ['issueDate', 'dueDate'] as const) {
    const v = dates[k];
    if (!v) continue;
    d[k] = v.value.date;
    d.fields[k] = v.trace;
    if (v.value.ambiguous) {
      d.warnings.push(
        catalogText(
          'detectPageAmbiguousDate',
          k === 'dueDate',
          v.value.raw,
          v.value.date,
          v.value.alternative,
        ),
      );
    }
  }
  if (!d.issueDate) {
    const only = onlyDate({
      root: doc.body ?? doc.documentElement,
      hidden,
      items,
      lang,
      invoiceNumber: d.invoiceNumber,
    });
    if (only && only.date !== d.dueDate) {
      // Frappe Books and BambooInvoice print the date with no label, under the company name or the number.
      d.issueDate = only.date;
      d.fields.issueDate = {
        confidence: Math.min(0.6, only.confidence),
        where: `${only.afterNumber ? 'the date under the number' : 'the only date on the document'} "${only.raw}"`,
      };
      if (only.ambiguous)
        d.warnings.push(
          catalogText('detectPageAmbiguousDate', false, only.raw, only.date, only.alternative),
        );
    }
  }
  if (d.dueDate) d.dueDateSource = 'label';
  const terms = get<string>('terms');
  if (terms) {
    d.paymentTerms = terms.value;
    if (!d.dueDate && !d.isCreditNote) {
      const derived = dueDateFromTerms(terms.value, d.issueDate, lang);
      if (derived) {
        d.dueDate = derived.dueDate;
        d.dueDateSource = 'terms';
        d.dueDateNote = derived.note.en;
        d.fields.dueDate = { confidence: 0.6, where: terms.trace.where };
        d.warnings.push(catalogText('detectPageDueDatePleaseConfirm', derived.note));
      }
    }
  }
  if (d.dueDate && d.dueDateSource === 'label') {
    const odd = checkDueDate(d.dueDate, d.issueDate, d.paymentTerms, lang);
    if (odd) {
      d.fields.dueDate!.confidence = Math.min(d.fields.dueDate!.confidence, 0.5);
      d.warnings.push(odd);
    }
  }
  if (d.isCreditNote) {
    // A credit note is owed to the buyer: nothing to chase, so no due date.
    d.dueDate = null;
    d.dueDateSource = 'none';
    d.dueDateNote = 'a credit note has no due date to chase';
    delete d.fields.dueDate;
  }
  type Amt = { value: ParsedAmount; trace: FieldTrace };
  const amt = (k: string) => get<ParsedAmount>(k) as Amt | undefined;
  const total = amt('total');
  const due = amt('amountDue');
  const paid = amt('paid');
  const subtotal = amt('subtotal');
  const shownCurrency =
    due?.value.currency ??
    total?.value.currency ??
    paid?.value.currency ??
    subtotal?.value.currency ??
    null;
  // Amounts printed bare under a statement of their currency ("All prices in USD", LedgerSMB).
  d.currency = shownCurrency ?? (total || due ? declaredCurrency : null);
  d.status = statusHits[0] ?? null;
  const fig = (a: Amt | undefined): Figure | undefined =>
    a ? { minor: a.value.minor, confidence: a.trace.confidence, where: a.trace.where } : undefined;
  // A tax or payment figure with no currency on a page whose amounts show one ("VAT 20% | 20.0") is a rate, not an amount.
  const figs = (k: string) =>
    multi
      .get(k)
      ?.filter((x) => !shownCurrency || x.currency !== null)
      .map((x) => x.fig);
  // One VAT breakdown table is read; with several (a quote and its invoice side by side…), none.
  const vat = items.vat.length === 1 ? items.vat[0] : undefined;
  const figures = {
    currency: d.currency,
    lineSum: items.lineSum,
    subtotal: fig(subtotal),
    taxes: figs('tax'),
    shipping: figs('shipping'),
    discounts: figs('discount'),
    total: fig(total),
    paidTotal: fig(paid),
    payments: figs('payment'),
    credits: figs('credit'),
    amountDue: fig(due),
    vatTaxes: vat?.taxes,
    vatBase: vat?.base,
  };
  const negativeDue = amt('negativeDue');
  // OS POS's e-mailed and tax invoices also print "Amount Due" over the total itself: with
  // payments shown, that reading is the total, the negative one what is left. Both are said, and
  // the amount due stays to confirm.
  let dueOverTotal: { paid: number } | null = null;
  if (negativeDue && total && negativeDue.value.currency === total.value.currency) {
    const paidMinor = paid
      ? paid.value.minor
      : (figures.payments ?? []).reduce((a, f) => a + Math.abs(f.minor), 0);
    const left = paidMinor > 0 && total.value.minor - paidMinor === negativeDue.value.minor;
    if (left && (!due || due.value.minor === total.value.minor)) {
      dueOverTotal = due ? { paid: paidMinor } : null;
      figures.amountDue = {
        ...fig(negativeDue)!,
        where: `${negativeDue.trace.where} (printed negative: the total less the payments${
          due ? `; not ${due.trace.where}, which shows the total` : ''
        })`,
      };
    }
  }
  const after = totalAfterDiscount(totals, multi.get('discount'));
  if (after && total && after.value.minor !== total.value.minor) {
    // A total, then a discount, then a total again: the later one is what is owed; the earlier
    // one is not the total even when it adds up without the discount.
    const where = `${after.trace.where} (after the discount; not ${total.trace.where})`;
    figures.total = { minor: after.value.minor, confidence: 0.65, where };
    if (due && due.trace.where === total.trace.where) figures.amountDue = figures.total;
  }
  const change = figs('change');
  if (change?.length === 1 && !paid && figures.payments?.length && total) {
    // Cash handed over, change given back: the payments less the change are what was paid.
    const handed = figures.payments.reduce((a, f) => a + Math.abs(f.minor), 0);
    if (change[0]!.minor > 0 && handed - change[0]!.minor === total.value.minor)
      figures.payments = [
        {
          minor: total.value.minor,
          confidence: Math.min(...figures.payments.map((f) => f.confidence)),
          where: `${figures.payments.map((f) => f.where).join(' + ')} less ${change[0]!.where}`,
        },
      ];
  }
  let r = reconcile(figures);
  const bareTaxes = multi.get('tax')?.filter((x) => d.currency && x.currency === null);
  if (r.doubtful && bareTaxes?.length) {
    // Bigcapital prints the total with its symbol and the tax lines without ("292.05"): a bare
    // figure is taken for a tax amount, not a rate, only when it makes subtotal + taxes = total.
    const again = reconcile({ ...figures, taxes: multi.get('tax')!.map((x) => x.fig) });
    if (!again.doubtful && again.held.includes('subtotal + taxes = total')) r = again;
  }
  const adjustments = figs('adjustment');
  if (r.doubtful && subtotal && total && adjustments?.length) {
    // Rows of the totals block under the merchant's own names with a negative figure: discounts
    // when, and only when, subtotal + taxes (+ shipping) − them = the total.
    const again = reconcile({
      ...figures,
      discounts: [...(figures.discounts ?? []), ...adjustments],
    });
    if (!again.doubtful && again.held.includes('subtotal + taxes = total')) r = again;
  }
  if (r.doubtful && subtotal && taxRates.length === 1 && !figures.taxes?.length) {
    // A tax shown as a rate only: subtotal × rate, kept when it gives the total to the cent.
    const { rate, where } = taxRates[0]!;
    const tax = Math.round((subtotal.value.minor * rate) / 100);
    const again = reconcile({ ...figures, taxes: [{ minor: tax, confidence: 0.7, where }] });
    if (!again.doubtful && again.held.includes('subtotal + taxes = total')) r = again;
  }
  if (r.doubtful && total) {
    // Two labels read as the total ("Amount: $2450.00" before tax, "Total: $2597.00"): the reading
    // that makes the sums hold wins, and is said; when none does, both stay to confirm.
    for (const alt of totals) {
      if (alt.value.minor === total.value.minor || alt.value.currency !== total.value.currency)
        continue;
      const again = reconcile({ ...figures, total: fig(alt) });
      if (again.doubtful || !again.held.length) continue;
      r = {
        ...again,
        total: again.total && {
          ...again.total,
          confidence: Math.min(again.total.confidence, 0.8),
          where: `${alt.trace.where} (${again.held.join(', ')}; not ${total.trace.where})`,
        },
      };
      break;
    }
  }
  if (dueOverTotal && r.amountDue && total) {
    const money = (m: number) =>
      `${minorToDecimal(m, total.value.currency!)} ${total.value.currency}`;
    r = {
      ...r,
      amountDue: { ...r.amountDue, confidence: Math.min(r.amountDue.confidence, 0.65) },
      warnings: [
        ...r.warnings,
        catalogText(
          'detectConsistencyTotalNotDue',
          money(total.value.minor),
          money(dueOverTotal.paid),
          undefined,
          money(total.value.minor),
        ),
      ],
    };
  }
  if (r.total) {
    d.totalWithTax = r.total.minor;
    d.fields.totalWithTax = { confidence: r.total.confidence, where: r.total.where };
  }
  if (r.paid) {
    d.paid = r.paid.minor;
    d.fields.paid = { confidence: r.paid.confidence, where: r.paid.where };
  }
  // "Paid: Yes" and the total read again as the amount due (no amount-due label): nothing is due.
  const ownDue = due && !(paidAnswer && due.trace.where === total?.trace.where);
  if (ownDue || !(d.status === 'paid' && total)) {
    if (r.amountDue) {
      d.amountDue = r.amountDue.minor;
      d.fields.amountDue = { confidence: r.amountDue.confidence, where: r.amountDue.where };
    }
  } else {
    d.amountDue = 0;
    d.fields.amountDue = { confidence: 0.8, where: 'status "paid"' };
  }
  if (!total && !due && vat?.gross && r.paid === null && !d.isCreditNote && d.status !== 'paid') {
    // Only the VAT breakdown shows what the invoice comes to: its gross amounts added up, to confirm.
    d.totalWithTax = vat.gross;
    d.currency ??= vat.currency;
    d.amountDue = vat.gross;
    d.fields.totalWithTax = {
      confidence: 0.55,
      where: 'VAT breakdown, sum of the gross amounts — please confirm',
    };
    d.fields.amountDue = {
      confidence: 0.5,
      where: 'VAT breakdown, sum of the gross amounts (no amount due shown) — please confirm',
    };
    d.warnings.push(catalogText('detectPageNoLabelledTotalOr'));
  }
  d.warnings.push(...r.warnings);
  for (const a of [total, due, paid])
    if (a?.value.ambiguous)
      d.warnings.push(catalogText('detectMessageTextAmountIsAmbiguousPlease', a.value.raw));
  if (!d.currency && (total || due)) d.warnings.push(catalogText('detectPageNoCurrencyShownNext'));
  readParties(d, {
    doc,
    hidden,
    ...companyHeading(
      get<{ name: string; ids: string[]; text?: string }>('buyer'),
      get<{ name: string; ids: string[]; text?: string }>('seller'),
      get<{ name: string; ids: string[]; text?: string }>('company'),
    ),
    shipTo,
    shipToBlocks,
  });
  for (const [key, values] of conflicts) {
    const name =
      key === 'total'
        ? 'totalWithTax'
        : key === 'buyer'
          ? 'buyerName'
          : key === 'seller'
            ? 'sellerName'
            : key;
    const trace = d.fields[name as keyof DetectedInvoice];
    if (trace) trace.confidence = Math.min(trace.confidence, 0.5);
    const shown = [...values].slice(0, 3).join(' / ');
    d.warnings.push(catalogText('detectPageThePageShowsDifferent', fieldName(name), shown));
  }
  if (!d.invoiceNumber && d.amountDue === null && !d.dueDate) return null;
  return finalizeConfidence(d);
}

type DateReading = { value: ParsedDate; trace: FieldTrace } | undefined;
/** Per separator, how many of the page's unambiguous numeric dates put the day first, and the month first. */
type DateOrder = Map<string, { day: number; month: number }>;
const NUMERIC_DATE = /^(\d{1,2})([./-])(\d{1,2})\2(\d{2}|\d{4})$/;

function voteDateOrder(votes: DateOrder, text: string) {
  const m = NUMERIC_DATE.exec(text);
  if (!m) return;
  const a = +m[1]!;
  const b = +m[3]!;
  if (a > 12 === b > 12 || a > 31 || b > 31) return;
  const v = votes.get(m[2]!) ?? { day: 0, month: 0 };
  if (a > 12) v.day++;
  else v.month++;
  votes.set(m[2]!, v);
}

/**
 * A document writes all its dates one way: unambiguous dates on it ("19/11/2026", a line's
 * "10/31/2026"), all in the same order, settle the order of an ambiguous one ("05/11/2026") when
 * the page gives no language to say it. Same separator only; a page with both orders settles
 * nothing. A reading they contradict is switched to the alternative.
 */
function settleDateOrder(
  issue: DateReading,
  due: DateReading,
  votes: DateOrder,
): { issueDate: DateReading; dueDate: DateReading } {
  const settle = (v: DateReading): DateReading => {
    if (!v?.value.ambiguous || !v.value.alternative) return v;
    const a = NUMERIC_DATE.exec(v.value.raw.slice(0, 10));
    const vote = a ? votes.get(a[2]!) : undefined;
    if (!a || !vote || (vote.day > 0 && vote.month > 0)) return v;
    const dayFirst = vote.day > 0;
    const year = a[4]!.length === 2 ? 2000 + +a[4]! : +a[4]!;
    const [day, month] = dayFirst ? [+a[1]!, +a[3]!] : [+a[3]!, +a[1]!];
    const date = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    if (date !== v.value.date && date !== v.value.alternative) return v;
    return {
      value: {
        ...v.value,
        date: date as ParsedDate['date'],
        ambiguous: false,
        alternative: undefined,
      },
      trace: {
        confidence: Math.max(v.trace.confidence, 0.75),
        where: `${v.trace.where}, ${dayFirst ? 'day' : 'month'} first as the page's other dates`,
      },
    };
  };
  return { issueDate: settle(issue), dueDate: settle(due) };
}

type PartyReading =
  { value: { name: string; ids: string[]; text?: string }; trace: FieldTrace } | undefined;

/** Labels that head either party's block ("Société", "Company"): see companyHeading. */
const COMPANY_HEADING = new Set(['societe', 'company']);

/**
 * A block under "Société" / "Company" beside a block under a buyer label ("Client", "Bill to") is
 * the seller's: FOSSBilling's pdf invoice heads the seller "Company" ("Société") and the buyer
 * "Client". Alone, it is the buyer's company, as on forms that label the client's fields. Either
 * way it stays below a labelled reading (0.7 at most), so it is never the only sure one.
 */
function companyHeading(
  buyer: PartyReading,
  seller: PartyReading,
  company: PartyReading,
): { buyer: PartyReading; seller: PartyReading } {
  if (!company) return { buyer, seller };
  const confidence = Math.min(company.trace.confidence, 0.7);
  const weak = { ...company, trace: { ...company.trace, confidence } };
  if (!buyer) return { buyer: weak, seller };
  if (!seller && company.value.name !== buyer.value.name) return { buyer, seller: weak };
  return { buyer, seller };
}

/** The labelled buyer and seller blocks read so far, the ship-to names and blocks, and the page they are on. */
interface PartyReadings {
  doc: Document;
  hidden: (el: Element) => boolean;
  buyer: PartyReading;
  seller: PartyReading;
  shipTo: Set<string>;
  shipToBlocks: Set<string>;
}

/** Buyer from its labelled block; seller from its labelled block, else the company block at the top of the document. */
function readParties(
  d: DetectedInvoice,
  { doc, hidden, buyer, seller, shipTo, shipToBlocks }: PartyReadings,
) {
  // A weakly labelled buyer named as the ship-to is that block read twice, unless its block
  // differs from every ship-to block (LedgerSMB's "To" and "Ship To" columns, same company).
  const shipToCopy =
    !!buyer &&
    shipTo.has(buyer.value.name) &&
    buyer.trace.confidence < 0.75 &&
    (!buyer.value.text || shipToBlocks.has(buyer.value.text));
  if (buyer && !shipToCopy) {
    d.buyerName = buyer.value.name;
    d.fields.buyerName = buyer.trace;
    d.buyerIds = buyer.value.ids;
    if (buyer.value.text) buyerEmailIn(d, doc, buyer.value.text.split('\n'));
  }
  if (!d.buyerName) {
    // No "Bill to" label: the block the template names for the client (#client-details, .customer…).
    const blocks = Array.from(doc.querySelectorAll('[class],[id]'))
      .slice(0, 600)
      .filter(
        (el) =>
          BUYER_CLASS.test(`${el.getAttribute('class') ?? ''} ${el.id}`) &&
          !/ship|deliver|livr|wrapper|container-fluid/i.test(
            `${el.getAttribute('class') ?? ''} ${el.id}`,
          ) &&
          // The customer's notes are what they wrote, not who they are (WooCommerce PDF Invoices'
          // div.customer-notes under "Customer Notes:").
          !NOTES_CLASS.test(`${el.getAttribute('class') ?? ''} ${el.id}`) &&
          !hidden(el),
      );
    for (const block of blocks) {
      const lines = blockLines(block, hidden);
      const name =
        lines.length && lines.length <= 14 && !isLabelText(lines[0]!) ? nameOfBlock(lines) : null;
      // The same name as the ship-to is the buyer's when this block is not the ship-to block
      // itself: shops bill and ship the same person at two addresses (WooCommerce PDF Invoices'
      // td.billing-address beside td.shipping-address).
      if (
        !name ||
        (shipTo.has(name) &&
          (shipToBlocks.has(lines.join('\n')) || lines.some((l) => shipToLabel(l))))
      )
        continue;
      d.buyerName = name;
      d.fields.buyerName = {
        confidence: 0.7,
        where: `block ${block.id ? `#${block.id}` : `.${(block.getAttribute('class') ?? '').split(/\s+/)[0]}`}`,
      };
      d.buyerIds = legalIds(lines.join('\n'));
      buyerEmailIn(d, doc, lines);
      break;
    }
  }
  if (!d.buyerName) {
    // No label and no client class: an <address> of the document's body that is nobody else's, the
    // recipient's block where letters and invoices put it (Odoo's report_invoice_document: the
    // partner's <address> beside the title). One such block only; header, footer and the
    // company's or a delivery block's addresses are not the buyer's. To confirm.
    const addresses = Array.from(doc.querySelectorAll('address')).filter((el) => {
      if (hidden(el)) return false;
      for (
        let a: Element | null = el;
        a && a.tagName.toUpperCase() !== 'BODY';
        a = a.parentElement
      ) {
        const tag = a.tagName.toUpperCase();
        const names = `${a.getAttribute('class') ?? ''} ${a.id}`;
        if (
          tag === 'HEADER' ||
          tag === 'FOOTER' ||
          /(?:^|\s)(?:header|footer)(?:$|\s)/i.test(names) ||
          (PARTY_CLASS.test(names) && !BUYER_CLASS.test(names)) ||
          /ship|deliver|livr/i.test(names)
        )
          return false;
      }
      return true;
    });
    const lines = addresses.length === 1 ? blockLines(addresses[0]!, hidden) : [];
    const name =
      lines.length && lines.length <= 10 && !isLabelText(lines[0]!) ? nameOfBlock(lines) : null;
    if (name && !shipTo.has(name) && name !== seller?.value.name) {
      d.buyerName = name;
      d.fields.buyerName = { confidence: 0.6, where: 'the <address> block of the document' };
      d.buyerIds = legalIds(lines.join('\n'));
      buyerEmailIn(d, doc, lines);
    }
  }
  if (seller && seller.value.name !== d.buyerName) {
    d.sellerName = seller.value.name;
    d.fields.sellerName = seller.trace;
    d.sellerIds = seller.value.ids;
    if (!d.sellerIds.length && doc.body) idsInSellerBlock(bodyView(doc.body, hidden), d);
    return;
  }
  // The company block: an element named for it (class or id "company", "seller", "from"…), else the first
  // name at the top of the document with an address under it.
  const named = Array.from(doc.querySelectorAll('[class],[id]'))
    .slice(0, 400)
    .filter(
      (el) =>
        PARTY_CLASS.test(`${el.getAttribute('class') ?? ''} ${el.id}`) &&
        !hidden(el) &&
        !inBuyerBlock(el) &&
        !/client|customer|buyer|bill-?to|recipient|ship/i.test(
          `${el.getAttribute('class') ?? ''} ${el.id}`,
        ),
    );
  for (const el of named) {
    const lines = blockLines(el, hidden);
    if (!lines.length || lines.length > 14) continue;
    const name = nameOfBlock(lines);
    if (name && name !== d.buyerName && !INVOICE_WORD.test(name) && !isLabelText(lines[0]!)) {
      d.sellerName = name;
      d.fields.sellerName = {
        confidence: 0.7,
        where: `block .${(el.getAttribute('class') ?? el.id).split(/\s+/)[0]}`,
      };
      d.sellerIds = legalIds(lines.join('\n'));
      // The name in one company block (under the logo), its address and ids in another that
      // names nobody (OS POS's div#company_name and div#company-title): those ids are its own.
      for (const other of d.sellerIds.length ? [] : named) {
        if (other === el || other.contains(el) || el.contains(other)) continue;
        const more = blockLines(other, hidden);
        if (more.length > 14 || (nameOfBlock(more) ?? name) !== name) continue;
        const ids = legalIds(more.join('\n'));
        if (ids.length) {
          d.sellerIds = ids;
          break;
        }
      }
      // The ids may sit in another block under the same name (Shopware's documents/includes/footer.html.twig:
      // the company name, "Tax no:", "VAT Reg.No:"), read as the seller's own block is.
      if (!d.sellerIds.length && doc.body) idsInSellerBlock(bodyView(doc.body, hidden), d);
      return;
    }
  }
  const body = doc.body;
  if (!body) return;
  const view = bodyView(body, hidden);
  if (!firstBlockSeller(view, d)) companyBlockAtTop(view, d);
  if (!d.sellerName) nameOverFooterAddress(view, d);
  if (!d.sellerName) companyFooterLine(view, d);
  if (d.sellerName && !d.sellerIds.length) idsInFooterLine(view, d);
  if (!d.buyerName && d.sellerName) buyerBesideSeller(view, d);
}

/**
 * The buyer's e-mail address: the one address the buyer's block holds, when the document writes
 * it nowhere else (the seller's own address, printed in its block and the footer too, would
 * match every invoice to one client). To confirm: a block's address may be a contact's.
 */
function buyerEmailIn(d: DetectedInvoice, doc: Document, lines: string[]) {
  const email = emailOfBlock(lines);
  if (!email || d.buyerEmail) return;
  const all = (doc.body?.textContent ?? '').toLowerCase();
  if (all.indexOf(email) !== all.lastIndexOf(email)) return;
  d.buyerEmail = email;
  d.fields.buyerEmail = { confidence: 0.65, where: "the buyer's block" };
}

/**
 * An element inside the buyer's or a delivery block (an ancestor named "billing", "customer",
 * "bill-to", "ship-to"…): its "organization" (the address module's span.organization in a
 * Drupal Commerce billing profile) is the buyer's company, not the seller.
 */
function inBuyerBlock(el: Element): boolean {
  for (let a = el.parentElement; a && a.tagName.toUpperCase() !== 'BODY'; a = a.parentElement) {
    const names = `${a.getAttribute('class') ?? ''} ${a.id}`;
    if (
      BUYER_CLASS.test(names) ||
      /(?:^|[\s_-])(?:ship|shipping|delivery)(?:$|[\s_-])/i.test(names)
    )
      return true;
  }
  return false;
}

/**
 * A line at the end of the document that names a company with its legal form, then its address
 * ("Northwind Ceramics LLC · 88 Pottery Row, Asheville, NC 28801 · EIN …"): the merchant's
 * footer text of Drupal Commerce Invoice's invoice type, the legal mentions French invoices end
 * with. The buyer's own line is not it. To confirm.
 */
function companyFooterLine(view: BodyView, d: DetectedInvoice) {
  for (const n of view.texts().slice(-20)) {
    const text = clean(n.nodeValue);
    const parts = text.split(/\s+[·•|–—-]\s+/);
    const name = parts[0]!.trim();
    if (parts.length < 3 || !isNameLine(name) || !LEGAL_FORM.test(` ${name}`)) continue;
    if (name === d.buyerName || !looksLikeParty(parts)) continue;
    d.sellerName = name;
    d.fields.sellerName = { confidence: 0.6, where: 'company line at the end of the document' };
    d.sellerIds = legalIds(text);
    return;
  }
}

/**
 * The company's name alone at the top and its address in the footer, written on one line after
 * the same name ("Atelier Lumière - 5 place Bellecour - 69002 Lyon - France"): PrestaShop's
 * pdf/header.tpl (shop name, date, number) and pdf/footer.tpl ($shop_address, then $shop_details
 * with the legal ids). The name must come before any label and the footer line must hold an
 * address. To confirm.
 */
function nameOverFooterAddress(view: BodyView, d: DetectedInvoice) {
  const texts = view.texts().map((n) => clean(n.nodeValue));
  const tail = texts.slice(-40);
  for (const text of texts.slice(0, 20)) {
    if (isLabelText(text) || isPartyLabel(text) || (d.buyerName && text.includes(d.buyerName)))
      return;
    if (!isNameLine(text) || INVOICE_WORD.test(text) || text === d.invoiceNumber) continue;
    const at = tail.findIndex((t) => t.startsWith(`${text} - `) || t.startsWith(`${text}, `));
    if (at < 0) continue;
    const parts = tail[at]!.split(/\s+-\s+|,\s+/);
    if (parts.length < 3 || !looksLikeParty(parts)) continue;
    d.sellerName = text;
    d.fields.sellerName = {
      confidence: 0.6,
      where: 'company name at the top, its address in the footer',
    };
    d.sellerIds = legalIds(tail.slice(at, at + 6).join('\n'));
    return;
  }
}

/**
 * Two totals with a discount printed between them, the later one the earlier less that discount:
 * Thelia's pdf invoice ("Taxed total" 84,00 €, "Discount with tax" 8,40 €, "Total" 75,60 €). The later
 * one is the total. Kept to confirm: an early-payment discount printed under the total reads alike.
 */
function totalAfterDiscount(
  totals: { value: ParsedAmount; trace: FieldTrace; el: Element }[],
  discounts: { fig: Figure; el: Element }[] | undefined,
) {
  if (!discounts?.length) return null;
  const before = (a: Element, b: Element) =>
    a !== b && !!(a.compareDocumentPosition(b) & 4 /* Node.DOCUMENT_POSITION_FOLLOWING */);
  for (const a of totals)
    for (const b of totals) {
      if (!before(a.el, b.el) || a.value.currency !== b.value.currency) continue;
      const between = discounts.filter((x) => before(a.el, x.el) && before(x.el, b.el));
      const off = between.reduce((n, x) => n + x.fig.minor, 0);
      if (between.length && off > 0 && a.value.minor - off === b.value.minor) return b;
    }
  return null;
}

/**
 * The ids under the seller's name in its own block, when its label gave the name alone (Sylius
 * Invoicing's "<h6>Seller</h6><strong>name</strong><br/>street<br/>…<br/>tax id"): the smallest
 * enclosing block of the name, without the buyer's name, read whole.
 */
function idsInSellerBlock(view: BodyView, d: DetectedInvoice) {
  const { body, hidden } = view;
  const node = view.texts().find((n) => clean(n.nodeValue) === d.sellerName);
  let el = node?.parentElement ?? null;
  for (let depth = 0; el && el !== body && depth < 3; depth++, el = el.parentElement) {
    const lines = blockLines(el, hidden);
    if (lines.length > 10 || (d.buyerName && lines.some((l) => l.includes(d.buyerName!)))) return;
    const ids = legalIds(lines.join('\n'));
    if (ids.length) {
      d.sellerIds = ids;
      return;
    }
  }
}

/**
 * The legal mentions at the foot of the document, in a line that starts with the seller's name
 * ("La Brûlerie des Canuts SAS au capital de 8 000 € – SIRET 853 214 967 00019 – TVA …": the
 * footer text of WooCommerce PDF Invoices, of shops' and freelancers' templates): the seller's ids.
 * A line that does not name the seller first may be anybody's, and is not read.
 */
function idsInFooterLine(view: BodyView, d: DetectedInvoice) {
  const seller = d.sellerName!;
  for (const n of view.texts().slice(-20)) {
    const text = clean(n.nodeValue);
    // The name itself, not a longer word that begins like it.
    if (!text.startsWith(seller) || /[\p{L}\d]/u.test(text.charAt(seller.length))) continue;
    const ids = legalIds(text);
    if (ids.length) {
      d.sellerIds = ids;
      return;
    }
  }
}

/**
 * Two party blocks side by side in one table row and no label on either: the sender's company
 * on the left, the recipient on the right, as letters and the common HTML invoice templates lay
 * them out (Kill Bill's HtmlInvoiceTemplate.mustache, from sparksuite's "invoice-box": the
 * company strings in the first cell, the account in the last). The row must hold exactly two
 * filled cells, the other one a name over an address. To confirm.
 */
function buyerBesideSeller(view: BodyView, d: DetectedInvoice) {
  const { hidden } = view;
  const node = view
    .texts()
    .slice(0, 80)
    .find((n) => clean(n.nodeValue) === d.sellerName);
  const cell = node?.parentElement?.closest('td, th');
  const row = cell?.parentElement;
  if (!cell || !row) return;
  const filled = Array.from(row.children).filter(
    (c) => !hidden(c) && blockLines(c, hidden).length > 0,
  );
  if (filled.length !== 2 || !filled.includes(cell)) return;
  const lines = blockLines(
    filled.find((c) => c !== cell)!,
    hidden,
  );
  if (!lines.length || lines.length > 10 || lines.some(isPartyLabel)) return;
  const name = nameOfBlock(lines);
  if (!name || name !== lines[0] || name === d.sellerName || !looksLikeParty(lines)) return;
  d.buyerName = name;
  d.fields.buyerName = { confidence: 0.6, where: 'the block beside the seller’s, no label' };
  d.buyerIds = legalIds(lines.join('\n'));
}

/**
 * A block at the top that repeats the street or e-mail of the buyer's block is the buyer's address
 * printed twice, not a sender: Saleor's invoice.html puts the billing address's company, street,
 * city and the customer's e-mail at the top left, and the shop's own address nowhere.
 */
function buyersOwnAddress(all: string[], block: string[], d: DetectedInvoice): boolean {
  if (!d.buyerName) return false;
  const at = all.findIndex((l) => l.includes(d.buyerName!));
  if (at < 0) return false;
  const buyer = new Set(all.slice(at, at + 10));
  // Two parties in one town share a "69002 Lyon" line: it takes a street or an e-mail and one more line.
  const shared = block.filter((l) => buyer.has(l));
  return (
    shared.length >= 2 &&
    shared.some((l) => EMAIL_LINE.test(l) || (isAddressLine(l) && !/^\d{4,5}(?:\s|$)/.test(l)))
  );
}
const EMAIL_LINE = /^\S+@\S+\.\S+$/;

/** The seller as the document's first lines give it: a name over an address, before any label. */
function firstBlockSeller(view: BodyView, d: DetectedInvoice) {
  const all = view.lines();
  const lines = all.slice(0, 14);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (isLabelText(line) || (d.buyerName && line.includes(d.buyerName))) break;
    if (INVOICE_WORD.test(line) || !isNameLine(line)) continue;
    if (
      looksLikeParty(lines.slice(i, i + 4)) &&
      !lines.slice(i + 1, i + 4).some((l) => isLabelText(l))
    ) {
      if (buyersOwnAddress(all, lines.slice(Math.max(0, i - 2), i + 6), d)) return false;
      d.sellerName = line;
      d.fields.sellerName = { confidence: 0.6, where: 'first block of the document' };
      const to = d.buyerName ? -1 : recipientAfterSender(all, i + 1, d);
      // The ids printed between the two addresses are on the sender's side of the letter.
      d.sellerIds = legalIds(all.slice(i, to > i ? to : i + 8).join('\n'));
      return true;
    }
    break;
  }
  return false;
}

/**
 * A letter's layout with no "Bill to": the sender's block first, then the recipient's, a name
 * over an address, before the title (ProjeQtOr's bill report: the issuer's address, then the
 * reference box, then the client contact's address, then "FACTURE"). Labels and their values
 * between the two are skipped. The name is to confirm. Returns the recipient's line, or -1.
 */
function recipientAfterSender(lines: string[], from: number, d: DetectedInvoice): number {
  for (let j = from; j < Math.min(lines.length, from + 30); j++) {
    const line = lines[j]!;
    if (INVOICE_WORD.test(line) || isPartyLabel(line)) return -1;
    // "tax number :": a text ending with a colon is a label, known or not, and the next line its value.
    if (/[:：]\s*$/.test(line)) {
      j++;
      continue;
    }
    if (isLabelText(line)) continue;
    if (line === d.invoiceNumber || line === d.sellerName || !isNameLine(line)) continue;
    const next = lines.slice(j + 1, j + 5);
    const end = next.findIndex((l) => isLabelText(l) || INVOICE_WORD.test(l));
    const block = end < 0 ? next : next.slice(0, end);
    if (!block.slice(0, 2).some(isAddressLine)) continue;
    d.buyerName = line;
    d.fields.buyerName = { confidence: 0.6, where: 'the address block after the sender’s' };
    d.buyerIds = legalIds(lines.slice(j, j + 8).join('\n'));
    return j;
  }
  return -1;
}

const shipToLabel = (line: string) => labelField(line.replace(/[:：]\s*$/, '')) === 'shipTo';

const isPartyLabel = (line: string) => {
  const f = labelField(line.replace(/[:：]\s*$/, ''));
  return f === 'buyer' || f === 'shipTo' || f === 'seller';
};

/**
 * The company block when nothing names it and it is not the document's first lines: the first
 * name before the buyer's block whose enclosing block (climbing a few levels, while it stays
 * small) has that name as its first name and an address, an e-mail or a legal id under it, and
 * holds no party label nor the buyer's name. Templates put the company beside the title, the
 * number or the dates (Bigcapital's address group, Invoify's header, Frappe Books' header).
 */
function companyBlockAtTop(view: BodyView, d: DetectedInvoice) {
  const { body, hidden } = view;
  const nameLike = (l: string) => isNameLine(l) && !INVOICE_WORD.test(l) && l !== d.invoiceNumber;
  const nodes = view.texts();
  for (const node of nodes.slice(0, 60)) {
    const text = clean(node.nodeValue);
    if (isPartyLabel(text) || (d.buyerName && text.includes(d.buyerName))) return;
    if (node.parentElement!.closest('th, thead')) return;
    if (!nameLike(text)) continue;
    let el: Element | null = node.parentElement;
    for (let depth = 0; el && el !== body && depth < 5; depth++, el = el.parentElement) {
      const lines = blockLines(el, hidden);
      if (lines.length > 12 || lines.some(isPartyLabel)) break;
      if (d.buyerName && lines.some((l) => l.includes(d.buyerName!))) break;
      // "Greenleaf Web Works <span>Invoice</span>": the name may lead a line.
      const at = lines.findIndex((l) => l === text || l.startsWith(`${text} `));
      if (at < 0 || lines.findIndex(nameLike) !== at) break;
      if (looksLikeParty(lines.slice(at, at + 6))) {
        if (buyersOwnAddress(view.lines(), lines, d)) return;
        d.sellerName = text;
        d.fields.sellerName = {
          confidence: 0.6,
          where: 'company block at the top of the document',
        };
        d.sellerIds = legalIds(lines.join('\n'));
        return;
      }
    }
  }
}

/**
 * The issue date a document shows without a label, or null: the one date outside its items, else
 * the date written right under the invoice number ("Invoice 2026-0042<br>November 3, 2026"). To confirm.
 */
function onlyDate({
  root,
  hidden,
  items,
  lang,
  invoiceNumber,
}: {
  root: Element | null;
  hidden: (el: Element) => boolean;
  items: ItemTables;
  lang: string | undefined;
  invoiceNumber: string | null;
}): (NonNullable<ReturnType<typeof parseDate>> & { afterNumber: boolean }) | null {
  if (!root) return null;
  let found: ReturnType<typeof parseDate> = null;
  let several = false;
  let afterNumber: ReturnType<typeof parseDate> = null;
  let previous = '';
  for (const node of visibleTextNodes(root, hidden)) {
    const text = clean(node.nodeValue);
    const before = previous;
    previous = text;
    if (text.length < 6 || text.length > 30 || !/\d/.test(text)) continue;
    const tr = node.parentElement!.closest('tr');
    if (tr && items.itemRows.has(tr)) continue;
    const p = parseDate(text, { lang });
    if (!p || p.raw.length < text.length - 2) continue;
    if (invoiceNumber && !afterNumber && before.includes(invoiceNumber)) afterNumber = p;
    if (found && found.date !== p.date) several = true;
    found ??= p;
  }
  if (found && !several) return { ...found, afterNumber: false };
  return afterNumber ? { ...afterNumber, afterNumber: true } : null;
}

function isGeneric(label: string): boolean {
  return GENERIC.has(normalize(label).replace(/[\s:#]+$/, ''));
}
