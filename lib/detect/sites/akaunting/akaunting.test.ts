// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { detectedJson } from '../../detected';
import { scanPage } from '../../page';
import { fixture } from '../fixtures';
import { isInvoicePage } from './detect';
import { SELECTORS as S } from './selectors';

describe('Akaunting', () => {
  it('selectors match the fixtures as many times as the template draws them', () => {
    const fr = fixture('akaunting', 'show-fr-2026-08.html');
    const en = fixture('akaunting', 'show-en-2026-08.html');
    for (const [doc, facts, totals] of [[fr, 4, 4], [en, 3, 3]] as const) {
      expect(doc.querySelectorAll(S.root)).toHaveLength(1);
      expect(doc.querySelectorAll(S.facts)).toHaveLength(facts);
      expect(doc.querySelectorAll(S.company).length).toBeGreaterThanOrEqual(1); // name first, then address lines
      expect(doc.querySelectorAll(S.customer)).toHaveLength(1);
      expect(doc.querySelectorAll(S.totals)).toHaveLength(totals);
    }
  });

  it('reads a partly paid invoice in French: the "Total" row is the amount due', () => {
    const scan = scanPage(fixture('akaunting', 'show-fr-2026-08.html'));
    expect(scan.app).toBe('Akaunting');
    expect(detectedJson(scan.invoices[0]!)).toMatchObject({ invoiceNumber: 'FACT-00042', sellerName: 'Atelier Moreau', buyerName: 'Garage du Centre', issueDate: '2026-09-30', dueDate: '2026-10-30', currency: 'EUR', amountDue: '1360.00', paid: '800.00', totalWithTax: '2160.00', status: 'partially-paid' });
  });

  it('reads an unpaid invoice in English (print layout, customer in a paragraph)', () => {
    const scan = scanPage(fixture('akaunting', 'show-en-2026-08.html'), { url: 'https://app.akaunting.com/12345/sales/invoices/107' });
    expect(detectedJson(scan.invoices[0]!)).toMatchObject({ invoiceNumber: 'INV-00107', sellerName: 'Clarke & Hale Design Ltd', buyerName: 'Northwind Traders Ltd', issueDate: '2026-11-02', dueDate: '2026-12-02', currency: 'GBP', amountDue: '3000.00', totalWithTax: '3000.00', paid: null });
  });

  it('URL detector with its examples', () => {
    for (const u of ['https://app.akaunting.com/12345/sales/invoices/42', 'https://compta.example/1/portal/invoices/42', 'https://compta.example/1/signed/invoices/42']) expect(isInvoicePage(new URL(u))).toBe(true);
    for (const u of ['https://compta.example/1/sales/invoices', 'https://compta.example/1/sales/invoices/42/edit', 'https://example.com/invoices/42']) expect(isInvoicePage(new URL(u))).toBe(false);
  });
});
