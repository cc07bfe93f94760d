import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openLedger } from '../ledger/db';
import { parseLedgerFile } from '../ledger/file-format';
import { clearLedger, importLedger, readLedger } from '../ledger/repo';
import { readStatement } from './read';
import { reconcile } from './reconcile';
import { awaitingPayment, readBankState, receivedText, savePending, settlePending } from './store';

const F = join(import.meta.dirname, 'fixtures');
const file = (name: string) => readStatement(name, new Uint8Array(readFileSync(join(F, name))));

async function setup() {
  const db = await openLedger(`bank-${Math.random()}`);
  await importLedger(
    db,
    parseLedgerFile(JSON.parse(readFileSync(join(F, 'ledger.json'), 'utf8'))),
    'replace',
  );
  const run = async (...names: string[]) => {
    const bank = await readBankState(db);
    return reconcile(await readLedger(db), names.map(file), {
      ownNames: ['Atelier Moreau'],
      seen: new Set(bank.seen),
      knownIbans: new Map(Object.entries(bank.ibans)),
    });
  };
  return { db, run };
}

describe('proposals kept between import and confirmation', () => {
  it('a re-import adds nothing; confirming records payments with evidence; the rest awaits confirmation', async () => {
    const { db, run } = await setup();
    const first = await run('camt053-v02.xml');
    expect(await savePending(db, first, '2026-12-01T10:00:00Z')).toEqual({
      added: 5,
      alreadySeen: 0,
    });
    // Nothing is recorded before confirmation.
    expect((await readLedger(db)).events).toHaveLength(1);
    const again = await run('camt053-v02.xml');
    expect(await savePending(db, again, '2026-12-01T10:05:00Z')).toEqual({
      added: 0,
      alreadySeen: 5,
    });
    // The same payments told by another format of the same day are seen too.
    expect((await run('camt054-v04.xml')).matches.map((m) => m.invoiceNumbers)).toEqual([
      ['F-2026-025'],
    ]);

    const pending = (await readBankState(db)).pending;
    expect(pending).toHaveLength(5);
    const certain = pending.filter((m) => m.kind === 'certain').map((m) => m.transaction.key);
    expect((await settlePending(db, certain, [])).recorded).toBe(2);
    // Confirming again records nothing twice.
    expect((await settlePending(db, certain, [])).recorded).toBe(0);
    const ledger = await readLedger(db);
    const paid = ledger.events.filter((e) => e.id.startsWith('ev:bank:'));
    expect(paid.map((e) => e.type === 'payment' && e.evidence?.transactionId).sort()).toEqual([
      '2026112400001',
      '2026112600003',
    ]);
    expect(ledger.invoices.find((i) => i.number === 'F-2026-014')).toMatchObject({
      amountDue: 0,
      status: 'paid',
    });

    const state = await readBankState(db);
    expect(state.pending.map((m) => m.kind)).toEqual(['probable', 'partial', 'probable']);
    // The payer's IBAN is known from now on.
    expect(state.ibans).toEqual({
      FR7610107001011234567890129: 'c1',
      DE89370400440532013000: 'c3',
    });
    const awaiting = awaitingPayment(state);
    expect(awaiting.get('inv:F-2026-017')!.fr).toMatch(
      /^un virement de 960,00\s€ de GARAGE DUPUIS SAS a été reçu le 25\/11$/,
    );
    // A dismissed proposal is gone and its line stays seen.
    await settlePending(db, [], [state.pending[0]!.transaction.key]);
    expect((await readBankState(db)).pending).toHaveLength(2);
    expect((await run('camt053-v02.xml')).matches).toEqual([]);
  });

  it('says what was received, and which confirmation could not be recorded, in each language', async () => {
    const { db, run } = await setup();
    await savePending(db, await run('camt053-v02.xml'), '2026-12-01T10:00:00Z');
    const pending = (await readBankState(db)).pending;
    const dupuis = pending.find((m) => m.invoiceNumbers.includes('F-2026-017'))!;
    expect(receivedText(dupuis)).toEqual({
      fr: 'un virement de 960,00\u00a0€ de GARAGE DUPUIS SAS a été reçu le 25/11',
      en: 'a transfer of €960.00 from GARAGE DUPUIS SAS was received on 25 November 2026',
    });
    // The invoices are gone since the import: each confirmation says which and why.
    await clearLedger(db);
    const { recorded, failed } = await settlePending(db, [dupuis.transaction.key], []);
    expect(recorded).toBe(0);
    expect(failed).toEqual([
      {
        fr: 'F-2026-017 : Le client c2 n’existe pas (ou plus)',
        en: 'F-2026-017: Client c2 does not exist',
      },
    ]);
    expect((await readBankState(db)).pending).toHaveLength(pending.length);
  });
});
