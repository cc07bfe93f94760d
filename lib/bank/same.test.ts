import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openLedger } from '../ledger/db';
import { parseLedgerFile } from '../ledger/file-format';
import { importLedger, readLedger } from '../ledger/repo';
import { payerPart } from './names';
import { readStatement } from './read';
import { paymentEvent, reconcile } from './reconcile';
import { sameAccount } from './same';
import { readBankState, savePending, settlePending } from './store';
import type { BankTransaction, StatementFile } from './types';

const F = join(import.meta.dirname, 'fixtures');
const ledger = parseLedgerFile(JSON.parse(readFileSync(join(F, 'ledger.json'), 'utf8')));
const file = (name: string) => readStatement(name, new Uint8Array(readFileSync(join(F, name))));
const opts = { ownNames: ['Atelier Moreau'] };
const camtOnly = reconcile(ledger, [file('camt053-v02.xml')], opts);
const shape = (r: ReturnType<typeof reconcile>) =>
  r.matches.map((m) => [m.kind, m.transaction.bookingDate, m.transaction.amount, m.invoiceNumbers]);

let n = 0;
const tx = (p: Partial<BankTransaction> & { amount: number }): BankTransaction => ({
  key: `k${++n}`,
  bankId: null,
  bookingDate: '2026-11-25',
  valueDate: null,
  currency: 'EUR',
  counterparty: 'GARAGE DUPUIS SAS',
  counterpartyIban: null,
  remittance: '',
  creditorRef: null,
  endToEndId: null,
  label: 'GARAGE DUPUIS SAS',
  account: null,
  where: 'test',
  ...p,
});
const stmt = (name: string, transactions: BankTransaction[]): StatementFile => ({
  file: name,
  format: 'csv',
  transactions,
  accounts: [],
  warnings: [],
  error: null,
});

describe('the same week of one account in two formats: each transfer once', () => {
  it.each(['bank-generic.csv', 'ofx1.ofx', 'qonto.csv'])(
    'camt.053 then %s: the same matches as the camt alone, the other file’s credits already imported',
    (other) => {
      const r = reconcile(ledger, [file('camt053-v02.xml'), file(other)], opts);
      expect(shape(r)).toEqual(shape(camtOnly));
      expect(r.unmatched.map((u) => [u.transaction.amount, u.transaction.label])).toEqual(
        camtOnly.unmatched.map((u) => [u.transaction.amount, u.transaction.label]),
      );
      const credits = file(other).transactions.filter(
        (t) => t.amount > 0 && t.bookingDate <= '2026-11-28',
      );
      expect(r.duplicates.map((d) => d.transaction.key).sort()).toEqual(
        credits.map((t) => t.key).sort(),
      );
      for (const d of r.duplicates) {
        expect(d.from).toBe('camt053-v02.xml');
        expect(d.note).toEqual({
          fr: 'déjà importé depuis camt053-v02.xml',
          en: 'already imported from camt053-v02.xml',
        });
      }
    },
  );

  it('the CLI case: camt, CSV and OFX give 1 200 € once to F-2026-014, 960 € once, 777 € unmatched once', () => {
    const r = reconcile(
      ledger,
      ['camt053-v02.xml', 'bank-generic.csv', 'ofx1.ofx'].map(file),
      opts,
    );
    expect(shape(r)).toEqual(shape(camtOnly));
    expect(
      r.matches.filter((m) => m.transaction.amount === 120000).map((m) => m.invoiceNumbers),
    ).toEqual([['F-2026-014']]);
    expect(
      r.matches.filter((m) => m.transaction.amount === 96000).map((m) => m.invoiceNumbers),
    ).toEqual([['F-2026-017']]);
    expect(r.unmatched.map((u) => u.transaction.amount)).toEqual([77700]);
    expect(r.duplicates).toHaveLength(6);
  });

  it('the CSV first, then the camt: the camt’s lines are the CSV’s, not proposed again', () => {
    const r = reconcile(ledger, ['bank-generic.csv', 'camt053-v02.xml'].map(file), opts);
    expect(r.matches.filter((m) => m.transaction.amount === 120000)).toHaveLength(1);
    expect(r.matches.filter((m) => m.transaction.amount === 96000)).toHaveLength(1);
    expect(r.duplicates.map((d) => [d.transaction.amount, d.from])).toEqual([
      [120000, 'bank-generic.csv'],
      [96000, 'bank-generic.csv'],
      [77700, 'bank-generic.csv'],
    ]);
  });
});

describe('what proves two equal credits are two transfers', () => {
  it('two equal lines of one day in one file stay two', () => {
    const r = reconcile(ledger, [stmt('a.csv', [tx({ amount: 96000 }), tx({ amount: 96000 })])]);
    expect(r.matches.map((m) => m.invoiceNumbers)).toEqual([['F-2026-017'], ['F-2026-018']]);
    expect(r.duplicates).toEqual([]);
  });

  it('two equal lines in the first file, the same two in the second: both already imported; a third is in doubt, not proposed', () => {
    const first = stmt('a.csv', [tx({ amount: 96000 }), tx({ amount: 96000 })]);
    const same = reconcile(ledger, [
      first,
      stmt('b.ofx', [tx({ amount: 96000 }), tx({ amount: 96000 })]),
    ]);
    expect(same.matches).toHaveLength(2);
    expect(same.duplicates.map((d) => d.from)).toEqual(['a.csv', 'a.csv']);
    const more = reconcile(ledger, [
      stmt('a.csv', [tx({ amount: 96000 })]),
      stmt('b.ofx', [tx({ amount: 96000 }), tx({ amount: 96000 })]),
    ]);
    expect(more.matches.map((m) => m.invoiceNumbers)).toEqual([['F-2026-017']]);
    expect(more.duplicates).toHaveLength(1);
    expect(more.unmatched).toHaveLength(1);
    expect(more.unmatched[0]!.note!.fr).toMatch(
      /^même virement dans un autre relevé \? \(déjà importé depuis a\.csv\)/,
    );
    expect(more.unmatched[0]!.note!.en).toMatch(
      /^the same transfer in another statement\? \(already imported from a\.csv\)/,
    );
  });

  it('across imports, a line in doubt stays in doubt when its file comes again', async () => {
    const db = await openLedger(`doubt-${Math.random()}`);
    await importLedger(db, ledger, 'replace');
    const a = stmt('a.xml', [tx({ key: 'a1', amount: 96000 })]);
    const b = stmt('b.csv', [tx({ key: 'b1', amount: 96000 }), tx({ key: 'b2', amount: 96000 })]);
    const run = async (f: StatementFile) => {
      const bank = await readBankState(db);
      const r = reconcile(await readLedger(db), [f], {
        seen: new Set(bank.seen),
        prior: bank.lines,
      });
      await savePending(db, r, '2026-12-01T10:00:00Z');
      return r;
    };
    expect((await run(a)).matches).toHaveLength(1);
    for (let i = 0; i < 2; i++) {
      const r = await run(b);
      expect(r.matches).toEqual([]);
      expect(r.duplicates.map((d) => d.transaction.key)).toEqual(['b1']);
      expect(r.unmatched.map((u) => [u.transaction.key, u.note!.en.slice(0, 40)])).toEqual([
        ['b2', 'the same transfer in another statement? '],
      ]);
    }
  });

  it('different payer IBANs, both known: two transfers', () => {
    const r = reconcile(ledger, [
      stmt('a.xml', [tx({ amount: 96000, counterpartyIban: 'FR7630003012340001234567801' })]),
      stmt('b.csv', [tx({ amount: 96000, counterpartyIban: 'FR76 1010 7001 0112 3456 7890 129' })]),
    ]);
    expect(r.duplicates).toEqual([]);
    expect(r.matches.map((m) => m.invoiceNumbers)).toEqual([['F-2026-017'], ['F-2026-018']]);
  });

  it('the same payer IBAN written with spaces, or known on one side only: one transfer', () => {
    for (const iban of ['FR76 3000 3012 3400 0123 4567 801', null]) {
      const r = reconcile(ledger, [
        stmt('a.xml', [tx({ amount: 96000, counterpartyIban: 'FR7630003012340001234567801' })]),
        stmt('b.csv', [tx({ amount: 96000, counterpartyIban: iban })]),
      ]);
      expect(r.duplicates).toHaveLength(1);
      expect(r.matches).toHaveLength(1);
    }
  });

  it('different end-to-end ids: two; NOTPROVIDED is no id', () => {
    const two = reconcile(ledger, [
      stmt('a.xml', [tx({ amount: 96000, endToEndId: 'E2E-1' })]),
      stmt('b.xml', [tx({ amount: 96000, endToEndId: 'E2E-2' })]),
    ]);
    expect(two.duplicates).toEqual([]);
    const one = reconcile(ledger, [
      stmt('a.xml', [tx({ amount: 96000, endToEndId: 'E2E-1' })]),
      stmt('b.sta', [tx({ amount: 96000, endToEndId: 'NOTPROVIDED' })]),
    ]);
    expect(one.duplicates).toHaveLength(1);
  });

  it('statements of two accounts: their lines are not compared; an OFX account number inside the IBAN is the same account', () => {
    const other = reconcile(ledger, [
      stmt('a.xml', [tx({ amount: 96000, account: 'FR7630006000011234567890189' })]),
      stmt('b.xml', [tx({ amount: 96000, account: 'FR7630004000031234567890143' })]),
    ]);
    expect(other.duplicates).toEqual([]);
    expect(other.matches).toHaveLength(2);
    expect(sameAccount('FR7630006000011234567890189', '12345678901')).toBe(true);
    expect(sameAccount('FR7630006000011234567890189', '30006 00001 12345678901')).toBe(true);
    expect(sameAccount('FR7630006000011234567890189', '98765432100')).toBe(false);
    expect(sameAccount('FR7630006000011234567890189', null)).toBe(true);
  });

  it('another amount, currency or day: two; a value date one day from the other file’s date: one', () => {
    const base = stmt('a.xml', [
      tx({ amount: 96000, bookingDate: '2026-11-25', valueDate: '2026-11-26' }),
    ]);
    expect(reconcile(ledger, [base, stmt('b.csv', [tx({ amount: 96001 })])]).duplicates).toEqual(
      [],
    );
    expect(
      reconcile(ledger, [base, stmt('b.csv', [tx({ amount: 96000, currency: 'CHF' })])]).duplicates,
    ).toEqual([]);
    expect(
      reconcile(ledger, [base, stmt('b.csv', [tx({ amount: 96000, bookingDate: '2026-11-29' })])])
        .duplicates,
    ).toEqual([]);
    // Booking dates a day apart, neither a value date: not enough to call them one.
    expect(
      reconcile(ledger, [
        stmt('a.xml', [tx({ amount: 96000, bookingDate: '2026-11-24' })]),
        stmt('b.csv', [tx({ amount: 96000 })]),
      ]).duplicates,
    ).toEqual([]);
    // The CSV gives the value date as its date: the camt's value date, or the day after it.
    expect(
      reconcile(ledger, [base, stmt('b.csv', [tx({ amount: 96000, bookingDate: '2026-11-26' })])])
        .duplicates,
    ).toHaveLength(1);
    expect(
      reconcile(ledger, [base, stmt('b.csv', [tx({ amount: 96000, bookingDate: '2026-11-27' })])])
        .duplicates,
    ).toHaveLength(1);
  });
});

describe('across imports', () => {
  it('the CLI: a payment recorded from a bank line is not proposed again by another format', () => {
    const recorded = camtOnly.matches.filter((m) => m.kind === 'certain').map(paymentEvent);
    const after = {
      ...ledger,
      events: [
        ...ledger.events,
        ...recorded.map((e) => ({ ...e, createdAt: '2026-12-01T10:00:00Z' })),
      ],
    };
    const r = reconcile(after, [file('bank-generic.csv')], opts);
    const d = r.duplicates.find((x) => x.transaction.amount === 120000)!;
    expect(d.from).toBeNull();
    expect(d.note.fr).toBe(
      'déjà enregistré : paiement de Boulangerie Martin SARL, F-2026-014 du 24 novembre 2026',
    );
    expect(r.matches.find((m) => m.transaction.amount === 120000)).toBeUndefined();
  });

  it('a payment recorded for one client is not a line whose payer is clearly another client', () => {
    const recorded = camtOnly.matches
      .filter((m) => m.invoiceNumbers.includes('F-2026-014'))
      .map(paymentEvent);
    const after = {
      ...ledger,
      events: [
        ...ledger.events,
        ...recorded.map((e) => ({ ...e, createdAt: '2026-12-01T10:00:00Z' })),
      ],
    };
    const line = (counterparty: string | null) =>
      reconcile(after, [
        stmt('b.csv', [
          tx({
            amount: 120000,
            bookingDate: '2026-11-24',
            counterparty,
            label: counterparty ?? 'VIR SEPA RECU',
          }),
        ]),
      ]);
    expect(line('GARAGE DUPUIS SAS').duplicates).toEqual([]);
    expect(line('BOULANGERIE MARTIN').duplicates).toHaveLength(1);
    // A payer no one knows could be the recorded one: not proposed.
    expect(line(null).duplicates).toHaveLength(1);
  });

  it('the extension: camt imported and confirmed, then the bank’s CSV, OFX and Qonto exports propose nothing again', async () => {
    const db = await openLedger(`same-${Math.random()}`);
    await importLedger(db, ledger, 'replace');
    const run = async (name: string) => {
      const bank = await readBankState(db);
      const r = reconcile(await readLedger(db), [file(name)], {
        ...opts,
        seen: new Set(bank.seen),
        knownIbans: new Map(Object.entries(bank.ibans)),
        prior: bank.lines,
      });
      await savePending(db, r, '2026-12-01T10:00:00Z');
      return r;
    };
    const first = await run('camt053-v02.xml');
    await settlePending(
      db,
      first.matches.filter((m) => m.kind === 'certain').map((m) => m.transaction.key),
      [],
    );
    for (const other of ['bank-generic.csv', 'ofx1.ofx', 'qonto.csv']) {
      const r = await run(other);
      expect(r.matches, other).toEqual([]);
      expect(r.unmatched, other).toEqual([]);
      expect(
        r.duplicates.every((d) => d.from === 'camt053-v02.xml'),
        other,
      ).toBe(true);
    }
    // The camt itself again: as before (its lines seen, its unmatched credit unmatched), not "from another statement".
    const again = await run('camt053-v02.xml');
    expect([again.matches, again.duplicates]).toEqual([[], []]);
    expect(again.unmatched.map((u) => [u.transaction.amount, u.note])).toEqual([[77700, null]]);
    const state = await readBankState(db);
    expect(state.lines.map((l) => l.file)).toEqual(Array(7).fill('camt053-v02.xml'));
    expect(state.pending.map((m) => m.invoiceNumbers)).toEqual(
      first.matches.filter((m) => m.kind !== 'certain').map((m) => m.invoiceNumbers),
    );
    expect(state.unmatched.map((u) => u.transaction.amount)).toEqual([77700]);
  });
});

describe('the payer quoted in a reason', () => {
  it.each([
    ['VIR SEPA RECU /DE BOULANGERIE MARTIN /MOTIF FACT 2026 014', 'BOULANGERIE MARTIN'],
    ['VIR BOULANGERIE MARTIN', 'BOULANGERIE MARTIN'],
    ['VIREMENT SEPA RECU DE: ACME SARL REF: 12', 'ACME SARL'],
    ['GARAGE DUPUIS SAS', 'GARAGE DUPUIS SAS'],
    ['VIR SEPA RECU', 'VIR SEPA RECU'],
  ])('%s → %s', (label, payer) => expect(payerPart(label)).toBe(payer));

  it('a CSV line’s reason quotes the payer, not the whole label', () => {
    const r = reconcile(ledger, [file('bank-generic.csv')], opts);
    const m = r.matches.find((x) => x.transaction.amount === 96000)!;
    expect(m.reason.fr).toContain('payeur « GARAGE DUPUIS SAS » = client Garage Dupuis SAS');
    expect(m.reason.fr).not.toContain('MOTIF');
  });
});
