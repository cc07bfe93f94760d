// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { detectedJson } from '../../invoice-reading';
import { scanPage } from '../../page';
import { fixture, fixtureFiles } from '../fixtures';
import { isInvoiceDocument } from './detect';
import { SELECTORS as S } from './selectors';

const FIELDS = [
  'invoiceNumber',
  'issueDate',
  'dueDate',
  'currency',
  'totalWithTax',
  'paid',
  'amountDue',
  'buyerName',
  'sellerName',
  'buyerIds',
  'sellerIds',
  'isCreditNote',
] as const;
const pick = (d: ReturnType<typeof detectedJson>) =>
  Object.fromEntries(FIELDS.map((k) => [k, d[k]]));

describe('Kimai HTML invoice (template "invoice")', () => {
  it('selectors match every fixture as often as invoice.html.twig prints them', () => {
    const tfootRows: Record<string, number> = {
      'invoice-html-fr-2026-08.html': 3,
      'invoice-html-en-2026-08.html': 3,
      'invoice-html-fr-franchise-2026-08.html': 2,
    };
    expect(fixtureFiles('kimai').sort()).toEqual(Object.keys(tfootRows).sort());
    for (const [f, rows] of Object.entries(tfootRows)) {
      const doc = fixture('kimai', f);
      expect(doc.querySelectorAll(S.document), f).toHaveLength(1);
      expect(doc.querySelectorAll(S.parties), f).toHaveLength(2);
      expect(doc.querySelectorAll(S.facts), f).toHaveLength(1);
      expect(doc.querySelectorAll(S.factLabels), f).toHaveLength(3);
      expect(doc.querySelectorAll(S.totalsRows), f).toHaveLength(rows);
    }
  });

  it('reads a French invoice with VAT: number, dates, parties and their VAT ids, total from the totals checked against subtotal + tax', () => {
    const scan = scanPage(fixture('kimai', 'invoice-html-fr-2026-08.html'), {
      url: 'https://kimai.example.com/fr/invoice/download/31',
    });
    expect(scan.app).toBe('Kimai');
    expect(scan.warnings).toEqual([]);
    const [d] = scan.invoices;
    expect(pick(detectedJson(d!))).toEqual({
      invoiceNumber: '2026-031',
      issueDate: '2026-11-02',
      dueDate: '2026-12-02',
      currency: 'EUR',
      totalWithTax: '1260.00',
      paid: null,
      amountDue: '1260.00',
      buyerName: 'Studio Ferrand',
      sellerName: 'Camille Roux Développement',
      buyerIds: ['FR77901234567'],
      sellerIds: ['FR03852741963'],
      isCreditNote: false,
    });
    expect(d!.fields.invoiceNumber!.where).toMatch(/^Kimai: invoice number/);
    expect(d!.fields.totalWithTax!.confidence).toBeGreaterThanOrEqual(0.7);
    // 02/11/2026 reads as 2 November or 11 February: the page's language picks day first, and both dates stay to confirm.
    expect(d!.warnings.map((w) => w.en)).toEqual([
      '2026-031: issue date "02/11/2026" could be 2026-11-02 or 2026-02-11 — please confirm',
      '2026-031: due date "02/12/2026" could be 2026-12-02 or 2026-02-12 — please confirm',
    ]);
    expect(d!.fields.dueDate!.confidence).toBeLessThan(0.7);
  });

  it('reads an English (en_GB) invoice: day-first dates, pounds', () => {
    const [d] = scanPage(fixture('kimai', 'invoice-html-en-2026-08.html')).invoices;
    expect(pick(detectedJson(d!))).toEqual({
      invoiceNumber: 'INV-2026-112',
      issueDate: '2026-11-09',
      dueDate: '2026-11-23',
      currency: 'GBP',
      totalWithTax: '1101.60',
      paid: null,
      amountDue: '1101.60',
      buyerName: 'Harbour Lights Theatre CIC',
      sellerName: 'Owen Pryce Software Ltd',
      buyerIds: ['GB284615937'],
      sellerIds: ['GB731842065'],
      isCreditNote: false,
    });
  });

  it('reads an invoice with no tax row (VAT franchise): subtotal then total, thin spaces in the amounts', () => {
    const [d] = scanPage(fixture('kimai', 'invoice-html-fr-franchise-2026-08.html')).invoices;
    expect(pick(detectedJson(d!))).toEqual({
      invoiceNumber: 'F-2026-014',
      issueDate: '2026-11-30',
      dueDate: '2026-12-30',
      currency: 'EUR',
      totalWithTax: '1155.00',
      paid: null,
      amountDue: '1155.00',
      buyerName: 'Association Les Tisserands',
      sellerName: 'Inès Garnier — Conseil numérique',
      buyerIds: [],
      sellerIds: [],
      isCreditNote: false,
    });
    expect(d!.warnings).toEqual([]);
  });

  it('a total that subtotal + tax do not give is flagged to confirm, never trusted', () => {
    const doc = fixture('kimai', 'invoice-html-fr-2026-08.html');
    const rows = doc.querySelectorAll(S.totalsRows);
    rows[rows.length - 1]!.lastElementChild!.textContent = '1 290,00 €';
    const [d] = scanPage(doc).invoices;
    expect(d!.fields.totalWithTax?.confidence ?? 0).toBeLessThan(0.7);
    expect(d!.warnings.map((w) => w.en).join(' ')).toMatch(/confirm/i);
  });

  it('markup drift: a facts paragraph without its three labels is reported and the page goes to the generic reader', () => {
    const doc = fixture('kimai', 'invoice-html-en-2026-08.html');
    doc.querySelectorAll(S.factLabels)[2]!.replaceWith('Due date:');
    const scan = scanPage(doc, {
      url: 'https://time.example.org/en_GB/invoice/preview/4/a1b2c3d4',
    });
    expect(scan.app).toBeUndefined();
    expect(scan.warnings.map((w) => w.en).join(' ')).toMatch(
      /Kimai: no element for date, invoice number and due date \(three labels\)/,
    );
    // The generic reader still finds the number from its label.
    expect(scan.invoices.map((d) => d.invoiceNumber)).toEqual(['INV-2026-112']);
  });

  it('the address is Kimai’s but the markup is not: said so', () => {
    const doc = fixture('kimai', 'invoice-html-fr-2026-08.html');
    doc.querySelector(S.document)!.classList.remove('invoice');
    const scan = scanPage(doc, { url: 'https://kimai.example.com/fr/invoice/download/31' });
    expect(scan.app).toBeUndefined();
    expect(scan.warnings.map((w) => w.en).join(' ')).toMatch(
      /looks like Kimai's, but the page does not have the markup/,
    );
  });

  it('URL detector with its examples', () => {
    for (const u of [
      'https://kimai.example.com/fr/invoice/download/31',
      'https://time.example.org/en_GB/invoice/preview/4/a1b2c3d4',
    ])
      expect(isInvoiceDocument(new URL(u)), u).toBe(true);
    for (const u of [
      'https://kimai.example.com/fr/invoice/show/1',
      'https://kimai.example.com/fr/invoice/',
      'https://kimai.example.com/fr/invoice/template/2/edit',
    ])
      expect(isInvoiceDocument(new URL(u)), u).toBe(false);
  });
});
