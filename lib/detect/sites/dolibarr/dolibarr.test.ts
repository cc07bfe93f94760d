// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { detectedJson } from '../../invoice-reading';
import { scanPage } from '../../page';
import { fixture } from '../fixtures';
import { isInvoiceCard, isInvoiceList } from './detect';
import { SELECTORS as S } from './selectors';

describe('Dolibarr', () => {
  it('selectors match the fixture as many times as list.php draws them', () => {
    const doc = fixture('dolibarr', 'list-fr-2026.html');
    expect(doc.querySelectorAll(S.headerRow)).toHaveLength(1);
    expect(doc.querySelectorAll(S.rows)).toHaveLength(3);
    for (const [k, sel] of Object.entries(S.columns))
      expect(doc.querySelectorAll(`${S.headerRow} ${sel}`), k).toHaveLength(1);
    for (const tr of Array.from(doc.querySelectorAll(S.rows))) {
      expect(tr.querySelectorAll(S.rowNumber)).toHaveLength(1);
      expect(tr.querySelectorAll(S.rowStatus)).toHaveLength(1);
    }
  });

  it('reads the list by sort fields; a blank remainder is zero; the currency is not guessed', () => {
    const scan = scanPage(fixture('dolibarr', 'list-fr-2026.html'), {
      url: 'https://erp.example/compta/facture/list.php',
    });
    expect(scan.app).toBe('Dolibarr');
    expect(
      scan.invoices
        .map(detectedJson)
        .map(
          ({
            invoiceNumber,
            issueDate,
            dueDate,
            buyerName,
            totalWithTax,
            paid,
            amountDue,
            status,
            currency,
          }) => ({
            invoiceNumber,
            issueDate,
            dueDate,
            buyerName,
            totalWithTax,
            paid,
            amountDue,
            status,
            currency,
          }),
        ),
    ).toEqual([
      {
        invoiceNumber: 'FA2609-0112',
        issueDate: '2026-09-01',
        dueDate: '2026-10-01',
        buyerName: 'Boulangerie Martin SARL',
        totalWithTax: null,
        paid: null,
        amountDue: null,
        status: 'partially-paid',
        currency: null,
      },
      {
        invoiceNumber: 'FA2610-0118',
        issueDate: '2026-10-15',
        dueDate: '2026-11-14',
        buyerName: 'Garage du Centre',
        totalWithTax: null,
        paid: null,
        amountDue: null,
        status: 'overdue',
        currency: null,
      },
      {
        invoiceNumber: 'FA2608-0101',
        issueDate: '2026-08-03',
        dueDate: '2026-09-02',
        buyerName: 'Studio Lumière',
        totalWithTax: null,
        paid: null,
        amountDue: null,
        status: 'paid',
        currency: null,
      },
    ]);
    // Amounts are there in minor units; only the currency is missing, and the user is told.
    expect(scan.invoices.map((d) => [d.totalWithTax, d.paid, d.amountDue])).toEqual([
      [120000, 50000, 70000],
      [64800, null, 64800],
      [234050, 234050, 0],
    ]);
    expect(scan.invoices[0]!.warnings.map((w) => w.en).join(' ')).toMatch(/without their currency/);
  });

  it('reads the invoice card: ref, customer, dates, amount incl. tax with its currency, paid, remainder', () => {
    const doc = fixture('dolibarr', 'card-fr-2026.html');
    for (const k of [
      'cardSignature',
      'cardRef',
      'cardCustomer',
      'cardPaid',
      'cardRemainder',
    ] as const)
      expect(doc.querySelectorAll(S[k]), k).toHaveLength(1);
    expect(doc.querySelectorAll(S.cardDates)).toHaveLength(2);
    expect(doc.querySelectorAll(S.cardAmountRows)).toHaveLength(3);
    const scan = scanPage(doc, { url: 'https://erp.example/compta/facture/card.php?facid=112' });
    expect(scan.app).toBe('Dolibarr');
    expect(detectedJson(scan.invoices[0]!)).toMatchObject({
      invoiceNumber: 'FA2609-0112',
      buyerName: 'Boulangerie Martin SARL',
      issueDate: '2026-09-01',
      dueDate: '2026-10-01',
      currency: 'EUR',
      totalWithTax: '1200.00',
      paid: '500.00',
      amountDue: '700.00',
      status: 'partially-paid',
      isCreditNote: false,
    });
  });

  it('URL detectors, each against the other’s examples', () => {
    for (const u of [
      'https://erp.example/compta/facture/list.php',
      'https://example.com/dolibarr/htdocs/compta/facture/list.php?search_status=1',
    ])
      expect([isInvoiceList(new URL(u)), isInvoiceCard(new URL(u))]).toEqual([true, false]);
    for (const u of [
      'https://erp.example/compta/facture/card.php?facid=112',
      'https://example.com/dolibarr/htdocs/compta/facture/card.php?id=7',
    ])
      expect([isInvoiceList(new URL(u)), isInvoiceCard(new URL(u))]).toEqual([false, true]);
  });
});
