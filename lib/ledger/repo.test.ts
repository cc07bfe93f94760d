import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { emptyDetected, type DetectedInvoice } from '../detect/invoice-reading';
import { demoLedger } from '../app/demo';
import { DB_VERSION, MIGRATIONS, openLedger, type RelanceDB } from './db';
import { LedgerFileError, parseLedgerFile, toLedgerFile } from './file-format';
import { legalKey, matchClient, nameKey } from './merge';
import { TextError } from '../model/text';
import {
  addEvent,
  editInvoice,
  exportLedger,
  importLedger,
  mergeClients,
  readLedger,
  recordObservations,
  splitClient,
  StorageFullError,
} from './repo';
import type { LedgerDB } from './db';

let n = 0;
const fresh = () => openLedger(`test-${++n}-${Math.random()}`);
const seen = (over: Partial<DetectedInvoice>): DetectedInvoice => ({
  ...emptyDetected(),
  invoiceNumber: 'F-1',
  currency: 'EUR',
  totalWithTax: 120_000,
  amountDue: 120_000,
  issueDate: '2026-09-01',
  dueDate: '2026-10-01',
  dueDateSource: 'label',
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
const src = (where: string, at = '2026-11-20T10:00:00.000Z') => ({
  kind: 'page' as const,
  where,
  at,
});
const opts = { today: '2026-11-23' };

describe('ledger', () => {
  it('a full browser storage is one plain message, in both languages', async () => {
    const full = {
      transaction: () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      },
    } as unknown as LedgerDB;
    const err = await recordObservations(
      full,
      [{ detected: seen({}), source: src('p') }],
      opts,
    ).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(StorageFullError);
    expect((err as StorageFullError).text.fr).toMatch(
      /^Le navigateur n’a plus de place .* rien n’a été modifié\.$/,
    );
    expect((err as StorageFullError).message).toMatch(/no room left .* nothing was changed\.$/);
    // Any other failure is passed on as it is.
    const broken = {
      transaction: () => {
        throw new TypeError('boom');
      },
    } as unknown as LedgerDB;
    await expect(recordObservations(broken, [], opts)).rejects.toThrow('boom');
  });

  it('upgrades a database filled at every earlier version without losing anything', async () => {
    for (let from = 1; from < DB_VERSION; from++) {
      const name = `mig-${from}-${Math.random()}`;
      const old = await openDB<RelanceDB>(name, from, {
        upgrade(db, o, _n, tx) {
          for (let v = o; v < from; v++) MIGRATIONS[v]!(db, tx);
        },
      });
      const demo = demoLedger('2026-11-23');
      for (const c of demo.clients) await old.put('clients', c);
      for (const i of demo.invoices) await old.put('invoices', i);
      for (const e of demo.events) await old.put('events', e);
      old.close();
      const db = await openLedger(name);
      const after = await readLedger(db);
      expect(after.clients).toHaveLength(demo.clients.length);
      expect(after.invoices).toEqual(expect.arrayContaining(demo.invoices));
      expect(after.events).toHaveLength(demo.events.length);
      expect(await db.getAllFromIndex('invoices', 'by-status-due')).not.toHaveLength(0);
      expect([...db.transaction('invoices').store.indexNames].sort()).toEqual([
        'by-client',
        'by-status-due',
      ]);
      expect([...db.objectStoreNames].sort()).toEqual([
        'clients',
        'events',
        'invoices',
        'meta',
        'observations',
      ]);
      db.close();
    }
  });

  it('v3 → v4 drops the unused rates store and keeps every other store’s records, the bank state in meta among them', async () => {
    const name = `mig-v4-${Math.random()}`;
    const old = await openDB<RelanceDB>(name, 3, {
      upgrade(db, o, _n, tx) {
        for (let v = o; v < 3; v++) MIGRATIONS[v]!(db, tx);
      },
    });
    const demo = demoLedger('2026-11-23');
    for (const c of demo.clients) await old.put('clients', c);
    for (const i of demo.invoices) await old.put('invoices', i);
    for (const e of demo.events) await old.put('events', e);
    const observation = {
      invoiceId: demo.invoices[0]!.id,
      source: src('https://app.example/f/1'),
      detected: seen({}),
    };
    await old.add('observations', observation);
    const bank = { format: 1, lines: ['kept'] };
    await old.put('meta', bank, 'bank');
    old.close();

    const db = await openLedger(name);
    expect(db.version).toBe(4);
    expect(db.objectStoreNames.contains('rates' as never)).toBe(false);
    expect(await db.getAll('clients')).toEqual(expect.arrayContaining(demo.clients));
    expect(await db.count('clients')).toBe(demo.clients.length);
    expect(await db.getAll('invoices')).toEqual(expect.arrayContaining(demo.invoices));
    expect(await db.count('invoices')).toBe(demo.invoices.length);
    expect(await db.getAll('events')).toEqual(expect.arrayContaining(demo.events));
    expect(await db.count('events')).toBe(demo.events.length);
    expect(await db.getAll('observations')).toEqual([{ ...observation, id: 1 }]);
    expect(await db.get('meta', 'bank')).toEqual(bank);
    db.close();
  });

  it('records an observation once, matching or creating the client', async () => {
    const db = await fresh();
    const r1 = await recordObservations(
      db,
      [{ detected: seen({}), source: src('https://app.example/f/1') }],
      opts,
    );
    expect(r1).toMatchObject({ added: ['F-1'], clientsCreated: ['Boulangerie Martin SARL'] });
    const again = await recordObservations(
      db,
      [{ detected: seen({}), source: src('https://app.example/f/1') }],
      opts,
    );
    expect(again.unchanged).toEqual(['F-1']);
    await recordObservations(
      db,
      [
        {
          detected: seen({
            invoiceNumber: 'F-2',
            buyerEmail: null,
            buyerName: 'BOULANGERIE MARTIN',
          }),
          source: src('list'),
        },
      ],
      opts,
    );
    const l = await readLedger(db);
    expect(l.clients).toHaveLength(1);
    expect(l.invoices).toHaveLength(2);
  });

  it('a page showing the invoice paid marks it paid with an event; a higher amount later re-opens it', async () => {
    const db = await fresh();
    await recordObservations(db, [{ detected: seen({}), source: src('a') }], opts);
    await recordObservations(
      db,
      [
        {
          detected: seen({ status: 'paid', amountDue: 0 }),
          source: src('a', '2026-11-21T00:00:00.000Z'),
        },
      ],
      opts,
    );
    let l = await readLedger(db);
    expect(l.invoices[0]).toMatchObject({ status: 'paid', amountDue: 0 });
    expect(l.events.filter((e) => e.type === 'payment')).toHaveLength(1);
    await recordObservations(
      db,
      [{ detected: seen({ amountDue: 50_000 }), source: src('a', '2026-11-22T00:00:00.000Z') }],
      opts,
    );
    l = await readLedger(db);
    expect(l.invoices[0]).toMatchObject({ status: 'partially-paid', amountDue: 50_000 });
    expect(l.events.some((e) => e.type === 'note' && /re-opened/.test(e.note ?? ''))).toBe(true);
  });

  it('never overwrites what the user edited, and keeps conflicting values for the user', async () => {
    const db = await fresh();
    await recordObservations(db, [{ detected: seen({}), source: src('a') }], opts);
    await editInvoice(db, 'inv:F-1', { dueDate: '2026-10-15' });
    const r = await recordObservations(
      db,
      [{ detected: seen({ dueDate: '2026-10-01', totalWithTax: 130_000 }), source: src('b') }],
      opts,
    );
    expect(r.conflicts.map((c) => c.field).sort()).toEqual(['dueDate', 'total']);
    const inv = (await readLedger(db)).invoices[0]!;
    expect(inv.dueDate).toBe('2026-10-15');
    expect(inv.total).toBe(120_000);
    expect(inv.conflicts?.map((c) => `${c.field}=${c.value}`)).toEqual([
      'dueDate=2026-10-01',
      'total=130000',
    ]);
    expect(inv.sources.map((s) => s.where)).toEqual(['a', 'b']);
  });

  it('refuses an edit that would make the amount due more than the total, in French and English, and changes nothing', async () => {
    const db = await fresh();
    await recordObservations(db, [{ detected: seen({}), source: src('a') }], opts);
    const before = (await readLedger(db)).invoices[0];
    const error = await editInvoice(db, 'inv:F-1', { amountDue: 999_999_00 }).catch(
      (e: TextError) => e,
    );
    expect(error).toBeInstanceOf(TextError);
    expect((error as TextError).text).toEqual({
      fr: 'Le reste dû dépasse le total de la facture F-1',
      en: 'Amount due is more than the total of invoice F-1',
    });
    expect((await readLedger(db)).invoices[0]).toEqual(before);
  });

  it('skips what cannot be recorded, with the reason', async () => {
    const db = await fresh();
    const r = await recordObservations(
      db,
      [
        { detected: seen({ currency: null }), source: src('a') },
        { detected: seen({ invoiceNumber: null }), source: src('a') },
      ],
      opts,
    );
    expect(r.skipped).toEqual([
      { invoiceNumber: 'F-1', reason: 'currency unknown' },
      { invoiceNumber: null, reason: 'no invoice number' },
    ]);
  });

  it('payments and disputes update their invoices in the same transaction', async () => {
    const db = await fresh();
    await recordObservations(db, [{ detected: seen({}), source: src('a') }], opts);
    const clientId = (await readLedger(db)).clients[0]!.id;
    await addEvent(db, {
      type: 'payment',
      amount: 20_000,
      currency: 'EUR',
      clientId,
      invoiceIds: ['inv:F-1'],
      date: '2026-11-23',
    });
    expect((await readLedger(db)).invoices[0]).toMatchObject({
      amountDue: 100_000,
      status: 'partially-paid',
    });
    await addEvent(db, {
      type: 'dispute',
      reason: 'x',
      clientId,
      invoiceIds: ['inv:F-1'],
      date: '2026-11-23',
    });
    expect((await readLedger(db)).invoices[0]!.status).toBe('disputed');
    await expect(
      addEvent(db, { type: 'note', clientId: 'nobody', invoiceIds: [], date: '2026-11-23' }),
    ).rejects.toThrow(/does not exist/);
  });

  it('client matching: e-mail, legal id, company domain, normalised name', () => {
    const clients = [
      {
        id: 'a',
        name: 'Boulangerie Martin SARL',
        emails: ['compta@martin.example'],
        legalId: '801 234 567',
        language: 'fr' as const,
        kind: 'b2b' as const,
      },
    ];
    expect(matchClient(clients, { email: 'COMPTA@martin.example' })?.id).toBe('a');
    expect(matchClient(clients, { legalIds: ['FR32801234567'] })?.id).toBe('a');
    expect(matchClient(clients, { legalIds: ['80123456700012'] })?.id).toBe('a');
    expect(matchClient(clients, { email: 'boss@martin.example' })?.id).toBe('a');
    expect(matchClient(clients, { email: 'someone@gmail.com' })).toBeNull();
    expect(matchClient(clients, { name: 'boulangerie  martin' })?.id).toBe('a');
    // The domain speaks only when one client has it, and for a named hint only if the names
    // share a word.
    expect(
      matchClient(clients, { email: 'boss@martin.example', name: 'Boulangerie Martin' })?.id,
    ).toBe('a');
    expect(
      matchClient(clients, { email: 'boss@martin.example', name: 'Boulangerie Martin & Fils' })?.id,
    ).toBe('a');
    expect(
      matchClient(clients, { email: 'contact@martin.example', name: 'Fromagerie Petit' }),
    ).toBeNull();
    // A name that is only a legal form says nothing: the domain decides.
    expect(matchClient(clients, { email: 'contact@martin.example', name: 'SARL' })?.id).toBe('a');
    const shared = [
      ...clients,
      {
        id: 'b',
        name: 'Cabinet Lenoir',
        emails: ['lenoir@martin.example'],
        language: 'fr' as const,
        kind: 'b2b' as const,
      },
    ];
    expect(matchClient(shared, { email: 'boss@martin.example' })).toBeNull();
    expect(matchClient(shared, { email: 'lenoir@martin.example' })?.id).toBe('b');
    expect(nameKey('Société Générale SAS')).toBe('societe generale');
    expect(legalKey('FR 32 801 234 567')).toBe('801234567');
  });

  it('merge and split clients', async () => {
    const db = await fresh();
    await recordObservations(
      db,
      [
        { detected: seen({ invoiceNumber: 'F-1' }), source: src('a') },
        {
          detected: seen({
            invoiceNumber: 'F-2',
            buyerName: 'Martin Boulanger',
            buyerEmail: 'x@other.example',
          }),
          source: src('a'),
        },
      ],
      opts,
    );
    let l = await readLedger(db);
    expect(l.clients).toHaveLength(2);
    await mergeClients(db, l.clients[0]!.id, l.clients[1]!.id);
    l = await readLedger(db);
    expect(l.clients).toHaveLength(1);
    expect(l.invoices.every((i) => i.clientId === l.clients[0]!.id)).toBe(true);
    const split = await splitClient(db, l.clients[0]!.id, ['inv:F-2'], 'Martin Boulanger');
    l = await readLedger(db);
    expect(l.invoices.find((i) => i.id === 'inv:F-2')!.clientId).toBe(split.id);
  });

  it('a backup of 10 000 invoices restores identical', async () => {
    const db = await fresh();
    const clients = Array.from({ length: 100 }, (_, i) => ({
      id: `c${i}`,
      name: `Client ${i}`,
      emails: [`c${i}@x.example`],
      language: 'fr' as const,
      kind: 'b2b' as const,
    }));
    const invoices = Array.from({ length: 10_000 }, (_, i) => ({
      id: `inv:${i}`,
      number: `F-${i}`,
      clientId: `c${i % 100}`,
      issueDate: '2026-09-01',
      dueDate: '2026-10-01',
      currency: 'EUR',
      total: 10_000 + i,
      amountDue: 10_000 + i,
      status: 'open' as const,
      sources: [{ kind: 'csv' as const, where: 'import.csv', at: '2026-11-01T00:00:00.000Z' }],
    }));
    await importLedger(
      db,
      { clients, invoices, events: [], policy: undefined as never },
      'replace',
    );
    const file = JSON.parse(
      JSON.stringify(
        await exportLedger(db, { sender: { name: 'Me' } }, '2026-11-23T00:00:00.000Z'),
      ),
    );
    const restored = await fresh();
    await importLedger(restored, parseLedgerFile(file), 'replace');
    const a = await readLedger(db);
    const b = await readLedger(restored);
    expect(b.invoices).toHaveLength(10_000);
    expect(b.invoices.sort((x, y) => x.id.localeCompare(y.id))).toEqual(
      a.invoices.sort((x, y) => x.id.localeCompare(y.id)),
    );
    expect(b.clients).toEqual(a.clients);
  });

  it('a corrupt or hostile backup is rejected, says where, and changes nothing', async () => {
    const db = await fresh();
    const demo = demoLedger('2026-11-23');
    await importLedger(db, { ...demo, policy: undefined as never }, 'replace');
    const before = await readLedger(db);
    const good = toLedgerFile(before, 'now');
    const bad = structuredClone(good) as Record<string, unknown> & {
      invoices: Record<string, unknown>[];
    };
    bad.invoices[2]!.dueDate = '2026-02-31';
    bad.invoices[3]!.total = '12,5';
    (bad.invoices[4] as Record<string, unknown>).__proto__evil = '<script>';
    let error: LedgerFileError | undefined;
    try {
      parseLedgerFile(bad);
    } catch (e) {
      error = e as LedgerFileError;
    }
    expect(error).toBeInstanceOf(LedgerFileError);
    expect(error!.problems.join('\n')).toMatch(
      /invoices\[2\] \(F-2026-\d+\)\.dueDate: expected a real date/,
    );
    expect(error!.problems.join('\n')).toMatch(/invoices\[3\] \(F-2026-\d+\)\.total/);
    expect(error!.problems.join('\n')).toMatch(/invoices\[4\].*__proto__evil/);
    // The same problems in French, for the options page in French.
    const fr = error!.problemsText.map((p) => p.fr).join('\n');
    expect(fr).toMatch(
      /invoices\[2\] \(F-2026-\d+\)\.dueDate : une vraie date AAAA-MM-JJ est attendue/,
    );
    expect(fr).toMatch(/invoices\[3\] \(F-2026-\d+\)\.total : un montant décimal est attendu/);
    expect(fr).toMatch(/invoices\[4\] \(F-2026-\d+\)\.__proto__evil : champ inconnu/);
    expect(error!.text.fr).toMatch(/^Le fichier n’est pas valide :\n {2}/);
    expect(() =>
      parseLedgerFile({ ...good, invoices: [{ ...good.invoices[0], clientId: 'ghost' }] }),
    ).toThrow(/client "ghost" does not exist/);
    expect(() => parseLedgerFile([])).toThrow(/expected a JSON object/);
    const overpaid = structuredClone(good) as typeof bad;
    overpaid.invoices[0]!.amountDue = '999999.00';
    const overpaidError = (() => {
      try {
        parseLedgerFile(overpaid);
      } catch (e) {
        return e as LedgerFileError;
      }
      return null;
    })();
    expect(overpaidError?.problemsText[0]?.fr).toMatch(/\.amountDue : 999999\.00 dépasse le total/);
    expect(await readLedger(db)).toEqual(before);
  });

  it('importing the same file twice adds nothing twice', async () => {
    const db = await fresh();
    const file = parseLedgerFile(toLedgerFile(demoLedger('2026-11-23'), 'now'));
    await importLedger(db, file, 'merge');
    await importLedger(db, file, 'merge');
    const l = await readLedger(db);
    expect(l.invoices).toHaveLength(file.invoices.length);
    expect(l.events).toHaveLength(file.events.length);
  });
});
