import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readStatement, MAX_STATEMENT_BYTES } from './read';
import { readBankCsv } from './csv';

const F = join(import.meta.dirname, 'fixtures');
const read = (name: string) => readStatement(name, new Uint8Array(readFileSync(join(F, name))));
const brief = (f: ReturnType<typeof read>) =>
  f.transactions.map((t) => [t.bookingDate, t.amount, t.currency, t.counterparty]);

describe('camt.053 / .052 / .054', () => {
  it('v02: booked entries with amounts, dates, debtor, IBAN, remittance, ids; pending ones left out', () => {
    const f = read('camt053-v02.xml');
    expect(f.error).toBeNull();
    expect(f.format).toBe('camt.053');
    expect(f.accounts).toEqual([{ id: 'FR7630006000011234567890189', currency: 'EUR' }]);
    expect(brief(f)).toEqual([
      ['2026-11-24', 120000, 'EUR', 'BOULANGERIE MARTIN'],
      ['2026-11-25', 96000, 'EUR', 'GARAGE DUPUIS SAS'],
      ['2026-11-26', 250000, 'EUR', 'Studio Kappa GmbH'],
      ['2026-11-26', 15000, 'EUR', 'DUPONT CONSEIL'],
      ['2026-11-27', 228000, 'EUR', 'BOULANGERIE MARTIN SARL'],
      ['2026-11-27', -4500, 'EUR', null],
      ['2026-11-28', 300000, 'EUR', 'ATELIER MOREAU'],
      ['2026-11-28', 77700, 'EUR', 'INCONNU SA'],
    ]);
    const [martin, garage, kappa, , , fee] = f.transactions;
    expect(martin).toMatchObject({
      bankId: '2026112400001',
      valueDate: '2026-11-24',
      counterpartyIban: 'FR7610107001011234567890129',
      endToEndId: 'E2E-MARTIN-1124',
      remittance: 'FACT 2026 014',
    });
    expect(garage!.endToEndId).toBeNull(); // NOTPROVIDED is no id
    expect(kappa).toMatchObject({
      creditorRef: 'RF44F2026022',
      counterpartyIban: 'DE89370400440532013000',
    });
    expect(fee).toMatchObject({ nature: 'fee', label: 'FRAIS TENUE DE COMPTE' });
    expect(f.warnings.map((w) => w.en)).toEqual([
      '1 entry not booked (status other than BOOK) ignored',
    ]);
  });

  it('v08: Sts/Cd and Dbtr/Pty/Nm', () => {
    const f = read('camt053-v08.xml');
    expect(f.error).toBeNull();
    expect(brief(f)).toEqual([
      ['2026-11-24', 120000, 'EUR', 'BOULANGERIE MARTIN'],
      ['2026-11-25', -8000, 'EUR', 'ORANGE SA'],
    ]);
    expect(f.transactions[0]).toMatchObject({
      remittance: 'F2026014',
      valueDate: '2026-11-25',
      bankId: 'V8-2026112400001',
    });
  });

  it('camt.054: a batch entry gives one payment per transaction detail, each with its own id', () => {
    const f = read('camt054-v04.xml');
    expect(f.format).toBe('camt.054');
    expect(brief(f)).toEqual([
      ['2026-11-26', 250000, 'EUR', 'Studio Kappa GmbH'],
      ['2026-11-26', 15000, 'EUR', 'DUPONT CONSEIL'],
    ]);
    expect(f.transactions.map((t) => t.bankId)).toEqual(['NTF-2026112601-1', 'NTF-2026112601-2']);
  });

  it('an unknown version is refused, naming it and the element', () => {
    const f = read('camt053-unknown-version.xml');
    expect(f.transactions).toEqual([]);
    expect(f.error!.en).toMatch(
      /camt053-unknown-version\.xml: camt\.053\.001\.12 is not a supported version \(Document element, xmlns\)/,
    );
    expect(f.error!.fr).toMatch(/Version camt\.053\.001\.12 non prise en charge/);
  });

  it('an entity declaration is refused; a bad amount names its element', () => {
    const xml = readFileSync(join(F, 'camt053-v08.xml'), 'utf8');
    const withEntity = xml.replace(
      '<?xml version="1.0" encoding="UTF-8"?>',
      '<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "aaaa">]>',
    );
    expect(readStatement('e.xml', new TextEncoder().encode(withEntity)).error!.en).toMatch(
      /DOCTYPE or entities/,
    );
    const badAmount = xml.replace(
      '<Amt Ccy="EUR">1200.00</Amt><CdtDbtInd>',
      '<Amt Ccy="EUR">1 200,00</Amt><CdtDbtInd>',
    );
    expect(readStatement('b.xml', new TextEncoder().encode(badAmount)).error!.en).toMatch(
      /Stmt\[0\]\/Ntry\[0\]\/Amt: unreadable amount "1 200,00"/,
    );
  });
});

describe('CFONB 120', () => {
  it('movements 04 with their 05 complements; signed amounts from the last character', () => {
    const f = read('cfonb120.txt');
    expect(f.error).toBeNull();
    expect(f.format).toBe('cfonb120');
    expect(brief(f)).toEqual([
      ['2026-11-24', 120000, 'EUR', 'BOULANGERIE MARTIN'],
      ['2026-11-25', 96000, 'EUR', 'GARAGE DUPUIS SAS'],
      ['2026-11-26', 15000, 'EUR', null],
      ['2026-11-27', -4500, 'EUR', null],
      ['2026-11-28', 77700, 'EUR', 'INCONNU SA'],
    ]);
    expect(f.transactions[0]).toMatchObject({
      valueDate: '2026-11-24',
      remittance: 'VIR SEPA RECU BOULANGERIE MAR FACT 2026 014 E2E-MARTIN-1124',
      endToEndId: 'E2E-MARTIN-1124',
      bankId: null,
    });
    expect(f.transactions[2]!.valueDate).toBe('2026-11-27');
    expect(f.transactions[3]!.nature).toBe('fee');
    expect(new Set(f.transactions.map((t) => t.key)).size).toBe(5);
  });

  it('a truncated record is an error naming its line; nothing is read from the file', () => {
    const f = read('cfonb120-truncated.txt');
    expect(f.transactions).toEqual([]);
    expect(f.error!.en).toBe(
      'cfonb120-truncated.txt: CFONB statement line 9: record "04" is 97 characters long instead of 120 (truncated or altered file); nothing was imported from this file',
    );
    expect(f.error!.fr).toMatch(/ligne 9 : enregistrement « 04 » de 97 caractères/);
  });

  it('records delivered end to end, without line breaks', () => {
    const text = readFileSync(join(F, 'cfonb120.txt'), 'latin1').split('\r\n').join('');
    const f = readStatement('flat.txt', new TextEncoder().encode(text));
    expect(f.error).toBeNull();
    expect(f.transactions.map((t) => t.amount)).toEqual([120000, 96000, 15000, -4500, 77700]);
  });

  it('a file whose trailing spaces were stripped is still read', () => {
    const text = readFileSync(join(F, 'cfonb120.txt'), 'latin1')
      .split('\r\n')
      .map((l) => l.trimEnd())
      .join('\n');
    const f = readStatement('trimmed.txt', new TextEncoder().encode(text));
    expect(f.error).toBeNull();
    expect(f.transactions).toHaveLength(5);
  });
});

describe('OFX', () => {
  it('1.x SGML: unclosed elements, comma amounts, dates with a time zone', () => {
    const f = read('ofx1.ofx');
    expect(f.error).toBeNull();
    expect(f.format).toBe('ofx');
    expect(brief(f)).toEqual([
      ['2026-11-24', 120000, 'EUR', 'VIR BOULANGERIE MARTIN'],
      ['2026-11-25', 96000, 'EUR', 'GARAGE DUPUIS SAS'],
      ['2026-11-27', -4500, 'EUR', 'FRAIS TENUE DE COMPTE'],
      ['2026-11-28', 77700, 'EUR', 'INCONNU SA'],
    ]);
    expect(f.transactions[0]).toMatchObject({
      bankId: 'OFX-20261124-01',
      remittance: 'VIR BOULANGERIE MARTIN FACT 2026 014',
      account: '12345678901',
    });
    expect(f.transactions[2]!.nature).toBe('fee');
  });

  it('escaped characters are read as text', () => {
    const text = readFileSync(join(F, 'ofx1.ofx'), 'latin1').replace(
      'GARAGE DUPUIS SAS',
      'MARTIN &amp; FILS',
    );
    expect(
      readStatement('a.ofx', new TextEncoder().encode(text)).transactions[1]!.counterparty,
    ).toBe('MARTIN & FILS');
  });

  it('2.x XML', () => {
    const f = read('ofx2.ofx');
    expect(brief(f)).toEqual([
      ['2026-11-26', 250000, 'EUR', 'STUDIO KAPPA GMBH'],
      ['2026-11-27', 228000, 'EUR', 'BOULANGERIE MARTIN SARL'],
      ['2026-11-27', -8000, 'EUR', 'ORANGE'],
    ]);
    expect(f.transactions[0]!.bankId).toBe('X-0003');
  });
});

describe('MT940', () => {
  it(':61: lines with their :86:, free or structured; the entry date across New Year', () => {
    const f = read('mt940.sta');
    expect(f.error).toBeNull();
    expect(f.format).toBe('mt940');
    expect(f.accounts).toEqual([{ id: 'FR7630006000011234567890189', currency: 'EUR' }]);
    expect(brief(f)).toEqual([
      ['2026-11-24', 120000, 'EUR', null],
      ['2026-11-25', 96000, 'EUR', 'GARAGE DUPUIS SAS'],
      ['2026-11-27', -4500, 'EUR', null],
      ['2026-12-31', 15000, 'EUR', null],
    ]);
    expect(f.transactions[0]).toMatchObject({
      bankId: 'MT-0001',
      remittance: 'VIR SEPA BOULANGERIE MARTIN FACT 2026 014 E2E-MARTIN-1124',
    });
    expect(f.transactions[1]).toMatchObject({
      counterpartyIban: 'FR7630003012340001234567801',
      remittance: 'VIREMENT NOVEMBRE',
    });
  });
});

describe('MT940, SWIFT-structured :86:', () => {
  it('the payer from /NAME/, the IBAN from /IBAN/', () => {
    const text = [
      ':20:X',
      ':25:FR7630006000011234567890189',
      ':28C:1/1',
      ':60F:C261123EUR0,00',
      ':61:2611241124C480,00NTRFNONREF//B-9',
      ':86:/EREF/E2E-9/IBAN/FR7610107001011234567890129/ORDP//NAME/BOULANGERIE MARTIN/REMI/USTD//FACT 2026 020/',
      ':62F:C261124EUR480,00',
    ].join('\n');
    const f = readStatement('s.sta', new TextEncoder().encode(text));
    expect(f.transactions[0]).toMatchObject({
      counterparty: 'BOULANGERIE MARTIN',
      counterpartyIban: 'FR7610107001011234567890129',
      amount: 48000,
      endToEndId: null,
    });
  });
});

describe('CSV exports', () => {
  it('one signed amount column under French headers (BNP Paribas / Société Générale layouts)', () => {
    const text =
      "Date de l'opération;Libellé;Détail de l'écriture;Montant de l'opération;Devise\n24/11/2026;VIR SEPA RECU;DE BOULANGERIE MARTIN FACT 2026 014;1 200,00;EUR\n25/11/2026;CB ORANGE;;-80,00;EUR\n";
    const f = readStatement('sg.csv', new TextEncoder().encode(text));
    expect(f.error).toBeNull();
    expect(f.transactions.map((t) => [t.bookingDate, t.amount, t.remittance])).toEqual([
      ['2026-11-24', 120000, 'VIR SEPA RECU DE BOULANGERIE MARTIN FACT 2026 014'],
      ['2026-11-25', -8000, 'CB ORANGE'],
    ]);
  });

  it('Qonto: signed amounts, settled lines only, transaction ids', () => {
    const f = read('qonto.csv');
    expect(f.error).toBeNull();
    expect(brief(f)).toEqual([
      ['2026-11-24', 120000, 'EUR', 'BOULANGERIE MARTIN'],
      ['2026-11-25', 96000, 'EUR', 'GARAGE DUPUIS SAS'],
      ['2026-11-25', -8000, 'EUR', 'Orange'],
    ]);
    expect(f.transactions[0]).toMatchObject({
      bankId: 'qonto-tx-0001',
      counterpartyIban: 'FR7610107001011234567890129',
      remittance: 'FACT 2026 014',
    });
    expect(f.warnings.map((w) => w.en)).toEqual([
      '1 transaction(s) not settled (pending, declined…) ignored',
    ]);
  });

  it('Shine: decimal comma, day-first dates', () => {
    const f = read('shine.csv');
    expect(brief(f)).toEqual([
      ['2026-11-24', 120000, 'EUR', 'BOULANGERIE MARTIN'],
      ['2026-11-26', 15000, 'EUR', 'DUPONT CONSEIL'],
      ['2026-11-27', -790, 'EUR', 'Shine'],
    ]);
  });

  it('the large networks’ layout: windows-1252, lines before the header, débit / crédit columns', () => {
    const f = read('bank-generic.csv');
    expect(f.error).toBeNull();
    expect(brief(f)).toEqual([
      ['2026-11-24', 120000, 'EUR', null],
      ['2026-11-25', 96000, 'EUR', null],
      ['2026-11-27', -4500, 'EUR', null],
      ['2026-11-28', 77700, 'EUR', null],
      ['2026-11-27', -8000, 'EUR', null],
    ]);
    expect(f.transactions[0]!.label).toBe(
      'VIR SEPA RECU /DE BOULANGERIE MARTIN /MOTIF FACT 2026 014',
    );
    const r = readBankCsv(new Uint8Array(readFileSync(join(F, 'bank-generic.csv'))));
    expect(r).toMatchObject({ encoding: 'windows-1252', delimiter: ';', headerRow: 4 });
    expect(r.columns.map((c) => c.field)).toEqual(['date', 'label', 'debit', 'credit']);
  });

  it('a corrected mapping is used as given', () => {
    const text = 'Quand;Quoi;Combien\n24/11/2026;VIR MARTIN;1200,00\n';
    expect(readStatement('x.csv', new TextEncoder().encode(text)).error!.en).toMatch(
      /No header row with a date and an amount/,
    );
    const f = readStatement('x.csv', new TextEncoder().encode(text), {
      csvMapping: ['date', 'label', 'amount'],
    });
    expect(brief(f)).toEqual([['2026-11-24', 120000, 'EUR', null]]);
  });

  it('mixed decimal styles: an error naming the lines, nothing read', () => {
    const f = read('bank-mixed-decimals.csv');
    expect(f.transactions).toEqual([]);
    expect(f.error!.en).toBe(
      'bank-mixed-decimals.csv: Line 3: amounts written with a decimal comma (line 2) and with a decimal point (line 3) in the same file; fix the file, nothing was imported',
    );
  });
});

describe('any file', () => {
  it('a file over the limit is refused before it is read', () => {
    const big = new Uint8Array(50 * 1024 * 1024);
    const f = readStatement('year.xml', big);
    expect(big.length).toBeGreaterThan(MAX_STATEMENT_BYTES);
    expect(f.error!.en).toBe(
      'year.xml: file too large (50.0 MB); a statement over 20 MB must be split by period',
    );
    expect(f.error!.fr).toBe(
      'year.xml : fichier trop volumineux (50,0 Mo) ; un relevé de plus de 20 Mo doit être découpé par période',
    );
  });

  it('the same statement read twice gives the same keys', () => {
    for (const name of [
      'camt053-v02.xml',
      'cfonb120.txt',
      'ofx1.ofx',
      'mt940.sta',
      'bank-generic.csv',
    ]) {
      expect(read(name).transactions.map((t) => t.key)).toEqual(
        read(name).transactions.map((t) => t.key),
      );
    }
  });
});
