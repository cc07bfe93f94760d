import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseHtmlInNode } from '../cli/node-dom';
import { detectedJson } from './detected';
import { scanPage } from './page';

const dir = join(import.meta.dirname, '../../tests/fixtures/pages');
const load = (name: string) => scanPage(parseHtmlInNode(readFileSync(join(dir, name), 'utf8')));

type Expected = Partial<ReturnType<typeof detectedJson>>;
/** Expected values, written by hand from each fixture. */
const CASES: { file: string; kind: 'invoice' | 'list' | 'none'; invoices: Expected[] }[] = [
  { file: 'fr-generic-invoice.html', kind: 'invoice', invoices: [{ invoiceNumber: 'FA-2026-0142', issueDate: '2026-10-02', dueDate: '2026-11-01', currency: 'EUR', totalWithTax: '2400.00', amountDue: '1800.00', buyerName: 'Menuiserie Lefèvre' }] },
  { file: 'en-us-invoice.html', kind: 'invoice', invoices: [{ invoiceNumber: 'INV-00731', issueDate: '2026-10-05', dueDate: '2026-11-04', currency: 'USD', totalWithTax: '1944.00', amountDue: '1944.00', buyerName: 'Harbor Street Coffee LLC' }] },
  { file: 'stripe-hosted-invoice.html', kind: 'invoice', invoices: [{ invoiceNumber: '8C1F2A9B-0004', issueDate: '2026-11-15', dueDate: '2026-12-15', currency: 'EUR', amountDue: '3250.00' }] },
  { file: 'jsonld-invoice.html', kind: 'invoice', invoices: [{ invoiceNumber: '2026-INV-0099', dueDate: '2026-12-01', currency: 'EUR', amountDue: '845.50', buyerName: 'Atelier Bois & Co', sellerName: 'Studio Graphique Nord', status: 'overdue', buyerEmail: 'compta@bois-co.example' }] },
  { file: 'microdata-invoice.html', kind: 'invoice', invoices: [{ invoiceNumber: 'UK-7781', dueDate: '2026-10-30', currency: 'GBP', amountDue: '1250.00', buyerName: 'Bristol Print Works Ltd' }] },
  {
    file: 'dolibarr-like-list.html',
    kind: 'list',
    invoices: [
      { invoiceNumber: 'FA2609-0012', buyerName: 'Boulangerie Martin', issueDate: '2026-09-01', dueDate: '2026-10-01', totalWithTax: null, amountDue: null, status: 'overdue' },
      { invoiceNumber: 'FA2609-0013', dueDate: '2026-10-15' },
      { invoiceNumber: 'FA2610-0014', dueDate: '2026-11-02', status: 'paid' },
    ],
  },
  {
    file: 'aria-grid-list.html',
    kind: 'list',
    invoices: [
      { invoiceNumber: 'INV-2041', buyerName: 'Kestrel Design', dueDate: '2026-11-05', currency: 'GBP', amountDue: '450.00', status: 'overdue' },
      { invoiceNumber: 'INV-2042', buyerName: 'Fenwick & Co', dueDate: '2026-12-20', currency: 'GBP', amountDue: '1125.00', status: 'open' },
    ],
  },
  { file: 'terms-invoice.html', kind: 'invoice', invoices: [{ invoiceNumber: '2026-0457', issueDate: '2026-10-15', dueDate: '2026-11-30', dueDateSource: 'terms', currency: 'EUR', amountDue: '3180.00', buyerName: 'Imprimerie Delorme' }] },
  {
    file: 'td-header-list.html',
    kind: 'list',
    invoices: [
      { invoiceNumber: 'SI-1001', buyerName: 'Marlow Joinery', dueDate: '2026-10-31', currency: 'GBP', totalWithTax: '1250.00', status: 'overdue' },
      { invoiceNumber: 'SI-1002', dueDate: '2026-11-11', currency: 'GBP', amountDue: '0.00', status: 'paid' },
    ],
  },
  { file: 'no-invoice.html', kind: 'none', invoices: [] },
];

const tally = new Map<string, { tp: number; fp: number; fn: number }>();
function score(field: string, expected: unknown, actual: unknown) {
  const t = tally.get(field) ?? { tp: 0, fp: 0, fn: 0 };
  if (expected === null || expected === undefined) {
    if (actual !== null && actual !== undefined) t.fp++;
  } else if (actual === expected) t.tp++;
  else if (actual === null || actual === undefined) t.fn++;
  else {
    t.fp++;
    t.fn++;
  }
  tally.set(field, t);
}

describe('page detection on fixtures', () => {
  for (const c of CASES) {
    it(`${c.file}: ${c.kind}, ${c.invoices.length} invoice(s)`, () => {
      const scan = load(c.file);
      expect(scan.kind).toBe(c.kind);
      expect(scan.invoices).toHaveLength(c.invoices.length);
      c.invoices.forEach((exp, i) => {
        const got = detectedJson(scan.invoices[i]!);
        for (const [k, v] of Object.entries(exp)) score(k, v, got[k as keyof typeof got]);
        const comparable = Object.fromEntries(Object.keys(exp).map((k) => [k, got[k as keyof typeof got]]));
        expect(comparable).toEqual(exp);
      });
    });
  }

  it('an amount without a currency is left without one, never guessed', () => {
    const scan = load('dolibarr-like-list.html');
    expect(scan.invoices[0]!.currency).toBeNull();
    expect(scan.invoices[0]!.totalWithTax).toBe(120_000);
    expect(scan.invoices[0]!.amountDue).toBe(70_000);
  });

  it.each([
    ['fr', 'Montant restant dû', '640,00 €', 'Échéance de paiement', '15/12/2026', '640.00', 'EUR'],
    ['fr', 'Reste à régler', '1 020,50 €', 'Date d’échéance', '01/12/2026', '1020.50', 'EUR'],
    ['fr', 'Net à payer TTC', '2 400,00 €', 'Échéance', '30/11/2026', '2400.00', 'EUR'],
    ['en-US', 'Balance Due (USD)', '$1,250.00', 'Due Date', '12/15/2026', '1250.00', 'USD'],
    ['en', 'Total amount due', '£880.00', 'Payment due date', '15/12/2026', '880.00', 'GBP'],
  ])('reads "%s" labels: %s / %s', (lang, dueLabel, amount, dateLabel, date, want, currency) => {
    const doc = parseHtmlInNode(`<html lang="${lang}"><body><h1>Invoice</h1><table><tr><td>Invoice No.</td><td>X-2026-7</td></tr><tr><td>Total</td><td>${amount}</td></tr><tr><td>${dateLabel}</td><td>${date}</td></tr><tr><td>${dueLabel}</td><td>${amount}</td></tr></table></body></html>`);
    const scan = scanPage(doc);
    expect(detectedJson(scan.invoices[0]!)).toMatchObject({ invoiceNumber: 'X-2026-7', amountDue: want, currency });
    expect(scan.invoices[0]!.fields.amountDue?.where).toBe(`label "${dueLabel}"`);
    expect(scan.invoices[0]!.dueDate).toMatch(/^2026-(11|12)-\d\d$/);
  });

  it('an ambiguous date is read from the language and flagged', () => {
    const scan = load('ambiguous-date.html');
    expect(scan.kind).toBe('invoice');
    const d = scan.invoices[0]!;
    expect(d.dueDate).toBe('2026-04-03');
    expect(d.fields.dueDate!.confidence).toBeLessThan(0.7);
    expect(d.warnings.map((w) => w.en).join()).toMatch(/could be 2026-04-03 or 2026-03-04/);
    expect(d.warnings.map((w) => w.fr).join()).toMatch(/Échéance « 03\/04\/2026 » : le 3 avril 2026 ou le 4 mars 2026 \? Lue comme le 3 avril 2026/);
  });

  it('a page with no invoice says so', () => {
    expect(load('no-invoice.html').warnings[0]?.en).toMatch(/No invoice found/);
    expect(load('no-invoice.html').warnings[0]?.fr).toMatch(/Aucune facture sur cette page/);
  });

  it('script payloads stay text', () => {
    const d = load('xss-invoice.html').invoices[0]!;
    expect(d.invoiceNumber).toBe('XSS-2026-1');
    expect(d.buyerName).toContain('<img');
  });

  afterAll(() => {
    const rows = [...tally].map(([field, t]) => {
      const precision = t.tp + t.fp ? t.tp / (t.tp + t.fp) : 1;
      const recall = t.tp + t.fn ? t.tp / (t.tp + t.fn) : 1;
      return `${field.padEnd(14)} precision ${(precision * 100).toFixed(0).padStart(3)} %  recall ${(recall * 100).toFixed(0).padStart(3)} %  (${t.tp} right, ${t.fp} wrong, ${t.fn} missed)`;
    });
    console.log(`Page detection over ${CASES.length} fixtures:\n${rows.join('\n')}`);
  });
});
