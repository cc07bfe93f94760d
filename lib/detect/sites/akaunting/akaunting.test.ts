// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { detectedJson } from '../../invoice-reading';
import { scanPage } from '../../page';
import { fixture } from '../fixtures';
import { isInvoicePage } from './detect';
import { SELECTORS as S } from './selectors';

describe('Akaunting', () => {
  it('selectors match the fixtures as many times as the templates draw them', () => {
    const counts = {
      'show-fr-2026-08.html': [4, 0],
      'show-en-2026-08.html': [3, 0],
      'classic-fr-2026-08.html': [2, 1],
      'modern-en-2026-08.html': [4, 0],
    } as const;
    for (const [file, [facts, classic]] of Object.entries(counts)) {
      const doc = fixture('akaunting', file);
      expect(doc.querySelectorAll(S.root), file).toHaveLength(1);
      expect(doc.querySelectorAll(S.facts), file).toHaveLength(facts);
      expect(doc.querySelectorAll(S.classicNumber), file).toHaveLength(classic);
      expect(doc.querySelectorAll(S.company).length, file).toBeGreaterThanOrEqual(1); // name first, then address lines
      expect(doc.querySelectorAll(S.customer), file).toHaveLength(1);
      expect(doc.querySelectorAll(S.totalsColumn).length, file).toBeGreaterThanOrEqual(1);
    }
  });

  it('reads the classic template too: number in its frame, partly paid', () => {
    const scan = scanPage(fixture('akaunting', 'classic-fr-2026-08.html'));
    expect(scan.app).toBe('Akaunting');
    expect(detectedJson(scan.invoices[0]!)).toMatchObject({
      invoiceNumber: 'FACT-00051',
      sellerName: 'Atelier Moreau',
      buyerName: 'Studio Lumière',
      issueDate: '2026-10-12',
      dueDate: '2026-11-11',
      currency: 'EUR',
      amountDue: '2000.00',
      paid: '1000.00',
      totalWithTax: '3000.00',
      status: 'partially-paid',
    });
  });

  it('reads the modern template: the order number row is skipped, a paid invoice is paid', () => {
    const scan = scanPage(fixture('akaunting', 'modern-en-2026-08.html'));
    expect(detectedJson(scan.invoices[0]!)).toMatchObject({
      invoiceNumber: 'INV-00099',
      sellerName: 'Clarke & Hale Design Ltd',
      buyerName: 'Harbor Coffee Roasters Inc.',
      issueDate: '2026-10-05',
      dueDate: '2026-11-04',
      currency: 'USD',
      amountDue: '0.00',
      paid: '1200.00',
      totalWithTax: '1200.00',
      status: 'paid',
    });
  });

  it('reads a partly paid invoice in French: the "Total" row is the amount due', () => {
    const scan = scanPage(fixture('akaunting', 'show-fr-2026-08.html'));
    expect(scan.app).toBe('Akaunting');
    expect(detectedJson(scan.invoices[0]!)).toMatchObject({
      invoiceNumber: 'FACT-00042',
      sellerName: 'Atelier Moreau',
      buyerName: 'Garage du Centre',
      issueDate: '2026-09-30',
      dueDate: '2026-10-30',
      currency: 'EUR',
      amountDue: '1360.00',
      paid: '800.00',
      totalWithTax: '2160.00',
      status: 'partially-paid',
    });
  });

  it('reads an unpaid invoice in English (print layout, customer in a paragraph)', () => {
    const scan = scanPage(fixture('akaunting', 'show-en-2026-08.html'), {
      url: 'https://app.akaunting.com/12345/sales/invoices/107',
    });
    expect(detectedJson(scan.invoices[0]!)).toMatchObject({
      invoiceNumber: 'INV-00107',
      sellerName: 'Clarke & Hale Design Ltd',
      buyerName: 'Northwind Traders Ltd',
      issueDate: '2026-11-02',
      dueDate: '2026-12-02',
      currency: 'GBP',
      amountDue: '3000.00',
      totalWithTax: '3000.00',
      paid: null,
    });
  });

  it('URL detector with its examples', () => {
    for (const u of [
      'https://app.akaunting.com/12345/sales/invoices/42',
      'https://compta.example/1/portal/invoices/42',
      'https://compta.example/1/signed/invoices/42',
    ])
      expect(isInvoicePage(new URL(u))).toBe(true);
    for (const u of [
      'https://compta.example/1/sales/invoices',
      'https://compta.example/1/sales/invoices/42/edit',
      'https://example.com/invoices/42',
    ])
      expect(isInvoicePage(new URL(u))).toBe(false);
  });
});
