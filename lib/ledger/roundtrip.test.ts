import { runs } from '../../tests/helpers/property-config';
import 'fake-indexeddb/auto';
import * as fc from 'fast-check';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { emptyDetected, type DetectedInvoice } from '../detect/invoice-reading';
import { openLedger } from './db';
import { parseLedgerFile } from './file-format';
import {
  addEvents,
  exportLedger,
  importLedger,
  readLedger,
  recordObservations,
  saveClient,
} from './repo';
import { AddEventsSchema, RecordScanSchema, SaveClientSchema } from '../messaging/schemas';

/**
 * The property behind "a backup always restores": whatever the importers and the
 * messages let into the ledger (hostile text, control characters, overlong values,
 * addresses that are not addresses, impossible dates, odd currencies, any amounts)
 * exports to a file that restores to the very same ledger.
 */
let n = 0;
const fresh = () => openLedger(`roundtrip-${++n}-${Math.random()}`);

const nasty = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom(
    '',
    ' ',
    '\u0000',
    'a\u0000b',
    'evil\u202Efdp.exe',
    '\u001b]0;x\u0007',
    'compta@dupont.example',
    'Compta@Dupont.Example ',
    'not an address',
    'a@b',
    '<script>alert(1)</script>',
    '__proto__',
  ),
  fc.integer({ min: 90, max: 1200 }).map((k) => 'x'.repeat(k)),
);
const maybe = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: null });
const day = fc.constantFrom(
  '2026-01-31',
  '2026-02-28',
  '2026-02-31',
  '2026-13-01',
  '1899-12-31',
  '2026-10-01',
  '2026-11-23',
);
const amount = maybe(
  fc.oneof(fc.integer({ min: -100_000, max: 10_000_000 }), fc.constantFrom(0, 1, 1e15, -1e15)),
);

const detected: fc.Arbitrary<DetectedInvoice> = fc
  .record({
    invoiceNumber: maybe(fc.oneof(fc.constantFrom('F-1', 'F-2', 'f 1', 'F-3'), nasty)),
    issueDate: maybe(day),
    dueDate: maybe(day),
    dueDateSource: fc.constantFrom('explicit', 'terms', 'label', 'none'),
    currency: maybe(fc.constantFrom('EUR', 'USD', 'JPY', 'GBP', 'ABC', 'XXX')),
    totalWithTax: amount,
    paid: amount,
    amountDue: amount,
    sellerName: maybe(nasty),
    buyerName: maybe(fc.oneof(fc.constantFrom('Atelier Dupont', 'Boulangerie Martin'), nasty)),
    buyerEmail: maybe(nasty),
    paymentTerms: maybe(nasty),
    status: maybe(
      fc.constantFrom('paid', 'overdue', 'open', 'draft', 'cancelled', 'partially-paid'),
    ),
    isCreditNote: fc.boolean(),
    confidence: fc.double({ min: 0, max: 1, noNaN: true }),
    lowTotal: fc.boolean(),
  })
  .map(
    ({ lowTotal, ...d }) =>
      ({
        ...emptyDetected(),
        ...d,
        fields: lowTotal ? { totalWithTax: { confidence: 0.4, where: 'text' } } : {},
      }) as DetectedInvoice,
  );

const sourceAt = fc.integer({ min: 0, max: 5 }).map((i) => `2026-11-2${i}T10:00:00.000Z`);
const item = fc.record({ detected, where: nasty, at: sourceAt, viaMessage: fc.boolean() });

const eventFor = (clientId: string, invoiceIds: string[]) =>
  fc
    .oneof(
      fc.record({
        type: fc.constant('reminder'),
        step: fc.constantFrom('reminder-1', 'final-notice'),
        channel: fc.constantFrom('email', 'letter'),
        subject: fc.oneof(nasty, fc.constant('s'.repeat(1000))),
        body: nasty,
      }),
      fc.record({
        type: fc.constant('payment'),
        amount: fc.integer({ min: -5, max: 200_000 }),
        currency: fc.constantFrom('EUR', 'USD'),
      }),
      fc.record({ type: fc.constant('note'), note: nasty }),
      fc.record({
        type: fc.constant('call'),
        outcome: fc.constantFrom('reached', 'promise'),
        promiseDate: day,
        promiseAmount: fc.integer({ min: 1, max: 50_000 }),
      }),
      fc.record({ type: fc.constant('dispute'), reason: nasty }),
      fc.record({ type: fc.constant('promise'), until: day }),
    )
    .chain((e) =>
      fc
        .subarray(invoiceIds)
        .map((ids) => ({ ...e, clientId, invoiceIds: ids, date: '2026-11-23' })),
    );

const byId = <T extends { id: string }>(l: T[]) =>
  [...l].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

describe('round trip', () => {
  it('any ledger reachable through the importers and the messages exports and restores identically', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(item, { minLength: 1, maxLength: 8 }),
        fc.array(fc.nat(), { maxLength: 4 }),
        fc.array(nasty, { maxLength: 2 }),
        async (items, eventSeeds, addresses) => {
          const db = await fresh();
          for (const it of items) {
            let d = it.detected;
            if (it.viaMessage) {
              // What a content script sends goes through the message schema first.
              const msg = v.safeParse(RecordScanSchema, {
                url: it.where.slice(0, 2000),
                kind: 'page',
                invoices: [d],
              });
              if (!msg.success) continue;
              d = msg.output.invoices[0] as DetectedInvoice;
            }
            await recordObservations(
              db,
              [
                {
                  detected: d,
                  source: { kind: it.viaMessage ? 'page' : 'csv', where: it.where, at: it.at },
                },
              ],
              { today: '2026-11-23' },
            );
          }
          const ledger = await readLedger(db);
          for (const [i, seed] of eventSeeds.entries()) {
            const client = ledger.clients[seed % Math.max(1, ledger.clients.length)];
            if (!client) break;
            const ids = ledger.invoices
              .filter((inv) => inv.clientId === client.id)
              .map((inv) => inv.id);
            const [event] = fc.sample(eventFor(client.id, ids), { numRuns: 1, seed: seed + i });
            const msg = v.safeParse(AddEventsSchema, { events: [event] });
            if (msg.success) await addEvents(db, msg.output.events).catch(() => undefined);
          }
          const first = (await readLedger(db)).clients[0];
          if (first) {
            const msg = v.safeParse(SaveClientSchema, {
              client: { ...first, emails: [...first.emails, ...addresses] },
              base: first,
            });
            if (msg.success) await saveClient(db, msg.output.client, msg.output.base);
          }
          const before = await readLedger(db);
          const file = JSON.parse(
            JSON.stringify(await exportLedger(db, undefined, '2026-11-23T00:00:00.000Z')),
          );
          const restored = await fresh();
          await importLedger(restored, parseLedgerFile(file), 'replace');
          const after = await readLedger(restored);
          expect(byId(after.clients)).toEqual(byId(before.clients));
          expect(byId(after.invoices)).toEqual(byId(before.invoices));
          expect(byId(after.events)).toEqual(byId(before.events));
          db.close();
          restored.close();
        },
      ),
      { numRuns: runs(100) },
    );
  }, 120_000);
});

describe('a case the property found', () => {
  it('a dispute logged on a credit note leaves it a credit note, and its backup restores', async () => {
    const db = await fresh();
    const d: DetectedInvoice = {
      ...emptyDetected(),
      invoiceNumber: 'AV-2026-003',
      currency: 'EUR',
      totalWithTax: 0,
      isCreditNote: true,
      buyerName: 'Studio Lumière',
    };
    await recordObservations(
      db,
      [
        {
          detected: d,
          source: { kind: 'csv', where: 'export.csv', at: '2026-11-20T10:00:00.000Z' },
        },
      ],
      { today: '2026-11-23' },
    );
    const [credit] = (await readLedger(db)).invoices;
    await addEvents(db, [
      {
        type: 'dispute',
        reason: 'Conteste l’avoir',
        clientId: credit!.clientId,
        invoiceIds: [credit!.id],
        date: '2026-11-23',
      },
    ]);
    const before = await readLedger(db);
    expect(before.invoices[0]!.status).toBe('credit-note');
    const restored = await fresh();
    await importLedger(
      restored,
      parseLedgerFile(
        JSON.parse(JSON.stringify(await exportLedger(db, undefined, '2026-11-23T00:00:00.000Z'))),
      ),
      'replace',
    );
    expect((await readLedger(restored)).invoices).toEqual(before.invoices);
  });
});

describe('more cases the property found', () => {
  it('a payment on a credit note is refused, the credit note stays a credit note, and its backup restores', async () => {
    const db = await fresh();
    const d: DetectedInvoice = {
      ...emptyDetected(),
      invoiceNumber: 'F-1',
      currency: 'EUR',
      totalWithTax: 0,
      amountDue: 17,
      isCreditNote: true,
    };
    await recordObservations(
      db,
      [
        {
          detected: d,
          source: { kind: 'csv', where: 'export.csv', at: '2026-11-20T10:00:00.000Z' },
        },
      ],
      { today: '2026-11-23' },
    );
    const [credit] = (await readLedger(db)).invoices;
    await expect(
      addEvents(db, [
        {
          type: 'payment',
          amount: 5,
          currency: 'EUR',
          clientId: credit!.clientId,
          invoiceIds: [credit!.id],
          date: '2026-11-23',
        },
      ]),
    ).rejects.toThrow(/credit note/);
    const before = await readLedger(db);
    expect(before.invoices[0]).toMatchObject({ status: 'credit-note', amountDue: 17 });
    expect(before.events).toEqual([]);
    const restored = await fresh();
    await importLedger(
      restored,
      parseLedgerFile(
        JSON.parse(JSON.stringify(await exportLedger(db, undefined, '2026-11-23T00:00:00.000Z'))),
      ),
      'replace',
    );
    expect((await readLedger(restored)).invoices).toEqual(before.invoices);
  });

  it('a promise made in a call on a yen invoice keeps its amount through a backup', async () => {
    const db = await fresh();
    const d: DetectedInvoice = {
      ...emptyDetected(),
      invoiceNumber: 'F-9',
      currency: 'JPY',
      totalWithTax: 120_000,
      buyerName: 'Tanaka KK',
    };
    await recordObservations(
      db,
      [
        {
          detected: d,
          source: { kind: 'csv', where: 'export.csv', at: '2026-11-20T10:00:00.000Z' },
        },
      ],
      { today: '2026-11-23' },
    );
    const [inv] = (await readLedger(db)).invoices;
    await addEvents(db, [
      {
        type: 'call',
        outcome: 'promise',
        promiseDate: '2026-12-10',
        promiseAmount: 6030,
        clientId: inv!.clientId,
        invoiceIds: [inv!.id],
        date: '2026-11-23',
      },
    ]);
    const before = await readLedger(db);
    const restored = await fresh();
    await importLedger(
      restored,
      parseLedgerFile(
        JSON.parse(JSON.stringify(await exportLedger(db, undefined, '2026-11-23T00:00:00.000Z'))),
      ),
      'replace',
    );
    expect((await readLedger(restored)).events).toEqual(before.events);
    expect(before.events[0]).toMatchObject({ promiseAmount: 6030 });
  });
});
