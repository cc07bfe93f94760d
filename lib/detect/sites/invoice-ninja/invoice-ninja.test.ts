// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { detectedJson } from '../../invoice-reading';
import { scanPage } from '../../page';
import { fixture } from '../fixtures';
import { isPortalInvoiceList } from './detect';
import { SELECTORS as S } from './selectors';

const pick = ({
  invoiceNumber,
  issueDate,
  dueDate,
  totalWithTax,
  amountDue,
  status,
  currency,
}: ReturnType<typeof detectedJson>) => ({
  invoiceNumber,
  issueDate,
  dueDate,
  totalWithTax,
  amountDue,
  status,
  currency,
});

describe('Invoice Ninja client portal', () => {
  it('selectors match both fixtures as many times as the view draws them', () => {
    for (const f of ['portal-list-fr-2024.html', 'portal-list-en-2024.html']) {
      const doc = fixture('invoice-ninja', f);
      expect(doc.querySelectorAll(S.table)).toHaveLength(1);
      expect(doc.querySelectorAll(`${S.table} ${S.headers}`)).toHaveLength(9);
      expect(doc.querySelectorAll(`${S.table} ${S.rows}`)).toHaveLength(3);
      expect(doc.querySelectorAll(`${S.table} ${S.badge}`)).toHaveLength(3);
      const keys = Array.from(
        doc.querySelectorAll(`${S.table} ${S.headers} span[role="button"]`),
      ).map((s) => s.getAttribute(S.sortAttribute));
      for (const k of Object.values(S.sortKeys)) expect(keys).toContain(k);
    }
  });

  it('reads the list in French and in English alike, the PO number column left aside', () => {
    const expected = [
      {
        invoiceNumber: '0057',
        issueDate: '2026-10-05',
        dueDate: '2026-11-04',
        totalWithTax: '3600.00',
        amountDue: '1600.00',
        status: 'partially-paid',
      },
      {
        invoiceNumber: '0061',
        issueDate: '2026-10-20',
        dueDate: '2026-11-19',
        totalWithTax: '780.00',
        amountDue: '780.00',
        status: 'overdue',
      },
      {
        invoiceNumber: '0049',
        issueDate: '2026-09-01',
        dueDate: '2026-10-01',
        totalWithTax: '1250.00',
        amountDue: '0.00',
        status: 'paid',
      },
    ];
    const fr = scanPage(fixture('invoice-ninja', 'portal-list-fr-2024.html'));
    expect(fr.app).toBe('Invoice Ninja');
    expect(fr.invoices.map(detectedJson).map(pick)).toEqual(
      expected.map((e) => ({ ...e, currency: 'EUR' })),
    );
    const en = scanPage(fixture('invoice-ninja', 'portal-list-en-2024.html'));
    expect(en.invoices.map(detectedJson).map(pick)).toEqual(
      expected.map((e) => ({ ...e, currency: 'USD' })),
    );
    // "10/05/2026" read the American way (the app's "en"): the list's "10/20/2026" proves it,
    // so nothing is left to confirm.
    expect(en.invoices[0]!.warnings).toEqual([]);
    expect(en.invoices[0]!.fields.issueDate!.confidence).toBeGreaterThanOrEqual(0.7);
  });

  it('URL detector with its examples', () => {
    for (const u of [
      'https://billing.example.com/client/invoices',
      'https://acme.invoicing.co/client/invoices?page=2',
    ])
      expect(isPortalInvoiceList(new URL(u))).toBe(true);
    expect(
      isPortalInvoiceList(new URL('https://acme.invoicing.co/client/invoices/Wpmbk5ezJn')),
    ).toBe(false);
  });
});
