import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseLedgerFile } from '../ledger/file-format';
import { matchPayments } from './match';
import { reconcile, paymentEvent } from './reconcile';
import { readStatement } from './read';
import type { BankTransaction } from './types';

const F = join(import.meta.dirname, 'fixtures');
const ledger = parseLedgerFile(JSON.parse(readFileSync(join(F, 'ledger.json'), 'utf8')));
let n = 0;
const tx = (p: Partial<BankTransaction> & { amount: number }): BankTransaction => ({
  key: `k${++n}`,
  bankId: null,
  bookingDate: '2026-11-24',
  valueDate: null,
  currency: 'EUR',
  counterparty: null,
  counterpartyIban: null,
  remittance: '',
  creditorRef: null,
  endToEndId: null,
  label: p.counterparty ?? 'VIR',
  account: null,
  where: 'test',
  ...p,
});
const one = (
  t: BankTransaction,
  opts = {},
): {
  kind: string;
  invoices?: string[];
  client?: string;
  reason?: { fr: string; en: string };
  note?: string | null;
} => {
  const r = matchPayments(ledger, [t], opts);
  return r.matches[0]
    ? {
        kind: r.matches[0].kind,
        invoices: r.matches[0].invoiceNumbers,
        client: r.matches[0].clientId,
        reason: r.matches[0].reason,
      }
    : { kind: 'unmatched', note: r.unmatched[0]?.note?.en ?? r.ignored[0]?.why ?? null };
};

describe('matching credits to open invoices', () => {
  it.each([
    // [what, transaction, kind, invoices]
    [
      'number with dashes, exact amount',
      { amount: 120000, remittance: 'F-2026-014' },
      'certain',
      ['F-2026-014'],
    ],
    [
      'number without separators',
      { amount: 120000, remittance: 'PAIEMENT F2026014 MERCI' },
      'certain',
      ['F-2026-014'],
    ],
    [
      'number spelled FACT 2026 014',
      { amount: 120000, remittance: 'FACT 2026 014' },
      'certain',
      ['F-2026-014'],
    ],
    [
      'number with a slash, in lower case',
      { amount: 120000, remittance: 'facture n° 2026/014' },
      'certain',
      ['F-2026-014'],
    ],
    [
      'RF creditor reference',
      { amount: 250000, creditorRef: 'RF44F2026022' },
      'certain',
      ['F-2026-022'],
    ],
    [
      'two numbers, their total',
      { amount: 168000, remittance: 'F-2026-014 + F-2026-020' },
      'certain',
      ['F-2026-014', 'F-2026-020'],
    ],
    [
      'two numbers, the amount of one',
      { amount: 48000, remittance: 'F-2026-014 F-2026-020' },
      'certain',
      ['F-2026-020'],
    ],
    [
      'reference, less than owed',
      { amount: 50000, remittance: 'F-2026-014' },
      'partial',
      ['F-2026-014'],
    ],
    [
      'reference, more than owed',
      { amount: 130000, remittance: 'F-2026-014' },
      'probable',
      ['F-2026-014'],
    ],
    [
      'payer name and exact amount',
      { amount: 48000, counterparty: 'SARL BOULANGERIE MARTIN' },
      'probable',
      ['F-2026-020'],
    ],
    [
      'payer name in a bank label only',
      { amount: 48000, label: 'VIR SEPA RECU /DE BOULANGERIE MARTIN /MOTIF NOV' },
      'probable',
      ['F-2026-020'],
    ],
    [
      'payer and the total of the oldest invoices',
      { amount: 300000, counterparty: 'Boulangerie Martin' },
      'probable',
      ['F-2026-031', 'F-2026-014'],
    ],
    [
      'payer, part payment: oldest first',
      { amount: 100000, counterparty: 'Boulangerie Martin' },
      'partial',
      ['F-2026-031'],
    ],
    [
      'two invoices of the same amount: the oldest, never certain',
      { amount: 96000, counterparty: 'GARAGE DUPUIS' },
      'probable',
      ['F-2026-017'],
    ],
    [
      'legal form and case ignored',
      { amount: 250000, counterparty: 'STUDIO KAPPA' },
      'probable',
      ['F-2026-022'],
    ],
  ] as const)('%s', (_what, t, kind, invoices) => {
    const r = one(tx(t));
    expect(r.kind).toBe(kind);
    expect(r.invoices).toEqual(invoices);
    expect(r.reason!.fr.length > 10 && r.reason!.en.length > 10).toBe(true);
  });

  it.each([
    ['amount only, no reference, no payer', { amount: 35000 }, null],
    ['a payer name two clients share (MARTIN)', { amount: 120000, counterparty: 'MARTIN' }, null],
    [
      'a payer more than it owes',
      { amount: 900000, counterparty: 'Dupont Conseil' },
      /more than all it owes/,
    ],
    [
      'a reference to an invoice issued after the payment',
      { amount: 35000, remittance: 'F-2026-025', bookingDate: '2026-10-01' },
      /issued after this payment/,
    ],
    ['a short number alone never matches', { amount: 120000, remittance: 'VIR 014' }, null],
    ['another currency', { amount: 120000, currency: 'USD', remittance: 'F-2026-014' }, null],
  ] as const)('unmatched: %s', (_what, t, note) => {
    const r = one(tx(t));
    expect(r.kind).toBe('unmatched');
    if (note) expect(r.note).toMatch(note);
  });

  it('a reference that fits two clients is left to the user, unless the payer settles it (then only probable)', () => {
    const twin = {
      ...ledger,
      invoices: [
        ...ledger.invoices,
        {
          ...ledger.invoices.find((i) => i.number === 'F-2026-026')!,
          id: 'A-2026-014',
          number: 'A-2026-014',
          total: 120000,
          amountDue: 120000,
        },
      ],
    };
    const amb = matchPayments(twin, [tx({ amount: 120000, remittance: '2026-014' })]);
    expect(amb.matches).toEqual([]);
    expect(amb.unmatched[0]!.note!.en).toMatch(/can point at invoices of 2 clients/);
    const settled = matchPayments(twin, [
      tx({ amount: 120000, remittance: '2026-014', counterparty: 'Boulangerie Martin' }),
    ]);
    expect(settled.matches[0]).toMatchObject({
      kind: 'probable',
      clientId: 'c1',
      invoiceNumbers: ['F-2026-014'],
    });
  });

  it('two invoices with the same digits: the one whose whole number is written, else not certain', () => {
    const twin = {
      ...ledger,
      invoices: [
        ...ledger.invoices,
        {
          ...ledger.invoices.find((i) => i.number === 'F-2026-014')!,
          id: 'inv:D-2026-014',
          number: 'D-2026-014',
        },
      ],
    };
    expect(
      matchPayments(twin, [tx({ amount: 120000, remittance: 'F2026014' })]).matches[0],
    ).toMatchObject({ kind: 'certain', invoiceNumbers: ['F-2026-014'] });
    const vague = matchPayments(twin, [tx({ amount: 120000, remittance: 'FACT 2026 014' })])
      .matches[0]!;
    expect(vague.kind).toBe('probable');
    expect(vague.reason.en).toMatch(/2 invoices of that amount/);
  });

  it('a reference and amount with another client as payer is not certain', () => {
    const r = one(tx({ amount: 120000, remittance: 'F-2026-014', counterparty: 'Garage Dupuis' }));
    expect(r).toMatchObject({ kind: 'probable', invoices: ['F-2026-014'], client: 'c1' });
  });

  it('an IBAN seen before names the client', () => {
    const r = one(
      tx({
        amount: 48000,
        counterparty: 'M. J. MARTIN',
        counterpartyIban: 'FR76 1010 7001 0112 3456 7890 129',
      }),
      { knownIbans: new Map([['FR7610107001011234567890129', 'c1']]) },
    );
    expect(r).toMatchObject({ kind: 'probable', invoices: ['F-2026-020'] });
    expect(r.reason!.en).toMatch(/IBAN seen before for Boulangerie Martin SARL/);
  });

  it('debits, fees, own transfers and lines already imported are ignored', () => {
    const r = matchPayments(
      ledger,
      [
        tx({ amount: -4500, label: 'FRAIS' }),
        tx({ amount: 1200, label: 'INTERETS CREDITEURS' }),
        tx({ amount: 300000, counterparty: 'ATELIER MOREAU', remittance: 'F-2026-014' }),
        tx({ amount: 120000, remittance: 'F-2026-014', key: 'old' }),
      ],
      { ownNames: ['Atelier Moreau'], seen: new Set(['old']) },
    );
    expect(r.matches).toEqual([]);
    expect(r.ignored.map((i) => i.why).sort()).toEqual(['debit', 'fee', 'own-transfer', 'seen']);
  });

  it('one statement: what a line paid is not owed for the next ones', () => {
    const r = matchPayments(ledger, [
      tx({ amount: 120000, remittance: 'F-2026-014', bookingDate: '2026-11-24' }),
      tx({ amount: 120000, remittance: 'F-2026-014', bookingDate: '2026-11-25' }),
    ]);
    expect(r.matches).toHaveLength(1);
    expect(r.unmatched).toHaveLength(1);
  });
});

describe('reconcile', () => {
  const files = ['camt053-v02.xml', 'cfonb120-truncated.txt'].map((f) =>
    readStatement(f, new Uint8Array(readFileSync(join(F, f)))),
  );
  const r = reconcile(ledger, files, { ownNames: ['Atelier Moreau'] });

  it('matches the statement, lists the unmatched credit, keeps the other file’s error', () => {
    expect(r.transactions).toBe(8);
    expect(r.matches.map((m) => [m.kind, m.invoiceNumbers])).toEqual([
      ['certain', ['F-2026-014']],
      ['probable', ['F-2026-017']],
      ['certain', ['F-2026-022']],
      ['partial', ['F-2026-025']],
      ['probable', ['F-2026-031', 'F-2026-020']],
    ]);
    expect(r.unmatched.map((u) => u.transaction.counterparty)).toEqual(['INCONNU SA']);
    expect(r.errors[0]!.en).toMatch(/cfonb120-truncated\.txt: CFONB statement line 9/);
  });

  it('a confirmed match becomes a payment with the bank line as evidence', () => {
    expect(paymentEvent(r.matches[0]!)).toEqual({
      id: `ev:bank:${r.matches[0]!.transaction.key}`,
      type: 'payment',
      clientId: 'c1',
      invoiceIds: ['inv:F-2026-014'],
      date: '2026-11-24',
      amount: 120000,
      currency: 'EUR',
      evidence: {
        transactionId: '2026112400001',
        date: '2026-11-24',
        label: 'BOULANGERIE MARTIN — FACT 2026 014',
      },
    });
  });

  it('credits in a currency no open invoice has: said per file', () => {
    const usd = new TextEncoder().encode(
      readFileSync(join(F, 'camt053-v08.xml'), 'utf8')
        .replaceAll('Ccy="EUR"', 'Ccy="USD"')
        .replace('<Ccy>EUR</Ccy>', '<Ccy>USD</Ccy>'),
    );
    const u = reconcile(ledger, [readStatement('usd.xml', usd)]);
    expect(u.matches).toEqual([]);
    expect(u.warnings.map((w) => w.en)).toContain(
      'usd.xml: 1 credit(s) in USD, and no open invoice is in USD: not matched (account kept in USD)',
    );
  });

  it('every format of the same week gives the same certain matches', () => {
    for (const f of [
      'camt053-v08.xml',
      'cfonb120.txt',
      'ofx1.ofx',
      'mt940.sta',
      'qonto.csv',
      'shine.csv',
      'bank-generic.csv',
    ]) {
      const res = reconcile(ledger, [readStatement(f, new Uint8Array(readFileSync(join(F, f))))]);
      expect(res.errors).toEqual([]);
      expect(
        res.matches.find((m) => m.invoiceNumbers.includes('F-2026-014')),
        f,
      ).toMatchObject({ kind: 'certain', clientId: 'c1' });
    }
  });
});
