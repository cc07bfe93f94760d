// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { detectedJson } from '../../invoice-reading';
import { scanPage } from '../../page';
import { fixture } from '../fixtures';
import { isPortalInvoice, isPortalInvoiceList } from './detect';
import { SELECTORS as S } from './selectors';

describe('Odoo customer portal', () => {
  it('selectors match the fixtures as many times as the templates draw them', () => {
    const list = fixture('odoo', 'portal-list-en-2026.html');
    expect(list.querySelectorAll(S.listTable)).toHaveLength(1);
    for (const [k, sel] of Object.entries(S.columns))
      expect(list.querySelectorAll(sel), k).toHaveLength(1);
    expect(list.querySelectorAll(`${S.listTable} ${S.rows}`)).toHaveLength(3);
    expect(list.querySelectorAll(S.statusBadge)).toHaveLength(3);
    const page = fixture('odoo', 'portal-invoice-fr-2026.html');
    for (const k of [
      'sidebar',
      'name',
      'total',
      'unpaidBlock',
      'alreadyPaid',
      'leftToPay',
      'dueDate',
    ] as const)
      expect(page.querySelectorAll(S[k]), k).toHaveLength(1);
  });

  it('reads the invoice list (amount due column, US dates)', () => {
    const scan = scanPage(fixture('odoo', 'portal-list-en-2026.html'));
    expect(scan.app).toBe('Odoo');
    expect(
      scan.invoices
        .map(detectedJson)
        .map(({ invoiceNumber, issueDate, dueDate, amountDue, status, currency }) => ({
          invoiceNumber,
          issueDate,
          dueDate,
          amountDue,
          status,
          currency,
        })),
    ).toEqual([
      {
        invoiceNumber: 'INV/2026/00214',
        issueDate: '2026-10-01',
        dueDate: '2026-10-31',
        amountDue: '4250.00',
        status: 'open',
        currency: 'USD',
      },
      {
        invoiceNumber: 'INV/2026/00220',
        issueDate: '2026-10-20',
        dueDate: '2026-11-19',
        amountDue: '1180.00',
        status: 'open',
        currency: 'USD',
      },
      {
        invoiceNumber: 'INV/2026/00190',
        issueDate: '2026-08-28',
        dueDate: '2026-09-27',
        amountDue: '0.00',
        status: 'paid',
        currency: 'USD',
      },
    ]);
  });

  it('reads one invoice from the sidebar: total, already paid, left to pay, next due date', () => {
    const scan = scanPage(fixture('odoo', 'portal-invoice-fr-2026.html'), {
      url: 'https://erp.example.com/my/invoices/31?access_token=a1b2',
    });
    expect(detectedJson(scan.invoices[0]!)).toMatchObject({
      invoiceNumber: 'FAC/2026/00031',
      totalWithTax: '2400.00',
      paid: '900.00',
      amountDue: '1500.00',
      dueDate: '2026-10-15',
      currency: 'EUR',
    });
  });

  it('a paid invoice (no "to pay" block) is recorded as paid, not as due', () => {
    const doc = fixture('odoo', 'portal-invoice-fr-2026.html');
    doc.querySelector(S.unpaidBlock)!.remove();
    doc.querySelector(S.dueDate)!.parentElement!.remove();
    const [d] = scanPage(doc).invoices;
    expect([d!.status, d!.amountDue, d!.totalWithTax]).toEqual(['paid', 0, 240000]);
  });

  it('URL detectors, each against the other’s examples', () => {
    for (const u of [
      'https://erp.example.com/my/invoices',
      'https://shop.example.odoo.com/my/invoices?filterby=invoices',
    ])
      expect([isPortalInvoiceList(new URL(u)), isPortalInvoice(new URL(u))]).toEqual([true, false]);
    for (const u of [
      'https://erp.example.com/my/invoices/214?access_token=5b0c',
      'https://x.odoo.com/my/invoices/31',
    ])
      expect([isPortalInvoiceList(new URL(u)), isPortalInvoice(new URL(u))]).toEqual([false, true]);
  });
});
