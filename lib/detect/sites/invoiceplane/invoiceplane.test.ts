// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { detectedJson } from '../../invoice-reading';
import { scanPage } from '../../page';
import { fixture } from '../fixtures';
import { isInvoiceList, isPublicInvoice } from './detect';
import { SELECTORS as S } from './selectors';

describe('InvoicePlane', () => {
  it('selectors match the fixtures as many times as the template draws them', () => {
    const list = fixture('invoiceplane', 'list-en-2026-01.html');
    expect(list.querySelectorAll(S.listRows)).toHaveLength(4);
    expect(list.querySelectorAll(S.listSignature)).toHaveLength(4);
    for (const tr of Array.from(list.querySelectorAll(S.listRows))) {
      expect(tr.querySelectorAll(S.rowAmounts)).toHaveLength(2);
      expect(tr.querySelectorAll(S.rowNumber).length).toBeGreaterThanOrEqual(1);
      expect(tr.querySelectorAll(S.rowClient)).toHaveLength(1);
    }
    const web = fixture('invoiceplane', 'web-en-2026-01.html');
    for (const k of ['webTitle', 'webSignature', 'webSeller', 'webBuyer', 'webStamp'] as const)
      expect(web.querySelectorAll(S[k]), k).toHaveLength(1);
    expect(web.querySelectorAll(S.webFacts)).toHaveLength(3);
    expect(web.querySelectorAll(S.webTotals)).toHaveLength(7);
  });

  it('reads the invoice list: balance, status, credit invoice', () => {
    const scan = scanPage(fixture('invoiceplane', 'list-en-2026-01.html'));
    expect(scan.app).toBe('InvoicePlane');
    expect(
      scan.invoices
        .map(detectedJson)
        .map(
          ({
            invoiceNumber,
            issueDate,
            dueDate,
            totalWithTax,
            amountDue,
            buyerName,
            status,
            isCreditNote,
            currency,
          }) => ({
            invoiceNumber,
            issueDate,
            dueDate,
            totalWithTax,
            amountDue,
            buyerName,
            status,
            isCreditNote,
            currency,
          }),
        ),
    ).toEqual([
      {
        invoiceNumber: 'INV-2026-041',
        issueDate: '2026-10-02',
        dueDate: '2026-11-01',
        totalWithTax: '1440.00',
        amountDue: '1440.00',
        buyerName: 'Boulangerie Martin SARL',
        status: 'open',
        isCreditNote: false,
        currency: 'EUR',
      },
      {
        invoiceNumber: 'INV-2026-043',
        issueDate: '2026-10-16',
        dueDate: '2026-11-15',
        totalWithTax: '2100.00',
        amountDue: '600.00',
        buyerName: 'Studio Lumière',
        status: 'open',
        isCreditNote: false,
        currency: 'EUR',
      },
      {
        invoiceNumber: 'INV-2026-038',
        issueDate: '2026-09-03',
        dueDate: '2026-10-03',
        totalWithTax: '960.00',
        amountDue: '0.00',
        buyerName: 'Boulangerie Martin SARL',
        status: 'paid',
        isCreditNote: false,
        currency: 'EUR',
      },
      {
        invoiceNumber: 'CN-2026-002',
        issueDate: '2026-10-20',
        dueDate: '2026-10-20',
        totalWithTax: '300.00',
        amountDue: '300.00',
        buyerName: 'Studio Lumière',
        status: 'open',
        isCreditNote: true,
        currency: 'EUR',
      },
    ]);
    // "02/10/2026" in an English page could be 2 October or 10 February: flagged, not guessed silently.
    expect(scan.invoices[0]!.warnings.map((w) => w.en).join(' ')).toMatch(/could be/);
  });

  it('reads the public invoice page: number, parties, dates, total, paid, balance', () => {
    const [d] = scanPage(fixture('invoiceplane', 'web-en-2026-01.html'), {
      url: 'https://invoices.northwind-studio.example/index.php/guest/view/invoice/kT9wq2LmZx',
    }).invoices;
    expect(detectedJson(d!)).toMatchObject({
      invoiceNumber: '2026-0107',
      sellerName: 'Northwind Studio LLC',
      buyerName: 'Harbor Coffee Roasters Inc.',
      issueDate: '2026-09-14',
      dueDate: '2026-10-14',
      currency: 'USD',
      totalWithTax: '3475.00',
      paid: '500.00',
      amountDue: '2975.00',
      status: 'overdue',
    });
    expect(d!.fields.dueDate?.where).toMatch(/^InvoicePlane: due date/);
  });

  it('URL detectors, each against the other’s examples', () => {
    const lists = [
      'https://billing.example/index.php/invoices/status/all',
      'https://billing.example/invoices/status/overdue',
      'https://billing.example/index.php/clients/view/7',
    ];
    const pages = [
      'https://billing.example/index.php/guest/view/invoice/kT9wq2LmZx',
      'https://ip.example.org/guest/view/invoice/AbC123',
    ];
    for (const u of lists)
      expect([isInvoiceList(new URL(u)), isPublicInvoice(new URL(u))]).toEqual([true, false]);
    for (const u of pages)
      expect([isInvoiceList(new URL(u)), isPublicInvoice(new URL(u))]).toEqual([false, true]);
  });
});
