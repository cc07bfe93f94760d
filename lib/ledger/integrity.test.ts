import 'fake-indexeddb/auto';
import * as v from 'valibot';
import { afterEach, describe, expect, it } from 'vitest';
import { detectedInvoice } from '../../tests/helpers/detected-invoice';
import { demoLedger } from '../app/demo';
import { openLedger } from './db';
import { LedgerFileError, parseLedgerFile, toLedgerFile } from './file-format';
import {
  addEvent,
  addEvents,
  exportLedger,
  importLedger,
  readLedger,
  recordObservations,
  saveClient,
} from './repo';
import { AddEventsSchema, RecordScanSchema } from '../messaging/schemas';
import { TextError } from '../model/text';
import type { Client } from '../model/client';

let n = 0;
const fresh = () => openLedger(`integrity-${++n}-${Math.random()}`);
const seen = detectedInvoice;
const src = (where: string, at = '2026-11-20T10:00:00.000Z') => ({
  kind: 'csv' as const,
  where,
  at,
});
const opts = { today: '2026-11-23' };
const sorted = <T extends { id: string }>(l: T[]) =>
  [...l].sort((a, b) => a.id.localeCompare(b.id));
const roundTrip = async (db: Awaited<ReturnType<typeof fresh>>) => {
  const file = JSON.parse(
    JSON.stringify(await exportLedger(db, undefined, '2026-11-23T00:00:00.000Z')),
  );
  const restored = await fresh();
  await importLedger(restored, parseLedgerFile(file), 'replace');
  return { before: await readLedger(db), after: await readLedger(restored) };
};

/** The project's failure simulation: the nth `put` of any store throws (as a value IndexedDB cannot clone does). */
function failAtPut(nth: number): () => void {
  const proto = IDBObjectStore.prototype;
  const original = proto.put;
  let calls = 0;
  proto.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
    if (++calls === nth)
      throw new DOMException(`simulated failure at put #${nth}`, 'DataCloneError');
    return original.apply(this, args);
  };
  return () => {
    proto.put = original;
  };
}
let restore: (() => void) | null = null;
afterEach(() => {
  restore?.();
  restore = null;
});

describe('the backup always restores what the importers stored', () => {
  it('a UBL/CSV address that is not one stays out of emails, with a warning; a 150-character number is refused at ingest with the reason', async () => {
    const db = await fresh();
    const r = await recordObservations(
      db,
      [
        { detected: seen({ buyerEmail: 'compta at dupont' }), source: src('a.csv') },
        { detected: seen({ invoiceNumber: `F-${'9'.repeat(150)}` }), source: src('a.csv') },
      ],
      opts,
    );
    expect(r.added).toEqual(['F-1']);
    expect(r.warnings?.[0]?.text.en).toBe(
      '"compta at dupont" is not a valid e-mail address: it is not recorded for the client',
    );
    expect(r.skipped).toHaveLength(1);
    expect(r.skipped[0]!.text?.en).toMatch(/^invoice number of 152 characters \(at most 100\)/);
    expect(r.skipped[0]!.text?.fr).toMatch(/^numéro de facture de 152 caractères \(au plus 100\)/);
    expect((await readLedger(db)).clients[0]!.emails).toEqual([]);
    const { before, after } = await roundTrip(db);
    expect(sorted(after.invoices)).toEqual(sorted(before.invoices));
    expect(after.clients).toEqual(before.clients);
  });

  it('a reminder with a 1 000-character subject and a 100 000-character body (what messages accept) restores', async () => {
    const db = await fresh();
    await recordObservations(db, [{ detected: seen({}), source: src('a.csv') }], opts);
    const clientId = (await readLedger(db)).clients[0]!.id;
    const [event] = v.parse(AddEventsSchema, {
      events: [
        {
          type: 'reminder',
          step: 'reminder-1',
          channel: 'email',
          clientId,
          invoiceIds: ['inv:F-1'],
          date: '2026-11-23',
          subject: 's'.repeat(1000),
          body: 'b'.repeat(100_000),
        },
      ],
    }).events;
    await addEvent(db, event!);
    const { before, after } = await roundTrip(db);
    expect(after.events).toEqual(before.events);
  });

  it('"to confirm" flags (uncertain fields, an uncertain due date, conflicts) survive a round trip', async () => {
    const db = await fresh();
    await recordObservations(
      db,
      [
        {
          detected: seen({
            dueDateSource: 'terms',
            fields: {
              invoiceNumber: { confidence: 0.95, where: 't' },
              totalWithTax: { confidence: 0.4, where: 'pdf text' },
            },
          }),
          source: src('a.pdf'),
        },
      ],
      opts,
    );
    await recordObservations(
      db,
      [
        {
          detected: seen({ totalWithTax: 110_000, amountDue: 105_000, dueDateSource: 'terms' }),
          source: src('b.csv', '2026-11-21T00:00:00.000Z'),
        },
      ],
      opts,
    );
    const inv = (await readLedger(db)).invoices[0]!;
    expect(inv.uncertain).toEqual(['total', 'dueDate']);
    expect(inv.dueDateUncertain).toBe(true);
    expect(inv.conflicts?.map((c) => c.field)).toEqual(['total']);
    const { after } = await roundTrip(db);
    expect(after.invoices[0]).toEqual(inv);
  });
});

describe('every multi-record write is all or nothing', () => {
  it('"replace" failing at the third put leaves the ledger exactly as it was, and says so', async () => {
    const db = await fresh();
    const demo = demoLedger('2026-11-23');
    await importLedger(db, { ...demo, policy: undefined as never }, 'replace');
    const before = await readLedger(db);
    const other = parseLedgerFile(
      toLedgerFile(
        {
          clients: [{ id: 'x', name: 'X', emails: [], language: 'fr', kind: 'b2b' }],
          invoices: [],
          events: [],
        },
        'now',
      ),
    );
    restore = failAtPut(3);
    const other5 = {
      ...other,
      clients: Array.from({ length: 5 }, (_, i) => ({ ...other.clients[0]!, id: `x${i}` })),
    };
    await expect(importLedger(db, other5, 'replace')).rejects.toThrow(
      'simulated failure at put #3',
    );
    restore();
    restore = null;
    expect(await readLedger(db)).toEqual(before);
  });

  it('an import failing at the third put writes nothing', async () => {
    const db = await fresh();
    restore = failAtPut(3);
    const items = Array.from({ length: 5 }, (_, i) => ({
      detected: seen({
        invoiceNumber: `F-${i}`,
        buyerName: `Client ${i}`,
        buyerEmail: `c${i}@x${i}.example`,
      }),
      source: src('big.csv'),
    }));
    await expect(recordObservations(db, items, opts)).rejects.toThrow(
      'simulated failure at put #3',
    );
    restore();
    restore = null;
    expect(await readLedger(db)).toEqual({ clients: [], invoices: [], events: [] });
  });

  it('events recorded together (a call and the dispute it reports) are recorded together or not at all', async () => {
    const db = await fresh();
    await recordObservations(db, [{ detected: seen({}), source: src('a.csv') }], opts);
    const clientId = (await readLedger(db)).clients[0]!.id;
    await expect(
      addEvents(db, [
        { type: 'call', outcome: 'dispute', clientId, invoiceIds: ['inv:F-1'], date: '2026-11-23' },
        { type: 'dispute', reason: 'x', clientId, invoiceIds: ['inv:GHOST'], date: '2026-11-23' },
      ]),
    ).rejects.toThrow('Invoice inv:GHOST does not exist');
    expect((await readLedger(db)).events).toEqual([]);
  });
});

describe('event ids', () => {
  const fileWith = (events: object[]) => ({
    version: 1,
    clients: [{ id: 'c', name: 'C' }],
    invoices: [
      { number: 'F-1', clientId: 'c', dueDate: '2026-10-01', currency: 'EUR', total: '100.00' },
    ],
    events,
  });

  it('merging a second file of events without ids never replaces the first file’s events', async () => {
    const db = await fresh();
    await importLedger(
      db,
      parseLedgerFile(
        fileWith([
          {
            type: 'reminder',
            step: 'reminder-1',
            clientId: 'c',
            invoiceIds: ['F-1'],
            date: '2026-10-02',
            subject: 'first',
          },
        ]),
      ),
      'merge',
    );
    const r = await importLedger(
      db,
      parseLedgerFile(
        fileWith([
          {
            type: 'reminder',
            step: 'reminder-2',
            clientId: 'c',
            invoiceIds: ['F-1'],
            date: '2026-10-20',
            subject: 'second',
          },
        ]),
      ),
      'merge',
    );
    expect(r.events).toBe(1);
    const events = (await readLedger(db)).events;
    expect(events.map((e) => (e.type === 'reminder' ? e.subject : '')).sort()).toEqual([
      'first',
      'second',
    ]);
  });

  it('two equal payments on one day are two payments; the same file again adds nothing', async () => {
    const db = await fresh();
    const pay = {
      type: 'payment',
      amount: '10.00',
      clientId: 'c',
      invoiceIds: ['F-1'],
      date: '2026-10-02',
    };
    const file = parseLedgerFile(fileWith([pay, pay]));
    expect(new Set(file.events.map((e) => e.id)).size).toBe(2);
    expect(await importLedger(db, file, 'merge')).toMatchObject({ events: 2, unchanged: 0 });
    expect(await importLedger(db, file, 'merge')).toMatchObject({ events: 0, unchanged: 2 });
    expect((await readLedger(db)).events).toHaveLength(2);
  });

  it('an id used by two different events in one file is an error naming both; the same event twice is counted once', () => {
    const a = { id: 'e1', type: 'note', clientId: 'c', date: '2026-10-02', note: 'a' };
    const err = (() => {
      try {
        parseLedgerFile(fileWith([a, { ...a, note: 'b' }]));
      } catch (e) {
        return e as LedgerFileError;
      }
    })();
    expect(err).toBeInstanceOf(LedgerFileError);
    expect(err!.problems[0]).toBe(
      'events[1] (note 2026-10-02).id: duplicate event id "e1" (already used by events[0], with different content)',
    );
    const twice = parseLedgerFile(fileWith([a, a]));
    expect(twice.events).toHaveLength(1);
    expect(twice.duplicateEvents).toBe(1);
  });

  it('an event whose id the ledger gave another event is kept beside it, reported, and a re-run adds nothing', async () => {
    const db = await fresh();
    const note = (text: string) => ({
      id: 'e1',
      type: 'note',
      clientId: 'c',
      date: '2026-10-02',
      note: text,
    });
    await importLedger(db, parseLedgerFile(fileWith([note('mine')])), 'merge');
    const r = await importLedger(db, parseLedgerFile(fileWith([note('theirs')])), 'merge');
    expect(r.events).toBe(1);
    expect(r.collisions).toEqual([{ id: 'e1', storedAs: expect.stringMatching(/^e1~/) }]);
    expect((await readLedger(db)).events.map((e) => e.note).sort()).toEqual(['mine', 'theirs']);
    expect(
      await importLedger(db, parseLedgerFile(fileWith([note('theirs')])), 'merge'),
    ).toMatchObject({ events: 0, unchanged: 1, collisions: [] });
  });
});

describe('two tabs writing at once', () => {
  it('a stale save keeps the address another tab added meanwhile, and applies its own change', async () => {
    const db = await fresh();
    await recordObservations(db, [{ detected: seen({}), source: src('a.csv') }], opts);
    const loaded: Client = (await readLedger(db)).clients[0]!;
    // Tab B adds an address.
    await saveClient(db, { ...loaded, emails: [...loaded.emails, 'boss@dupont.example'] }, loaded);
    // Tab A, still showing the old record, changes the phone number.
    await saveClient(db, { ...loaded, phone: '01 23 45 67 89' }, loaded);
    const now = (await readLedger(db)).clients[0]!;
    expect(now.emails).toEqual(['compta@dupont.example', 'boss@dupont.example']);
    expect(now.phone).toBe('01 23 45 67 89');
  });

  it('two popups marking the same 1 050 € debt paid record 1 050 € once; the second says it is already paid', async () => {
    const db = await fresh();
    await recordObservations(db, [{ detected: seen({}), source: src('a.csv') }], opts);
    const clientId = (await readLedger(db)).clients[0]!.id;
    const paid = {
      type: 'payment' as const,
      amount: 105_000,
      currency: 'EUR',
      clientId,
      invoiceIds: ['inv:F-1'],
      date: '2026-11-23',
    };
    const results = await Promise.allSettled([addEvent(db, paid), addEvent(db, paid)]);
    expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
    const err = (results.find((r) => r.status === 'rejected') as PromiseRejectedResult)
      .reason as TextError;
    expect(err.text).toEqual({
      fr: 'Facture F-1 déjà payée : ce paiement n’est pas enregistré une seconde fois',
      en: 'Invoice F-1 is already paid: this payment is not recorded twice',
    });
    const l = await readLedger(db);
    expect(
      l.events
        .filter((e) => e.type === 'payment')
        .reduce((s, e) => s + (e.type === 'payment' ? e.amount : 0), 0),
    ).toBe(105_000);
    expect(l.invoices[0]).toMatchObject({ amountDue: 0, status: 'paid' });
  });
});

describe('control characters and bad amounts', () => {
  it('a U+0000 or a bidi override is stripped through a backup, a page message and a CSV import', async () => {
    const db = await fresh();
    const file = parseLedgerFile({
      version: 1,
      clients: [{ id: 'c', name: 'Evil\u0000Corp\u202Efdp.exe' }],
      invoices: [
        {
          number: 'F-\u00001',
          clientId: 'c',
          dueDate: '2026-10-01',
          currency: 'EUR',
          total: '1.00',
        },
      ],
    });
    expect(file.clients[0]!.name).toBe('EvilCorpfdp.exe');
    expect(file.invoices[0]!.number).toBe('F-1');
    const msg = v.parse(RecordScanSchema, {
      url: 'https://x.example',
      kind: 'page',
      invoices: [{ ...seen({ buyerName: 'A\u0000B' }), fields: {} }],
    });
    expect(msg.invoices[0]!.buyerName).toBe('AB');
    await recordObservations(
      db,
      [
        {
          detected: seen({
            invoiceNumber: 'F-\u00002',
            buyerName: 'Atelier\u0007 \u202EDupont',
            paymentTerms: '30 jours\u0000<table>',
          }),
          source: src('a.csv'),
        },
      ],
      opts,
    );
    const l = await readLedger(db);
    expect(l.invoices[0]).toMatchObject({
      id: 'inv:F-2',
      number: 'F-2',
      paymentTerms: '30 jours<table>',
    });
    expect(l.clients[0]!.name).toBe('Atelier Dupont');
  });

  it('negative and zero payments are refused at every boundary', async () => {
    const db = await fresh();
    await recordObservations(db, [{ detected: seen({}), source: src('a.csv') }], opts);
    const clientId = (await readLedger(db)).clients[0]!.id;
    for (const amount of [0, -5000]) {
      await expect(
        addEvent(db, {
          type: 'payment',
          amount,
          currency: 'EUR',
          clientId,
          invoiceIds: ['inv:F-1'],
          date: '2026-11-23',
        }),
      ).rejects.toThrow(/^Event payment: amount/);
      expect(
        v.safeParse(AddEventsSchema, {
          events: [
            {
              type: 'payment',
              amount,
              currency: 'EUR',
              clientId,
              invoiceIds: [],
              date: '2026-11-23',
            },
          ],
        }).success,
      ).toBe(false);
    }
    for (const amount of ['0.00', '-10.00']) {
      expect(() =>
        parseLedgerFile({
          version: 1,
          clients: [{ id: 'c', name: 'C' }],
          invoices: [],
          events: [{ type: 'payment', amount, clientId: 'c', date: '2026-10-02' }],
        }),
      ).toThrow(LedgerFileError);
    }
    expect((await readLedger(db)).events).toEqual([]);
  });
});
