import { emptyDetected, finalizeConfidence, type DetectedInvoice, type FieldTrace, fieldName } from './detected';
import { labelField, normalize, splitLabel, statusWord, type LabelField, type StatusWord } from './labels';
import { parseNumber } from './invoice-number';
import { readInvoiceList } from './list';
import { parseAmount } from './parse-amount';
import { parseDate } from './parse-date';
import { dueDateFromTerms } from './payment-terms';
import { readJsonLd, readMicrodata } from './schema-org';
import { readWithSites } from './sites';
import { bilingual, type Text as Said, fr as french } from '../model/text';

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

const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'HEAD', 'TEXTAREA', 'SELECT', 'OPTION']);
/** Labels too common to trust alone ("Date", "Total"): a specific label wins over them. */
const GENERIC = new Set(['date', 'data', 'datum', 'fecha', 'total', 'montant', 'amount', 'number', 'numero', 'reference', 'to', 'balance', 'solde', 'due', 'importe', 'importo', 'bedrag', 'totaal', 'summe', 'facture', 'invoice', 'factura', 'fattura', 'factuur', 'rechnung', 'client', 'customer', 'societe', 'paid', 'paye', 'a payer', 'remaining']);

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
  if (site.app) return { kind: site.invoices.length > 1 ? 'list' : site.invoices.length ? 'invoice' : 'none', invoices: site.invoices, warnings: site.warnings, lang, app: site.app };
  const warnings: Said[] = [...site.warnings];
  const list = readInvoiceList(doc, lang);
  if (list.length >= 2) return { kind: 'list', invoices: list, warnings, lang };
  const structured = [...readJsonLd(doc, lang), ...readMicrodata(doc, lang)].filter((d) => d.invoiceNumber || d.amountDue !== null);
  if (structured.length > 1) return { kind: 'list', invoices: structured, warnings, lang };
  const fromLabels = readLabelledInvoice(doc, lang);
  const single = structured[0] ? mergeInto(structured[0], fromLabels) : fromLabels;
  if (single && single.invoiceNumber && (single.amountDue !== null || single.totalWithTax !== null || single.dueDate)) {
    return { kind: 'invoice', invoices: [single], warnings, lang };
  }
  if (list.length === 1) return { kind: 'list', invoices: list, warnings, lang };
  warnings.push(
    single?.invoiceNumber
      ? bilingual(`Facture n° ${single.invoiceNumber} trouvée, mais aucun montant ni échéance à côté d’un libellé de cette page`, `Found invoice number ${single.invoiceNumber} but no amount or due date next to a label this page uses`)
      : bilingual('Aucune facture sur cette page : ni facture schema.org, ni tableau de factures, ni numéro de facture avec son libellé', 'No invoice found on this page: no schema.org Invoice, no invoice table, no labelled invoice number'),
  );
  return { kind: 'none', invoices: [], warnings, lang };
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
  field: LabelField;
  value: string;
  label: string;
  generic: boolean;
  order: number;
}

function clean(text: string | null | undefined): string {
  return (text ?? '').replace(/[\s\u00a0\u202f]+/g, ' ').trim();
}

const BLOCK = /^(P|DIV|LI|TR|TD|TH|DD|DT|H[1-6]|SECTION|ARTICLE|ADDRESS|TABLE|UL|OL)$/;

/** Text of an element with its line breaks (<br>, blocks) kept as "\n". */
function textWithBreaks(el: Element): string {
  let out = '';
  const walk = (n: Node) => {
    for (const c of Array.from(n.childNodes)) {
      if (c.nodeType === 3) out += c.nodeValue ?? '';
      else if (c.nodeType === 1) {
        const tag = (c as Element).tagName.toUpperCase();
        if (tag === 'BR') out += '\n';
        else if (!SKIP.has(tag)) {
          if (BLOCK.test(tag)) out += '\n';
          walk(c);
          if (BLOCK.test(tag)) out += '\n';
        }
      }
    }
  };
  walk(el);
  return out.split('\n').map((l) => clean(l)).filter(Boolean).join('\n');
}

function visibleTextNodes(root: Node): Text[] {
  const out: Text[] = [];
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, 4 /* SHOW_TEXT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const parent = n.parentElement;
    if (!parent || SKIP.has(parent.tagName.toUpperCase()) || parent.closest('[hidden],[aria-hidden="true"],script,style,template')) continue;
    if (/\S/.test(n.nodeValue ?? '')) out.push(n as Text);
  }
  return out;
}

/** Values next to a label element: the rest of its line, the next cell, the next <dd>, the next sibling. */
function valuesNear(labelEl: Element, labelText: string): string[] {
  const out: string[] = [];
  let cur: Element | null = labelEl;
  for (let depth = 0; cur && depth < 4; depth++) {
    const own = clean(cur.textContent);
    if (own.length > labelText.length + 1 && own.length < 200) {
      const i = own.indexOf(labelText);
      const rest = clean(i >= 0 ? own.slice(i + labelText.length) : '').replace(/^[:：\-–]\s*/, '');
      if (rest) out.push(rest);
      break;
    }
    const next = cur.nextElementSibling;
    if (next) {
      const t = textWithBreaks(next);
      if (t && t.length < 300) out.push(t);
    }
    if (cur.tagName === 'DT' || cur.tagName === 'TH' || cur.tagName === 'TD' || next) break;
    cur = cur.parentElement;
  }
  // A header cell above its value (horizontal key/value tables).
  const cell = labelEl.closest('th,td');
  const row = cell?.parentElement;
  if (cell && row && row.parentElement) {
    const index = Array.from(row.children).indexOf(cell);
    const nextRow = row.nextElementSibling ?? row.parentElement.nextElementSibling?.querySelector('tr');
    const below = nextRow?.children[index];
    if (below) out.push(clean(below.textContent));
  }
  return out;
}

const HEADING_NUMBER = /\b(?:facture|invoice|rechnung|factura|fattura|factuur)\s*(?:n\s*[°º]|no\.?|nr\.?|num(?:ero|éro|ber)?|#)?\s*[:\-]?\s*([A-Z]{0,8}[-_/.]?[A-Z0-9]*\d[A-Z0-9\-_/.]*)/iu;

export function readLabelledInvoice(doc: Document, lang?: string): DetectedInvoice | null {
  const root = doc.body ?? doc.documentElement;
  if (!root) return null;
  const nodes = visibleTextNodes(root);
  const candidates: Candidate[] = [];
  let order = 0;
  const statusHits: StatusWord[] = [];
  for (const node of nodes) {
    const text = clean(node.nodeValue);
    if (text.length > 200) continue;
    const parent = node.parentElement!;
    const split = splitLabel(text);
    if (split) candidates.push({ field: split.field, value: split.value, label: text.slice(0, text.length - split.value.length), generic: isGeneric(text.split(/[:：]/)[0]!), order: order++ });
    const field = labelField(text);
    if (field) for (const value of valuesNear(parent, text)) candidates.push({ field, value, label: text, generic: isGeneric(text), order: order++ });
    const status = statusWord(text);
    if (status && /status|badge|label|tag|state|pill|chip|stamp|statut/i.test(`${parent.className} ${parent.parentElement?.className ?? ''}`)) statusHits.push(status);
  }
  const d = emptyDetected();
  const best = new Map<string, { value: unknown; trace: FieldTrace; raw: string }>();
  const conflicts = new Map<string, Set<string>>();
  const consider = (key: string, value: unknown, confidence: number, c: Candidate, raw: string) => {
    const prev = best.get(key);
    if (prev && prev.trace.confidence >= 0.85 && confidence >= 0.85 && JSON.stringify(prev.value) !== JSON.stringify(value)) {
      const set = conflicts.get(key) ?? new Set([prev.raw]);
      set.add(raw);
      conflicts.set(key, set);
    }
    if (!prev || confidence > prev.trace.confidence) best.set(key, { value, trace: { confidence, where: `label "${c.label.trim()}"` }, raw });
  };
  for (const c of candidates) {
    const weight = c.generic ? 0.75 : 1;
    switch (c.field) {
      case 'invoiceNumber': {
        const n = parseNumber(c.value);
        if (n) consider('invoiceNumber', n, 0.95 * weight, c, c.value);
        break;
      }
      case 'issueDate':
      case 'dueDate': {
        const p = parseDate(c.value.slice(0, 40), { lang });
        if (p && c.value.indexOf(p.raw.slice(0, 2)) <= 2) {
          consider(c.field, p, p.confidence * weight * (p.ambiguous ? 0.9 : 1), c, c.value);
        } else if (c.field === 'dueDate' && /\d/.test(c.value) && c.value.length <= 80) {
          consider('terms', c.value.split('\n')[0]!, 0.7 * weight, c, c.value);
        }
        break;
      }
      case 'total':
      case 'amountDue':
      case 'paid': {
        const p = parseAmount(c.value.replace(/\s*(TTC|HT|TVA incl\.?|incl\.? VAT|EUR TTC)\s*$/i, ''), { lang });
        if (p && p.minor >= 0) consider(c.field, p, p.confidence * weight, c, c.value);
        break;
      }
      case 'buyer': {
        const name = c.value.split(/\s{2,}|\n/)[0]!.trim();
        if (c.value.length > 120 && !c.value.includes('\n')) break;
        if (name.length >= 2 && name.length <= 120 && !parseAmount(name) && !parseDate(name)) consider('buyer', name, 0.7 * weight, c, c.value);
        break;
      }
      case 'status': {
        const s = statusWord(c.value);
        if (s) statusHits.unshift(s);
        break;
      }
      case 'terms': {
        if (c.value.length <= 200) consider('terms', c.value.split('\n')[0]!, 0.8 * weight, c, c.value);
        break;
      }
      default:
        break;
    }
  }
  const get = <T,>(k: string) => best.get(k) as { value: T; trace: FieldTrace } | undefined;
  const num = get<string>('invoiceNumber');
  if (num) {
    d.invoiceNumber = num.value;
    d.fields.invoiceNumber = num.trace;
  } else {
    for (const el of [doc.querySelector('h1'), doc.querySelector('h2'), doc.querySelector('title')]) {
      const m = el ? HEADING_NUMBER.exec(clean(el.textContent)) : null;
      if (m && !parseDate(m[1]!)) {
        d.invoiceNumber = m[1]!.replace(/[.,;:]+$/, '');
        d.fields.invoiceNumber = { confidence: 0.8, where: `${el!.tagName.toLowerCase()} "${clean(el!.textContent).slice(0, 40)}"` };
        break;
      }
    }
  }
  for (const k of ['issueDate', 'dueDate'] as const) {
    const v = get<ReturnType<typeof parseDate> & object>(k);
    if (!v) continue;
    d[k] = v.value.date;
    d.fields[k] = v.trace;
    if (v.value.ambiguous) {
      d.warnings.push(bilingual(
        `${k === 'dueDate' ? 'Échéance' : 'Date de facture'} « ${v.value.raw} » : le ${french.longDate(v.value.date)} ou le ${french.longDate(v.value.alternative)} ? Lue comme le ${french.longDate(v.value.date)} d’après la langue de la page — à confirmer`,
        `${k === 'dueDate' ? 'Due date' : 'Issue date'} "${v.value.raw}" could be ${v.value.date} or ${v.value.alternative}; read as ${v.value.date} from the page language — please confirm`,
      ));
    }
  }
  if (d.dueDate) d.dueDateSource = 'label';
  const terms = get<string>('terms');
  if (terms) {
    d.paymentTerms = terms.value;
    if (!d.dueDate) {
      const derived = dueDateFromTerms(terms.value, d.issueDate, lang);
      if (derived) {
        d.dueDate = derived.dueDate;
        d.dueDateSource = 'terms';
        d.dueDateNote = derived.note.en;
        d.fields.dueDate = { confidence: 0.6, where: terms.trace.where };
        d.warnings.push(bilingual(`Échéance ${derived.note.fr} — à confirmer`, `Due date ${derived.note.en} — please confirm`));
      }
    }
  }
  const amt = (k: string) => get<ReturnType<typeof parseAmount> & object>(k);
  const total = amt('total');
  const due = amt('amountDue');
  const paid = amt('paid');
  d.currency = due?.value.currency ?? total?.value.currency ?? paid?.value.currency ?? null;
  if (total) {
    d.totalWithTax = total.value.minor;
    d.fields.totalWithTax = total.trace;
  }
  if (paid) {
    d.paid = paid.value.minor;
    d.fields.paid = paid.trace;
  }
  d.status = statusHits[0] ?? null;
  if (due) {
    d.amountDue = due.value.minor;
    d.fields.amountDue = due.trace;
  } else if (d.status === 'paid' && total) {
    d.amountDue = 0;
    d.fields.amountDue = { confidence: 0.8, where: 'status "paid"' };
  } else if (total) {
    d.amountDue = total.value.minor - (paid?.value.minor ?? 0);
    d.fields.amountDue = { confidence: total.trace.confidence * 0.85, where: `${total.trace.where}${paid ? ' minus paid' : ''}` };
  }
  for (const a of [total, due, paid]) if (a?.value.ambiguous) d.warnings.push(bilingual(`Montant « ${a.value.raw} » ambigu : à confirmer`, `Amount "${a.value.raw}" is ambiguous: please confirm`));
  if (!d.currency && (total || due)) d.warnings.push(bilingual('Aucune devise à côté du montant : à confirmer', 'No currency shown next to the amount: please confirm it'));
  const buyer = get<string>('buyer');
  if (buyer) {
    d.buyerName = buyer.value;
    d.fields.buyerName = buyer.trace;
  }
  for (const [key, values] of conflicts) {
    const trace = d.fields[key as keyof DetectedInvoice];
    if (trace) trace.confidence = Math.min(trace.confidence, 0.5);
    const shown = [...values].slice(0, 3).join(' / ');
    d.warnings.push(bilingual(`La page montre plusieurs valeurs pour ${fieldName(key).fr} : ${shown} — à confirmer`, `The page shows different values for ${fieldName(key).en}: ${shown} — please confirm`));
  }
  if (!d.invoiceNumber && d.amountDue === null && !d.dueDate) return null;
  return finalizeConfidence(d);
}

function isGeneric(label: string): boolean {
  return GENERIC.has(normalize(label).replace(/[\s:#]+$/, ''));
}
