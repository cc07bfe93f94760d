// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { detectedJson } from '../../invoice-reading';
import { scanPage } from '../../page';
import { fixture } from '../fixtures';
import { isPublicInvoice } from './detect';
import { SELECTORS as S } from './selectors';

describe('InvoiceShelf public invoice page', () => {
  it('selectors match both fixtures once (rows: four)', () => {
    for (const f of ['public-en-2026-04.html', 'public-fr-2026-04.html']) {
      const doc = fixture('invoiceshelf', f);
      expect(doc.querySelectorAll(S.pdfLink)).toHaveLength(1);
      expect(doc.querySelectorAll(S.title)).toHaveLength(1);
      expect(doc.querySelectorAll(S.rows)).toHaveLength(4);
    }
  });

  it('reads number, parties, status and total; the due date is absent and said so', () => {
    const [d] = scanPage(fixture('invoiceshelf', 'public-en-2026-04.html')).invoices;
    expect(detectedJson(d!)).toMatchObject({
      invoiceNumber: 'INV-000118',
      sellerName: 'Clarke & Hale Design Ltd',
      buyerName: 'Northwind Traders Ltd',
      status: 'open',
      totalWithTax: '1920.00',
      amountDue: '1920.00',
      currency: 'GBP',
      dueDate: null,
    });
    expect(d!.dueDateNote).toMatch(/no due date/);
  });

  it('a partly paid invoice: the amount left is not shown, so it is marked uncertain', () => {
    const [d] = scanPage(fixture('invoiceshelf', 'public-fr-2026-04.html')).invoices;
    expect(detectedJson(d!)).toMatchObject({
      invoiceNumber: 'FA-2026-0047',
      buyerName: 'Boulangerie Martin SARL',
      status: 'partially-paid',
      totalWithTax: '2880.00',
      currency: 'EUR',
    });
    expect(d!.fields.amountDue!.confidence).toBeLessThan(0.5);
    expect(d!.warnings.map((w) => w.en).join(' ')).toMatch(/does not show the amount left/);
  });

  it('URL detector with its examples', () => {
    for (const u of [
      'https://billing.example.com/customer/invoices/4f9d2c7e81b3',
      'https://crater.example.org/customer/invoices/AbC123',
    ])
      expect(isPublicInvoice(new URL(u))).toBe(true);
    expect(isPublicInvoice(new URL('https://billing.example.com/customer/invoices/view/abc'))).toBe(
      false,
    );
  });
});
