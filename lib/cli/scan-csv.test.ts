import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from './main';

const FIXTURES = join(import.meta.dirname, '../../tests/fixtures/csv');

async function run(...args: string[]) {
  let out = '';
  let err = '';
  const code = await main(
    args,
    (s) => (out += s + '\n'),
    (s) => (err += s + '\n'),
  );
  return { code, out, err };
}

describe('relance scan on CSV exports', () => {
  it('--json: grouped invoices, and the rows skipped with why', async () => {
    const r = await run(
      'scan',
      '--json',
      join(FIXTURES, 'zoho-invoices.csv'),
      join(FIXTURES, 'xero-sales-and-bills.csv'),
    );
    expect(r.code).toBe(0);
    const [zoho, xero] = r.out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(zoho.app).toBe('Zoho Invoice');
    // The draft and the voided invoice are not invoices to chase: listed apart, with why.
    expect(zoho.invoices.map((i: { invoiceNumber: string }) => i.invoiceNumber)).toEqual([
      'INV-000101',
      'INV-000102',
    ]);
    expect(
      zoho.skipped.map((i: { invoiceNumber: string; reason: string; status: string }) => [
        i.invoiceNumber,
        i.reason,
        i.status,
      ]),
    ).toEqual([
      ['INV-000103', 'draft', 'draft'],
      ['INV-000104', 'voided', 'cancelled'],
    ]);
    expect(zoho.rows).toEqual({
      rows: 6,
      invoices: 2,
      skipped: {
        supplierBills: 0,
        drafts: 1,
        voided: 1,
        paymentsAndOther: 0,
        otherLedgerAccounts: 0,
      },
    });
    expect(
      xero.invoices.map((i: { invoiceNumber: string; amountDue: string }) => [
        i.invoiceNumber,
        i.amountDue,
      ]),
    ).toEqual([
      ['INV-0201', '1200.00'],
      ['INV-0202', '350.00'],
    ]);
    expect(xero.skipped.map((i: { invoiceNumber: string }) => i.invoiceNumber)).toEqual([
      'INV-0203',
    ]);
    expect(xero.rows.skipped.supplierBills).toBe(2);
  });

  it('text: one line per invoice and the count in the user’s language', async () => {
    const r = await run('scan', '--lang', 'fr', join(FIXTURES, 'freshbooks-invoices.csv'));
    expect(r.out).toMatch(
      /facture 0000031 — Harbor Street Coffee — échéance \? — dû 960,75\s\$CA \/ 960,75\s\$CA/,
    );
    expect(r.out).toMatch(
      /! 2 facture\(s\) depuis 5 ligne\(s\) ; 0 facture\(s\) fournisseur\(s\) et 1 brouillon\(s\) ignoré\(e\)s/,
    );
    expect(r.out.match(/facture 0000031/g)).toHaveLength(1);
    // The draft is named as skipped, never listed as an invoice.
    expect(r.out).not.toMatch(/facture 0000033/);
    expect(r.out).toMatch(/- 0000033 \(brouillon, ignoré\)/);
  });
});
