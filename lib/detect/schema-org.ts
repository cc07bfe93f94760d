import { emptyDetected, finalizeConfidence, type DetectedInvoice } from './invoice-reading';
import { parseAmount } from './parse-amount';
import { parseDate } from './parse-date';
import { currencyExponent, isCurrencyCode } from '../model/money';

/**
 * schema.org `Invoice` in JSON-LD or microdata: paymentDueDate (and the older
 * paymentDue), totalPaymentDue, paymentStatus (PaymentPastDue, PaymentComplete…),
 * customer, provider/broker, confirmationNumber or identifier.
 */
type Json = Record<string, unknown>;

function isInvoice(o: unknown): o is Json {
  if (!o || typeof o !== 'object') return false;
  const t = (o as Json)['@type'];
  return (
    t === 'Invoice' ||
    (Array.isArray(t) && t.includes('Invoice')) ||
    (typeof t === 'string' && /schema\.org\/Invoice$/.test(t))
  );
}

function collect(o: unknown, out: Json[], depth = 0): void {
  if (depth > 6 || !o || typeof o !== 'object') return;
  if (Array.isArray(o)) {
    for (const x of o.slice(0, 200)) collect(x, out, depth + 1);
    return;
  }
  if (isInvoice(o)) out.push(o);
  for (const k of ['@graph', 'mainEntity', 'itemListElement', 'item'])
    if (k in o) collect((o as Json)[k], out, depth + 1);
}

function str(v: unknown): string | null {
  if (typeof v === 'string') return v.trim() || null;
  if (typeof v === 'number') return String(v);
  if (v && typeof v === 'object') {
    const o = v as Json;
    return str(o.name ?? o.value ?? o['@value'] ?? o.identifier);
  }
  return null;
}

function money(v: unknown, d: DetectedInvoice, lang?: string): number | null {
  if (v === undefined || v === null) return null;
  if (typeof v === 'object' && !Array.isArray(v)) {
    const o = v as Json;
    const cur = str(o.priceCurrency ?? o.currency);
    if (cur && isCurrencyCode(cur)) d.currency ??= cur;
    return money(o.price ?? o.value ?? o.amount, d, lang);
  }
  const text = String(v).trim();
  // schema.org numbers use a dot: "1200.00".
  const m = /^(\d+)(?:\.(\d+))?$/.exec(text);
  if (m && d.currency) {
    const exp = currencyExponent(d.currency);
    return Number(m[1]) * 10 ** exp + Number((m[2] ?? '').slice(0, exp).padEnd(exp, '0') || '0');
  }
  const p = parseAmount(text, { lang, currency: d.currency ?? undefined });
  if (p?.currency) d.currency ??= p.currency;
  return p?.minor ?? null;
}

const STATUS: Record<string, DetectedInvoice['status']> = {
  PaymentComplete: 'paid',
  PaymentPastDue: 'overdue',
  PaymentDue: 'open',
  PaymentAutomaticallyApplied: 'paid',
  PaymentDeclined: 'open',
};

function fromObject(o: Json, lang: string | undefined, where: string): DetectedInvoice {
  const d = emptyDetected();
  d.invoiceNumber =
    str(o.confirmationNumber) ?? str(o.identifier) ?? str(o.accountId) ?? str(o.name);
  const due = str(o.paymentDueDate) ?? str(o.paymentDue);
  const dd = due ? parseDate(due, { lang }) : null;
  if (dd) {
    d.dueDate = dd.date;
    d.dueDateSource = 'label';
    d.fields.dueDate = { confidence: dd.ambiguous ? 0.5 : 1, where };
  }
  const cur = str(o.priceCurrency);
  if (cur && isCurrencyCode(cur)) d.currency = cur;
  d.amountDue = money(o.totalPaymentDue, d, lang) ?? money(o.minimumPaymentDue, d, lang);
  d.totalWithTax = d.amountDue;
  const status = str(o.paymentStatus)?.replace(/^.*\//, '');
  if (status && STATUS[status]) d.status = STATUS[status]!;
  if (d.status === 'paid') d.amountDue = 0;
  d.buyerName = str(o.customer);
  d.sellerName = str(o.provider) ?? str(o.broker) ?? str(o.seller);
  const customer = o.customer as Json | undefined;
  if (customer && typeof customer === 'object') d.buyerEmail = str(customer.email);
  const issued = str(o.dateCreated) ?? str(o.dateIssued) ?? str(o.billingPeriod);
  const id = issued ? parseDate(issued, { lang }) : null;
  if (id && !id.ambiguous) d.issueDate = id.date;
  for (const f of [
    'invoiceNumber',
    'amountDue',
    'totalWithTax',
    'buyerName',
    'sellerName',
    'issueDate',
  ] as const)
    if (d[f] !== null) d.fields[f] = { confidence: 0.95, where };
  return finalizeConfidence(d);
}

export function readJsonLd(doc: Document, lang?: string): DetectedInvoice[] {
  const found: Json[] = [];
  for (const s of Array.from(doc.querySelectorAll('script[type="application/ld+json"]')).slice(
    0,
    20,
  )) {
    const text = s.textContent ?? '';
    if (text.length > 1_000_000) continue;
    try {
      collect(JSON.parse(text), found);
    } catch {
      // A broken JSON-LD block is the page's problem; labels still get a chance.
    }
  }
  return found.map((o) => fromObject(o, lang, 'schema.org JSON-LD'));
}

export function readMicrodata(doc: Document, lang?: string): DetectedInvoice[] {
  return Array.from(doc.querySelectorAll('[itemscope][itemtype*="schema.org/Invoice"]'))
    .slice(0, 50)
    .map((scope) =>
      fromObject({ '@type': 'Invoice', ...itemProps(scope) }, lang, 'schema.org microdata'),
    );
}

/** The properties an item owns directly; a nested item becomes an object. */
function itemProps(scope: Element, depth = 0): Json {
  const o: Json = {};
  for (const el of Array.from(scope.querySelectorAll('[itemprop]'))) {
    const owner = el.parentElement?.closest('[itemscope]');
    if (owner !== scope) continue;
    const prop = el.getAttribute('itemprop')!;
    if (prop in o) continue;
    o[prop] =
      el.hasAttribute('itemscope') && depth < 3
        ? { name: null, ...itemProps(el, depth + 1) }
        : valueOf(el);
  }
  return o;
}

function textOf(el: Element): string {
  return (el.textContent ?? '').replace(/\s+/g, ' ').trim();
}

function valueOf(el: Element): string {
  return (
    el.getAttribute('content') ??
    el.getAttribute('datetime') ??
    el.getAttribute('value') ??
    textOf(el)
  );
}
