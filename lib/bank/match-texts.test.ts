import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseLedgerFile } from '../ledger/file-format';
import type { Text } from '../model/text';

type FrEn = Pick<Text, 'fr' | 'en'>;
/** The French and English of a text: what these cases write, whatever other languages exist. */
const frEn = (t: Text): FrEn => ({ fr: t.fr, en: t.en });

import { matchPayments, type MatchOptions } from './match';
import type { BankTransaction } from './types';

/**
 * Every reason and note the matcher writes, word for word in both languages: each is one
 * catalog sentence (lib/i18n/fr.ts and en.ts, "lib/bank/match.ts"), its amounts written the
 * language's own way, its lists ending with the language's "and".
 */
const F = join(import.meta.dirname, 'fixtures');
const ledger = parseLedgerFile(JSON.parse(readFileSync(join(F, 'ledger.json'), 'utf8')));
/** The ledger with one more invoice, a copy of another under a new number. */
const withCopy = (of: string, number: string, patch: object = {}) => ({
  ...ledger,
  invoices: [
    ...ledger.invoices,
    { ...ledger.invoices.find((i) => i.number === of)!, id: `inv:${number}`, number, ...patch },
  ],
});
/** A-2026-014 of another client (Martin Frères), for 1 200,00 € like F-2026-014. */
const twinA = withCopy('F-2026-026', 'A-2026-014', { total: 120000, amountDue: 120000 });
/** D-2026-014 of the same client, for the same amount as F-2026-014. */
const twinD = withCopy('F-2026-014', 'D-2026-014');
const IBAN = 'FR76 1010 7001 0112 3456 7890 129';
const KNOWN = new Map([['FR7610107001011234567890129', 'c1']]);
let n = 0;
const tx = (p: Partial<BankTransaction> & { amount: number }): BankTransaction => ({
  key: `t${++n}`,
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

const CASES: [
  string,
  typeof ledger,
  Partial<BankTransaction> & { amount: number },
  MatchOptions,
  string,
  string[],
  FrEn,
][] = [
  [
    'the reference fits two clients',
    twinA,
    { amount: 120000, remittance: '2026-014' },
    {},
    'unmatched',
    [],
    {
      fr: 'la référence peut désigner des factures de 2 clients (F-2026-014 et A-2026-014) : à rapprocher à la main',
      en: 'the reference can point at invoices of 2 clients (F-2026-014 and A-2026-014): match it by hand',
    },
  ],
  [
    'the payer settles a reference two clients fit',
    twinA,
    { amount: 120000, remittance: '2026-014', counterparty: 'Boulangerie Martin' },
    {},
    'probable',
    ['F-2026-014'],
    {
      fr: 'référence F-2026-014 et montant exact (1\u202f200,00\u00a0€) ; la référence désigne aussi un autre client : à vérifier',
      en: 'reference F-2026-014 and exact amount (€1,200.00); the reference also fits another client: check it',
    },
  ],
  [
    'two invoices with the same digits',
    twinD,
    { amount: 120000, remittance: 'FACT 2026 014' },
    {},
    'probable',
    ['F-2026-014'],
    {
      fr: 'référence F-2026-014 et D-2026-014 : 2 factures de ce montant (1\u202f200,00\u00a0€), la plus ancienne est retenue : à vérifier',
      en: 'reference F-2026-014 and D-2026-014: 2 invoices of that amount (€1,200.00), the oldest is taken: check it',
    },
  ],
  [
    'two references, their total',
    ledger,
    { amount: 168000, remittance: 'F-2026-014 + F-2026-020' },
    {},
    'certain',
    ['F-2026-014', 'F-2026-020'],
    {
      fr: 'références F-2026-014 et F-2026-020 et montant égal à leur reste dû (1\u202f680,00\u00a0€)',
      en: 'references F-2026-014 and F-2026-020 and amount equal to what they still owe (€1,680.00)',
    },
  ],
  [
    'three references, their total',
    ledger,
    { amount: 348000, remittance: 'F-2026-031 F-2026-014 F-2026-020' },
    {},
    'certain',
    ['F-2026-031', 'F-2026-014', 'F-2026-020'],
    {
      fr: 'références F-2026-031, F-2026-014 et F-2026-020 et montant égal à leur reste dû (3\u202f480,00\u00a0€)',
      en: 'references F-2026-031, F-2026-014 and F-2026-020 and amount equal to what they still owe (€3,480.00)',
    },
  ],
  [
    'two references, their total, another client as payer',
    ledger,
    { amount: 168000, remittance: 'F-2026-014 + F-2026-020', counterparty: 'Garage Dupuis' },
    {},
    'probable',
    ['F-2026-014', 'F-2026-020'],
    {
      fr: 'références F-2026-014 et F-2026-020 et montant égal à leur reste dû (1\u202f680,00\u00a0€) ; mais le payeur « Garage Dupuis » ressemble à un autre client : à vérifier',
      en: 'references F-2026-014 and F-2026-020 and amount equal to what they still owe (€1,680.00); but the payer "Garage Dupuis" looks like another client: check it',
    },
  ],
  [
    'a reference and its exact amount',
    ledger,
    { amount: 120000, remittance: 'F-2026-014' },
    {},
    'certain',
    ['F-2026-014'],
    {
      fr: 'référence F-2026-014 et montant exact (1\u202f200,00\u00a0€)',
      en: 'reference F-2026-014 and exact amount (€1,200.00)',
    },
  ],
  [
    'a reference and its exact amount, another client as payer',
    ledger,
    { amount: 120000, remittance: 'F-2026-014', counterparty: 'Garage Dupuis' },
    {},
    'probable',
    ['F-2026-014'],
    {
      fr: 'référence F-2026-014 et montant exact (1\u202f200,00\u00a0€) ; mais le payeur « Garage Dupuis » ressemble à un autre client : à vérifier',
      en: 'reference F-2026-014 and exact amount (€1,200.00); but the payer "Garage Dupuis" looks like another client: check it',
    },
  ],
  [
    'two references of the same amount',
    ledger,
    { amount: 96000, remittance: 'F-2026-017 F-2026-018' },
    {},
    'probable',
    ['F-2026-017'],
    {
      fr: 'référence F-2026-017 et F-2026-018 : 2 factures de ce montant (960,00\u00a0€), la plus ancienne est retenue : à vérifier',
      en: 'reference F-2026-017 and F-2026-018: 2 invoices of that amount (€960.00), the oldest is taken: check it',
    },
  ],
  [
    'a reference, less than owed',
    ledger,
    { amount: 50000, remittance: 'F-2026-014' },
    {},
    'partial',
    ['F-2026-014'],
    {
      fr: 'référence F-2026-014, paiement partiel de 500,00\u00a0€ sur 1\u202f200,00\u00a0€ dû',
      en: 'reference F-2026-014, part payment of €500.00 of €1,200.00 owed',
    },
  ],
  [
    'a reference, less than owed, another client as payer',
    ledger,
    { amount: 50000, remittance: 'F-2026-014', counterparty: 'Garage Dupuis' },
    {},
    'partial',
    ['F-2026-014'],
    {
      fr: 'référence F-2026-014, paiement partiel de 500,00\u00a0€ sur 1\u202f200,00\u00a0€ dû ; mais le payeur « Garage Dupuis » ressemble à un autre client : à vérifier',
      en: 'reference F-2026-014, part payment of €500.00 of €1,200.00 owed; but the payer "Garage Dupuis" looks like another client: check it',
    },
  ],
  [
    'a reference, more than owed',
    ledger,
    { amount: 130000, remittance: 'F-2026-014' },
    {},
    'probable',
    ['F-2026-014'],
    {
      fr: 'référence F-2026-014, mais 1\u202f300,00\u00a0€ reçus pour 1\u202f200,00\u00a0€ dû (trop-perçu ?) : à vérifier',
      en: 'reference F-2026-014, but €1,300.00 received for €1,200.00 owed (overpayment?): check it',
    },
  ],
  [
    'a payer who could be two clients',
    ledger,
    { amount: 120000, counterparty: 'Martin Frères Boulangerie Martin' },
    {},
    'unmatched',
    [],
    {
      fr: 'le payeur « Martin Frères Boulangerie Martin » peut être Boulangerie Martin SARL et Martin Frères SARL : à rapprocher à la main',
      en: 'the payer "Martin Frères Boulangerie Martin" could be Boulangerie Martin SARL and Martin Frères SARL: match it by hand',
    },
  ],
  [
    'a payer with no open invoice in that currency',
    ledger,
    { amount: 120000, counterparty: 'Boulangerie Martin', currency: 'USD' },
    {},
    'unmatched',
    [],
    {
      fr: 'payeur « Boulangerie Martin » = client Boulangerie Martin SARL, mais aucune facture ouverte en USD émise avant le 24 novembre 2026',
      en: 'payer "Boulangerie Martin" = client Boulangerie Martin SARL, but no open invoice in USD issued before 24 November 2026',
    },
  ],
  [
    'a known IBAN with no open invoice in that currency',
    ledger,
    { amount: 120000, counterparty: 'X', counterpartyIban: IBAN, currency: 'USD' },
    { knownIbans: KNOWN },
    'unmatched',
    [],
    {
      fr: 'IBAN déjà vu pour Boulangerie Martin SARL, mais aucune facture ouverte en USD émise avant le 24 novembre 2026',
      en: 'IBAN seen before for Boulangerie Martin SARL, but no open invoice in USD issued before 24 November 2026',
    },
  ],
  [
    'a payer and the exact amount of an invoice',
    ledger,
    { amount: 48000, counterparty: 'SARL BOULANGERIE MARTIN' },
    {},
    'probable',
    ['F-2026-020'],
    {
      fr: 'montant exact de F-2026-020 (480,00\u00a0€) et payeur « SARL BOULANGERIE MARTIN » = client Boulangerie Martin SARL',
      en: 'exact amount of F-2026-020 (€480.00) and payer "SARL BOULANGERIE MARTIN" = client Boulangerie Martin SARL',
    },
  ],
  [
    'a payer and the amount of two invoices',
    ledger,
    { amount: 96000, counterparty: 'GARAGE DUPUIS' },
    {},
    'probable',
    ['F-2026-017'],
    {
      fr: 'montant exact de F-2026-017 (960,00\u00a0€) et payeur « GARAGE DUPUIS » = client Garage Dupuis SAS ; 2 factures de ce montant : la plus ancienne est retenue, à vérifier',
      en: 'exact amount of F-2026-017 (€960.00) and payer "GARAGE DUPUIS" = client Garage Dupuis SAS; 2 invoices of that amount: the oldest is taken, check it',
    },
  ],
  [
    'a known IBAN and the exact amount of an invoice',
    ledger,
    { amount: 48000, counterparty: 'M. J. MARTIN', counterpartyIban: IBAN },
    { knownIbans: KNOWN },
    'probable',
    ['F-2026-020'],
    {
      fr: 'montant exact de F-2026-020 (480,00\u00a0€) et IBAN déjà vu pour Boulangerie Martin SARL',
      en: 'exact amount of F-2026-020 (€480.00) and IBAN seen before for Boulangerie Martin SARL',
    },
  ],
  [
    'a payer and the total of the oldest invoices',
    ledger,
    { amount: 300000, counterparty: 'Boulangerie Martin' },
    {},
    'probable',
    ['F-2026-031', 'F-2026-014'],
    {
      fr: 'montant égal au reste dû de F-2026-031 et F-2026-014 (3\u202f000,00\u00a0€) et payeur « Boulangerie Martin » = client Boulangerie Martin SARL',
      en: 'amount equal to what F-2026-031 and F-2026-014 still owe (€3,000.00) and payer "Boulangerie Martin" = client Boulangerie Martin SARL',
    },
  ],
  [
    'a payer, less than the oldest invoice',
    ledger,
    { amount: 100000, counterparty: 'Boulangerie Martin' },
    {},
    'partial',
    ['F-2026-031'],
    {
      fr: 'payeur « Boulangerie Martin » = client Boulangerie Martin SARL, paiement partiel de 1\u202f000,00\u00a0€ sur 3\u202f480,00\u00a0€ dû, imputé sur la plus ancienne facture d’abord (F-2026-031)',
      en: 'payer "Boulangerie Martin" = client Boulangerie Martin SARL, part payment of €1,000.00 of €3,480.00 owed, applied to the oldest invoice first (F-2026-031)',
    },
  ],
  [
    'a payer, less than the two oldest invoices',
    ledger,
    { amount: 250000, counterparty: 'Boulangerie Martin' },
    {},
    'partial',
    ['F-2026-031', 'F-2026-014'],
    {
      fr: 'payeur « Boulangerie Martin » = client Boulangerie Martin SARL, paiement partiel de 2\u202f500,00\u00a0€ sur 3\u202f480,00\u00a0€ dû, imputé sur la plus ancienne facture d’abord (F-2026-031 et F-2026-014)',
      en: 'payer "Boulangerie Martin" = client Boulangerie Martin SARL, part payment of €2,500.00 of €3,480.00 owed, applied to the oldest invoice first (F-2026-031 and F-2026-014)',
    },
  ],
  [
    'a payer, more than all it owes',
    ledger,
    { amount: 900000, counterparty: 'Dupont Conseil' },
    {},
    'unmatched',
    [],
    {
      fr: 'payeur « Dupont Conseil » = client Dupont Conseil EURL, mais 9\u202f000,00\u00a0€ dépasse tout ce qu’il doit (350,00\u00a0€)',
      en: 'payer "Dupont Conseil" = client Dupont Conseil EURL, but €9,000.00 is more than all it owes (€350.00)',
    },
  ],
  [
    'a reference to an invoice issued after the payment',
    ledger,
    { amount: 35000, remittance: 'F-2026-025', bookingDate: '2026-10-01' },
    {},
    'unmatched',
    [],
    {
      fr: 'la référence F-2026-025 désigne une facture émise après ce paiement',
      en: 'the reference F-2026-025 points at an invoice issued after this payment',
    },
  ],
  [
    'references to invoices issued after the payment',
    ledger,
    { amount: 35000, remittance: 'F-2026-025 F-2026-026', bookingDate: '2026-10-01' },
    {},
    'unmatched',
    [],
    {
      fr: 'la référence F-2026-025 et F-2026-026 désigne une facture émise après ce paiement',
      en: 'the reference F-2026-025 and F-2026-026 points at an invoice issued after this payment',
    },
  ],
];

describe('what the matcher says, in each language', () => {
  it.each(CASES)('%s', (_what, l, t, opts, kind, invoices, text) => {
    const r = matchPayments(l, [tx(t)], opts);
    const m = r.matches[0];
    if (kind === 'unmatched') {
      expect(m).toBeUndefined();
      expect(frEn(r.unmatched[0]!.note!)).toEqual(text);
    } else {
      expect(m).toMatchObject({ kind, invoiceNumbers: invoices });
      expect(frEn(m!.reason)).toEqual(text);
    }
  });
});
