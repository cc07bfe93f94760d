// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { detectedJson } from '../../invoice-reading';
import { scanPage } from '../../page';
import { fixture } from '../fixtures';
import { SELECTORS as S } from './selectors';

describe('InvoiceShelf / Crater PDF templates', () => {
  it('selectors match the templates as many times as they draw them', () => {
    const en = fixture('invoiceshelf', 'pdf-invoice1-crater-en-2026.html');
    const fr = fixture('invoiceshelf', 'pdf-invoice3-fr-2026-04.html');
    for (const doc of [en, fr]) {
      expect(doc.querySelectorAll(S.pdfTotals)).toHaveLength(1);
      expect(doc.querySelectorAll(S.pdfCompany)).toHaveLength(1);
      expect(doc.querySelectorAll(S.pdfBillTo)).toHaveLength(1);
      expect(doc.querySelectorAll(S.pdfDetails)).toHaveLength(3);
    }
    expect(en.querySelectorAll(`${S.pdfTotals} td.${S.pdfBigRow}`)).toHaveLength(1);
    expect(fr.querySelectorAll(`${S.pdfTotals} td.${S.pdfBigRow}`)).toHaveLength(3);
  });

  it('English invoice1 (Crater): the items are not the total; with no payment rows the amount due is the total, to confirm', () => {
    const scan = scanPage(fixture('invoiceshelf', 'pdf-invoice1-crater-en-2026.html'));
    expect(scan.app).toBe('InvoiceShelf');
    const d = scan.invoices[0]!;
    expect(detectedJson(d)).toMatchObject({
      invoiceNumber: 'INV-000042',
      issueDate: '2026-10-14',
      dueDate: '2026-11-13',
      totalWithTax: '4997.85',
      amountDue: '4997.85',
      currency: 'USD',
      sellerName: 'Northwind Design LLC',
      buyerName: 'Harbor Street Holdings Inc.',
    });
    expect(d.fields.totalWithTax!.confidence).toBeGreaterThanOrEqual(0.9);
    expect(d.fields.amountDue!.confidence).toBeLessThan(0.7);
    expect(d.warnings.map((w) => w.en).join()).toMatch(
      /shows no payment; amount due taken as the total/,
    );
  });

  it('French invoice3, partly paid, two VAT rates: "Montant acquitté" and "Montant dû" read and checked', () => {
    const d = scanPage(fixture('invoiceshelf', 'pdf-invoice3-fr-2026-04.html')).invoices[0]!;
    expect(detectedJson(d)).toMatchObject({
      invoiceNumber: 'FAC-000073',
      issueDate: '2026-11-06',
      dueDate: '2026-12-06',
      totalWithTax: '2814.10',
      paid: '1000.00',
      amountDue: '1814.10',
      currency: 'EUR',
      status: 'partially-paid',
      sellerName: 'Studio Lumen SAS',
      buyerName: 'Cave Saint-Victor SARL',
    });
    expect(d.fields.totalWithTax!.confidence).toBeGreaterThanOrEqual(0.9);
    expect(d.fields.amountDue!.confidence).toBeGreaterThanOrEqual(0.9);
  });

  it('a tax rate left out of the total flags the total', () => {
    const doc = fixture('invoiceshelf', 'pdf-invoice3-fr-2026-04.html');
    doc.querySelectorAll(`${S.pdfTotalsRow} ${S.pdfValue}`)[2]!.textContent = '44,10 €';
    const d = scanPage(doc).invoices[0]!;
    expect(d.fields.totalWithTax!.confidence).toBeLessThan(0.7);
  });
});
