import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { emptyDetected, type DetectedInvoice } from '../detect/invoice-reading';
import { openLedger } from './db';
import { readLedger, recordObservations } from './repo';
import { invoiceId } from './merge';

/**
 * What a web page may do to invoices recorded from elsewhere: a page is a
 * source like any other, but any site the overlay runs on could be hostile.
 */
let n = 0;
const fresh = () => openLedger(`identity-${++n}-${Math.random()}`);
const seen = (over: Partial<DetectedInvoice>): DetectedInvoice => ({
  ...emptyDetected(),
  invoiceNumber: 'F-2026-007',
  currency: 'EUR',
  totalWithTax: 250_000,
  amountDue: 250_000,
  issueDate: '2026-09-01',
  dueDate: '2026-10-01',
  dueDateSource: 'label',
  sellerName: 'Atelier Durand',
  buyerName: 'Boulangerie Martin SARL',
  buyerEmail: 'compta@martin.example',
  confidence: 0.9,
  fields: {
    invoiceNumber: { confidence: 0.95, where: 't' },
    dueDate: { confidence: 0.95, where: 't' },
    amountDue: { confidence: 0.95, where: 't' },
  },
  ...over,
});
const at = (i: number) => `2026-11-2${i}T10:00:00.000Z`;
const page = (where: string, i = 1) => ({ kind: 'page' as const, where, at: at(i) });
const csv = { kind: 'csv' as const, where: 'export.csv', at: at(0) };
const opts = { today: '2026-11-23' };
const paid = { amountDue: 0, status: 'paid' as const };

describe('a page observation of an invoice recorded elsewhere', () => {
  it('does not mark paid an invoice first recorded from a file: the page’s value waits for the user, and no payment is logged', async () => {
    const db = await fresh();
    await recordObservations(db, [{ detected: seen({}), source: csv }], opts);
    const report = await recordObservations(
      db,
      [{ detected: seen(paid), source: page('https://hostile.example/f/7') }],
      opts,
    );
    const { invoices, events } = await readLedger(db);
    expect(invoices).toHaveLength(1);
    expect(invoices[0]).toMatchObject({
      id: invoiceId('F-2026-007'),
      amountDue: 250_000,
      status: 'open',
    });
    expect(invoices[0]!.conflicts).toEqual([
      expect.objectContaining({
        field: 'amountDue',
        value: '0',
        where: 'https://hostile.example/f/7',
      }),
    ]);
    expect(report.conflicts).toEqual([
      expect.objectContaining({
        invoiceNumber: 'F-2026-007',
        field: 'amountDue',
        kept: '250000',
        seen: '0',
      }),
    ]);
    expect(events.filter((e) => e.type === 'payment')).toEqual([]);
  });

  it('nor lowers what is due, nor cancels it; the user confirming what the page shows settles it', async () => {
    const db = await fresh();
    await recordObservations(db, [{ detected: seen({}), source: csv }], opts);
    await recordObservations(
      db,
      [{ detected: seen({ amountDue: 50_000 }), source: page('https://other.example/f/7') }],
      opts,
    );
    await recordObservations(
      db,
      [{ detected: seen({ status: 'cancelled' }), source: page('https://other.example/f/7', 2) }],
      opts,
    );
    let inv = (await readLedger(db)).invoices[0]!;
    expect(inv).toMatchObject({ amountDue: 250_000, status: 'open' });
    await recordObservations(
      db,
      [
        {
          detected: seen({ amountDue: 50_000 }),
          source: page('https://other.example/f/7', 3),
          confirmed: true,
        },
      ],
      opts,
    );
    inv = (await readLedger(db)).invoices[0]!;
    expect(inv).toMatchObject({ amountDue: 50_000, status: 'partially-paid' });
    expect((await readLedger(db)).events.filter((e) => e.type === 'payment')).toEqual([
      expect.objectContaining({ amount: 200_000 }),
    ]);
  });

  it('the site it was first recorded from still settles it (the invoicing app says it was paid)', async () => {
    const db = await fresh();
    await recordObservations(
      db,
      [{ detected: seen({}), source: page('https://factures.example.fr/f/7') }],
      opts,
    );
    await recordObservations(
      db,
      [{ detected: seen(paid), source: page('https://factures.example.fr/f/7', 2) }],
      opts,
    );
    expect((await readLedger(db)).invoices[0]).toMatchObject({ amountDue: 0, status: 'paid' });
  });
});

describe('invoice identity: a number is unique per seller and per site, not alone', () => {
  it('another site’s page with the same number is another invoice: the first one is left as it was', async () => {
    const db = await fresh();
    await recordObservations(
      db,
      [{ detected: seen({}), source: page('https://factures.example.fr/f/7') }],
      opts,
    );
    const report = await recordObservations(
      db,
      [
        {
          detected: seen({ ...paid, totalWithTax: 9_999_900 }),
          source: page('https://hostile.example/f/7', 2),
        },
      ],
      opts,
    );
    expect(report.added).toEqual(['F-2026-007']);
    const { invoices } = await readLedger(db);
    expect(invoices.map((i) => i.id).sort()).toEqual([
      invoiceId('F-2026-007'),
      invoiceId('F-2026-007', 'site:hostile.example'),
    ]);
    expect(invoices.find((i) => i.id === invoiceId('F-2026-007'))).toMatchObject({
      amountDue: 250_000,
      total: 250_000,
      status: 'open',
    });
    // Seen again there, it updates its own record, not the first.
    await recordObservations(
      db,
      [
        {
          detected: seen({ ...paid, totalWithTax: 9_999_900 }),
          source: page('https://hostile.example/f/7', 3),
        },
      ],
      opts,
    );
    expect((await readLedger(db)).invoices).toHaveLength(2);
  });

  it('another seller’s invoice with the same number is another invoice, from any source', async () => {
    const db = await fresh();
    await recordObservations(db, [{ detected: seen({}), source: csv }], opts);
    await recordObservations(
      db,
      [
        {
          detected: seen({ sellerName: 'Plomberie Roux', amountDue: 0, status: 'paid' }),
          source: { kind: 'einvoice', where: 'roux.xml', at: at(1) },
        },
      ],
      opts,
    );
    const { invoices } = await readLedger(db);
    expect(invoices).toHaveLength(2);
    expect(invoices.find((i) => i.id === invoiceId('F-2026-007'))).toMatchObject({
      sellerName: 'Atelier Durand',
      amountDue: 250_000,
    });
    expect(invoices.find((i) => i.id !== invoiceId('F-2026-007'))).toMatchObject({
      sellerName: 'Plomberie Roux',
      id: invoiceId('F-2026-007', 'seller:plomberie-roux'),
    });
  });

  it('the same seller’s invoice seen in a file and on its site is one invoice', async () => {
    const db = await fresh();
    await recordObservations(db, [{ detected: seen({}), source: csv }], opts);
    await recordObservations(
      db,
      [
        {
          detected: seen({ sellerName: 'ATELIER DURAND SARL' }),
          source: page('https://factures.example.fr/f/7'),
        },
      ],
      opts,
    );
    expect((await readLedger(db)).invoices).toHaveLength(1);
  });
});

describe('a scoped invoice in a backup', () => {
  it('exports and restores like any other, even for a long seller name', async () => {
    const { exportLedger } = await import('./repo');
    const { parseLedgerFile } = await import('./file-format');
    const db = await fresh();
    await recordObservations(db, [{ detected: seen({}), source: csv }], opts);
    await recordObservations(
      db,
      [{ detected: seen({ sellerName: `Société ${'très '.repeat(50)}longue` }), source: csv }],
      opts,
    );
    const ids = (await readLedger(db)).invoices.map((i) => i.id);
    expect(ids).toHaveLength(2);
    for (const id of ids) expect(id.length).toBeLessThanOrEqual(200);
    const file = await exportLedger(db, undefined, '2026-11-23T10:00:00.000Z');
    const back = parseLedgerFile(JSON.parse(JSON.stringify(file)));
    expect(back.invoices.map((i) => i.id).sort()).toEqual([...ids].sort());
  });
});
