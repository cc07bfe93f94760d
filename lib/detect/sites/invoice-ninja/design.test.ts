// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { detectedJson } from '../../invoice-reading';
import { scanPage } from '../../page';
import { fixture } from '../fixtures';
import { SELECTORS as S } from './selectors';

describe('Invoice Ninja PDF designs (data-ref)', () => {
  it('selectors match the designs as many times as Design.php draws them', () => {
    const fr = fixture('invoice-ninja', 'design-clean-fr-2024.html');
    const en = fixture('invoice-ninja', 'design-bold-en-2024.html');
    for (const doc of [fr, en]) {
      expect(doc.querySelectorAll(S.designDetails)).toHaveLength(1);
      for (const k of [
        'number',
        'date',
        'dueDate',
        'company',
        'client',
        'subtotal',
        'total',
        'paid',
      ] as const)
        expect(doc.querySelectorAll(S.ref[k]), k).toHaveLength(1);
    }
    expect(fr.querySelectorAll(S.ref.taxes)).toHaveLength(1);
    expect(en.querySelectorAll(S.ref.taxes)).toHaveLength(2);
    expect(en.querySelectorAll(S.ref.due)).toHaveLength(1);
  });

  it('reads the French "Clean" design: "Date limite", paid to date, balance; parties with their ids', () => {
    const scan = scanPage(fixture('invoice-ninja', 'design-clean-fr-2024.html'));
    expect(scan.app).toBe('Invoice Ninja');
    const d = scan.invoices[0]!;
    expect(detectedJson(d)).toMatchObject({
      invoiceNumber: '2026-0087',
      issueDate: '2026-11-03',
      dueDate: '2026-12-03',
      totalWithTax: '2700.00',
      paid: '840.00',
      amountDue: '1860.00',
      currency: 'EUR',
      status: 'partially-paid',
      sellerName: 'Atelier Brume SARL',
      buyerName: 'Librairie Les Canuts',
      sellerIds: ['81234567800021', 'FR12812345678'],
      buyerIds: ['FR45498765432'],
    });
    // Subtotal + TVA = total, total − paid = balance: trusted.
    expect(d.fields.amountDue!.confidence).toBeGreaterThanOrEqual(0.9);
  });

  it('the English "Bold" design with a deposit asked for: the due date shown may be the deposit\'s, so it is to confirm', () => {
    const d = scanPage(fixture('invoice-ninja', 'design-bold-en-2024.html')).invoices[0]!;
    expect(detectedJson(d)).toMatchObject({
      invoiceNumber: '0419',
      issueDate: '2026-11-04',
      dueDate: '2026-11-11',
      totalWithTax: '5402.50',
      amountDue: '5402.50',
      currency: 'USD',
    });
    // Subtotal − discount + two taxes = total: the check adds both taxes.
    expect(d.fields.totalWithTax!.confidence).toBeGreaterThanOrEqual(0.9);
    expect(d.fields.dueDate!.confidence).toBeLessThan(0.7);
    expect(d.warnings.map((w) => w.en).join()).toMatch(/deposit \(\$1,500\.00\) is asked for/);
    expect(d.warnings.map((w) => w.fr).join()).toMatch(/un acompte \(\$1,500\.00\) est demandé/);
  });

  it('a balance that total − paid does not give is flagged, never trusted', () => {
    const doc = fixture('invoice-ninja', 'design-clean-fr-2024.html');
    doc.querySelector(S.ref.paid)!.textContent = '500,00 €';
    const d = scanPage(doc).invoices[0]!;
    expect(d.fields.amountDue!.confidence).toBeLessThan(0.7);
    expect(d.warnings.map((w) => w.fr).join()).toMatch(/ne donne pas le reste à payer affiché/);
  });

  it('a credit drawn with a design has no due date', () => {
    const doc = fixture('invoice-ninja', 'design-clean-fr-2024.html');
    const n = doc.querySelector(S.ref.number)!;
    n.setAttribute('data-ref', 'entity_details-credit.number');
    n.textContent = 'AV-0012';
    const d = scanPage(doc).invoices[0]!;
    expect(d).toMatchObject({ invoiceNumber: 'AV-0012', isCreditNote: true, dueDate: null });
  });
});
