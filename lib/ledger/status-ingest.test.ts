import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { emptyDetected, type DetectedInvoice } from '../detect/invoice-reading';
import { mergeObservation } from './merge';
import { openLedger } from './db';
import { readLedger, recordObservations } from './repo';
import type { Invoice, SourceRef } from '../model/invoice';

/**
 * Drafts and voided invoices at every ingest (CSV, page, e-mail, file all go through
 * recordObservations → mergeObservation): a draft never becomes or changes a debt; a
 * void seen later stops the chase with a note, never a payment; a voided invoice seen
 * open again is a disagreement for the user, not a new debt.
 */
let n = 0;
const fresh = () => openLedger(`status-${++n}-${Math.random()}`);
const seen = (over: Partial<DetectedInvoice>): DetectedInvoice => ({
  ...emptyDetected(),
  invoiceNumber: 'F-7',
  currency: 'EUR',
  totalWithTax: 120_000,
  amountDue: 120_000,
  issueDate: '2026-09-01',
  dueDate: '2026-10-01',
  dueDateSource: 'label',
  buyerName: 'Boulangerie Martin',
  buyerEmail: 'compta@martin.example',
  confidence: 0.9,
  status: 'open',
  fields: {
    invoiceNumber: { confidence: 0.95, where: 't' },
    dueDate: { confidence: 0.95, where: 't' },
    amountDue: { confidence: 0.95, where: 't' },
  },
  ...over,
});
const csv = (where: string, at = '2026-11-20T10:00:00.000Z'): SourceRef => ({
  kind: 'csv',
  where,
  at,
});
const page = (where: string, at = '2026-11-20T10:00:00.000Z'): SourceRef => ({
  kind: 'page',
  where,
  at,
});
const opts = { today: '2026-11-23' };

const open = (): Invoice =>
  mergeObservation({
    detected: seen({}),
    source: page('https://app.example/f/7'),
    clientId: 'c1',
    today: '2026-11-20',
  }).invoice;

describe('a draft at ingest', () => {
  it('is never recorded, from a file or a page, and the report says why in both languages', async () => {
    const db = await fresh();
    const r = await recordObservations(
      db,
      [
        { detected: seen({ invoiceNumber: 'D-1', status: 'draft' }), source: csv('export.csv') },
        {
          detected: seen({ invoiceNumber: 'D-2', status: 'draft' }),
          source: page('https://app.example/f/d2'),
        },
        { detected: seen({ invoiceNumber: 'F-8' }), source: csv('export.csv') },
      ],
      opts,
    );
    expect(r.added).toEqual(['F-8']);
    expect(r.skipped.map((s) => [s.invoiceNumber, s.text?.fr, s.text?.en])).toEqual([
      [
        'D-1',
        'brouillon : pas encore envoyé, donc non relancé',
        'draft: not sent yet, so not chased',
      ],
      [
        'D-2',
        'brouillon : pas encore envoyé, donc non relancé',
        'draft: not sent yet, so not chased',
      ],
    ]);
    const ledger = await readLedger(db);
    expect(ledger.invoices.map((i) => i.number)).toEqual(['F-8']);
    expect(ledger.events).toEqual([]);
  });

  it('mergeObservation refuses to create an invoice from a draft', () => {
    expect(() =>
      mergeObservation({
        detected: seen({ status: 'draft' }),
        source: csv('x.csv'),
        clientId: 'c1',
        today: '2026-11-20',
      }),
    ).toThrow(/draft/);
  });

  it('seen for an invoice already recorded: no payment, no amount or status change, a status disagreement kept', () => {
    const inv = open();
    // The draft shows nothing due (a new draft reusing the number): that is not a payment.
    const r = mergeObservation({
      existing: inv,
      detected: seen({ status: 'draft', amountDue: 0, totalWithTax: 50_000 }),
      source: page('https://app.example/f/7', '2026-11-21T10:00:00.000Z'),
      clientId: 'c1',
      today: '2026-11-21',
    });
    expect(r.events).toEqual([]);
    expect(r.invoice).toMatchObject({ status: 'open', amountDue: 120_000, total: 120_000 });
    expect(r.conflicts).toEqual([{ field: 'status', kept: 'open', seen: 'draft' }]);
    expect(r.invoice.conflicts).toEqual([
      {
        field: 'status',
        value: 'draft',
        where: 'https://app.example/f/7',
        at: '2026-11-21T10:00:00.000Z',
      },
    ]);
    // The same draft seen again adds nothing twice.
    const again = mergeObservation({
      existing: r.invoice,
      detected: seen({ status: 'draft', amountDue: 0 }),
      source: page('https://app.example/f/7', '2026-11-22T10:00:00.000Z'),
      clientId: 'c1',
      today: '2026-11-22',
    });
    expect(again.outcome).toBe('unchanged');
  });

  it('a draft with a higher amount does not re-open a paid invoice', async () => {
    const db = await fresh();
    await recordObservations(
      db,
      [{ detected: seen({ status: 'paid', amountDue: 0 }), source: csv('a.csv') }],
      opts,
    );
    const r = await recordObservations(
      db,
      [{ detected: seen({ status: 'draft', amountDue: 120_000 }), source: csv('b.csv') }],
      opts,
    );
    expect(r.updated).toEqual(['F-7']);
    const ledger = await readLedger(db);
    expect(ledger.invoices[0]).toMatchObject({ status: 'paid', amountDue: 0 });
    expect(ledger.events).toEqual([]);
  });
});

describe('a void seen later', () => {
  it('stops the chase with a note from its source, never a payment, even when the app shows 0 left', () => {
    const inv = open();
    const r = mergeObservation({
      existing: inv,
      detected: seen({ status: 'cancelled', amountDue: 0 }),
      source: page('https://app.example/f/7'),
      clientId: 'c1',
      today: '2026-11-22',
    });
    expect(r.invoice.status).toBe('cancelled');
    expect(r.events.map((e) => e.type)).toEqual(['note']);
    expect(r.events[0]!.note).toMatch(
      /^voided: page https:\/\/app\.example\/f\/7 shows it cancelled/,
    );
    expect(r.events.some((e) => e.type === 'payment')).toBe(false);
  });

  it('from another site than the invoice’s own is a disagreement to confirm, with no payment', () => {
    const inv = open();
    const r = mergeObservation({
      existing: inv,
      detected: seen({ status: 'cancelled', amountDue: 0 }),
      source: page('https://other.example/f/7'),
      clientId: 'c1',
      today: '2026-11-22',
    });
    expect(r.invoice).toMatchObject({ status: 'open', amountDue: 120_000 });
    expect(r.events).toEqual([]);
    expect(r.conflicts.map((c) => c.field).sort()).toEqual(['status']);
  });

  it('a voided invoice seen open again is not a debt until the user confirms it', async () => {
    const db = await fresh();
    await recordObservations(
      db,
      [{ detected: seen({ status: 'cancelled', amountDue: 0 }), source: csv('a.csv') }],
      opts,
    );
    let ledger = await readLedger(db);
    expect(ledger.invoices[0]).toMatchObject({ status: 'cancelled' });
    const r = await recordObservations(
      db,
      [{ detected: seen({ status: 'open', amountDue: 120_000 }), source: csv('b.csv') }],
      opts,
    );
    expect(r.conflicts).toEqual([
      { invoiceNumber: 'F-7', field: 'status', kept: 'cancelled', seen: 'open' },
    ]);
    ledger = await readLedger(db);
    expect(ledger.invoices[0]!.status).toBe('cancelled');
    expect(ledger.events).toEqual([]);
    // Confirmed by the user (the import's "Check"), it is an invoice again.
    await recordObservations(
      db,
      [
        {
          detected: seen({ status: 'open', amountDue: 120_000 }),
          source: csv('b.csv'),
          confirmed: true,
        },
      ],
      opts,
    );
    ledger = await readLedger(db);
    expect(ledger.invoices[0]!.status).toBe('open');
  });
});
