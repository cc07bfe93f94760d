// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { detectedJson } from '../../invoice-reading';
import { scanPage } from '../../page';
import { fixture } from '../fixtures';
import { SELECTORS as S } from './selectors';

describe('InvoicePlane PDF template', () => {
  it('selectors match the template as many times as it draws them', () => {
    const doc = fixture('invoiceplane', 'pdf-en-2026-01.html');
    expect(doc.querySelectorAll(S.pdfTitle)).toHaveLength(1);
    expect(doc.querySelectorAll(S.pdfClient)).toHaveLength(1);
    expect(doc.querySelectorAll(S.pdfCompany)).toHaveLength(1);
    expect(doc.querySelectorAll(S.pdfSums)).toHaveLength(5);
  });

  it('reads dates, parties with VAT numbers, and the sums: total, paid, balance agree', () => {
    const scan = scanPage(fixture('invoiceplane', 'pdf-en-2026-01.html'));
    expect(scan.app).toBe('InvoicePlane');
    const d = scan.invoices[0]!;
    expect(detectedJson(d)).toMatchObject({
      invoiceNumber: 'IP-2026-0193',
      issueDate: '2026-11-02',
      dueDate: '2026-12-02',
      totalWithTax: '3360.00',
      paid: '1668.00',
      amountDue: '1692.00',
      currency: 'GBP',
      status: 'partially-paid',
      buyerName: 'Fenwick & Daughters Ltd',
      sellerName: 'Moray Data Consulting',
      buyerIds: ['GB123456789'],
      sellerIds: ['GB987654321'],
    });
    expect(d.fields.amountDue!.confidence).toBeGreaterThanOrEqual(0.9);
  });

  it("a balance that disagrees with the details' amount due is flagged", () => {
    const doc = fixture('invoiceplane', 'pdf-en-2026-01.html');
    doc.querySelectorAll('.invoice-details table tr')[3]!.lastElementChild!.textContent =
      '£1,992.00';
    const d = scanPage(doc).invoices[0]!;
    expect(d.fields.amountDue!.confidence).toBeLessThan(0.7);
    expect(d.warnings.map((w) => w.en).join()).toMatch(/is not the balance of the sums/);
  });
});
