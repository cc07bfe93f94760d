import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { demoLedger } from '../app/demo';
import { toLedgerFile } from '../ledger/file-format';
import { main } from './main';
import { textPdf } from '../../tests/helpers/pdf';

async function run(...args: string[]) {
  let out = '';
  let err = '';
  const code = await main(
    args,
    (s) => (out += s + '\n'),
    (s) => (err += s + '\n'),
  );
  return { code, out, err };
}
const CORPUS = join(import.meta.dirname, '../../../shared/corpus');
const tmp = mkdtempSync(join(tmpdir(), 'relance-cli-'));

describe('relance CLI', () => {
  it('interest --json: the worked example of docs/ladder-and-law.md', async () => {
    const r = await run(
      'interest',
      '--jurisdiction',
      'fr-b2b',
      '--amount',
      '1200.00',
      '--currency',
      'EUR',
      '--due',
      '2025-05-15',
      '--until',
      '2025-08-14',
      '--json',
    );
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toMatchObject({
      currency: 'EUR',
      principal: '1200.00',
      interest: '37.86',
      fixedFee: '40.00',
      total: '1277.86',
      periods: [
        { from: '2025-05-16', to: '2025-06-30', days: 46, ratePercent: '13.15', interest: '19.89' },
        { from: '2025-07-01', to: '2025-08-14', days: 45, ratePercent: '12.15', interest: '17.98' },
      ],
    });
  });

  it.each<[string, string[], Record<string, unknown>]>([
    [
      'a part payment by its date (56.12 €)',
      [
        '--amount',
        '4800',
        '--due',
        '2026-10-10',
        '--until',
        '2026-11-23',
        '--payment',
        '2000@2026-10-31',
      ],
      { interest: '56.12', fixedFee: '40.00', total: '2896.12' },
    ],
    [
      'paid on the due date: no interest, no fee',
      ['--amount', '4800', '--due', '2026-10-10', '--until', '2026-10-10'],
      { interest: '0.00', fixedFee: '0.00', total: '4800.00' },
    ],
    [
      'a half-year with no rate: interest unknown, the fee still owed',
      [
        '--jurisdiction',
        'uk',
        '--currency',
        'GBP',
        '--amount',
        '4800',
        '--due',
        '2027-01-10',
        '--until',
        '2027-02-01',
      ],
      { interest: null, fixedFee: '70.00', total: null, unknownHalfYears: ['2027-H1'] },
    ],
  ])('interest --json: %s', async (_case, args, expected) => {
    const r = await run('interest', '--jurisdiction', 'fr-b2b', ...args, '--json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toMatchObject(expected);
  });

  it('interest in French text, and a contract rate', async () => {
    const r = await run(
      'interest',
      '--jurisdiction',
      'contract',
      '--rate',
      '12.5',
      '--amount',
      '1000',
      '--due',
      '2025-01-01',
      '--until',
      '2025-01-31',
    );
    expect(r.out).toMatch(/Intérêts de retard: 10,27\s€/);
  });

  it('interest: bad input is a clear error', async () => {
    expect(
      (
        await run(
          'interest',
          '--jurisdiction',
          'fr-b2b',
          '--amount',
          '0',
          '--due',
          '2025-01-01',
          '--until',
          '2025-02-01',
        )
      ).err,
    ).toMatch(/greater than zero/);
    expect(
      (
        await run(
          'interest',
          '--jurisdiction',
          'fr-b2b',
          '--amount',
          '10',
          '--due',
          '2025-02-30',
          '--until',
          '2025-03-01',
        )
      ).err,
    ).toMatch(/--due: "2025-02-30" is not a valid date/);
    expect(
      (
        await run(
          'interest',
          '--jurisdiction',
          'xx',
          '--amount',
          '10',
          '--due',
          '2025-01-01',
          '--until',
          '2025-03-01',
        )
      ).err,
    ).toMatch(/Unknown jurisdiction/);
    expect(
      (
        await run(
          'interest',
          '--jurisdiction',
          'fr-b2b',
          '--amount',
          '10',
          '--currency',
          'ZZZ',
          '--due',
          '2025-01-01',
          '--until',
          '2025-03-01',
        )
      ).code,
    ).toBe(1);
    expect((await run('interest', '--amount', '10')).code).toBe(2);
  });

  it('plan --json on a ledger file', async () => {
    const file = join(tmp, 'ledger.json');
    writeFileSync(
      file,
      JSON.stringify(toLedgerFile(demoLedger('2026-11-23'), '2026-11-23T00:00:00Z')),
    );
    const r = await run(
      'plan',
      '--ledger',
      file,
      '--today',
      '2026-11-23',
      '--json',
      '--lang',
      'en',
    );
    expect(r.code).toBe(0);
    const out = JSON.parse(r.out);
    expect(out.today).toBe('2026-11-23');
    const bakery = out.suggestions.find(
      (s: { clientName: string }) => s.clientName === 'Boulangerie Martin SARL',
    );
    expect(bakery).toMatchObject({ status: 'due', step: 'formal-notice', daysLate: 58 });
    expect(bakery.reason).toMatch(/→ formal notice/);
    expect(bakery.invoices[0]).toMatchObject({ invoiceNumber: 'F-2026-031', amountDue: '1800.00' });
    // Disputed: still in the plan, blocked, with what to do.
    expect(
      out.suggestions.find((s: { clientName: string }) => s.clientName === 'Sophie Dupont'),
    ).toMatchObject({
      status: 'blocked',
      step: null,
      disputed: [{ invoiceNumber: 'F-2026-055', reason: 'Conteste la deuxième séance photo' }],
    });
    expect(
      out.suggestions.find((s: { clientName: string }) => s.clientName === 'Sophie Dupont').reason,
    ).toMatch(/answer the dispute/);
  });

  it('plan: errors name the record and the field', async () => {
    const file = join(tmp, 'bad.json');
    writeFileSync(
      file,
      JSON.stringify({
        version: 1,
        clients: [{ id: 'c1', name: 'A' }],
        invoices: [
          { number: 'F-1', clientId: 'c2', dueDate: '2026-13-01', currency: 'EUR', total: '10.00' },
        ],
      }),
    );
    const r = await run('plan', '--ledger', file, '--today', '2026-11-23');
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/invoices\[0\] \(F-1\)\.dueDate: expected a real date/);
    expect(
      (await run('plan', '--ledger', join(tmp, 'missing.json'), '--today', '2026-11-23')).err,
    ).toMatch(/file not found/);
    // With --lang fr, the same error in French.
    expect(
      (await run('plan', '--ledger', file, '--today', '2026-11-23', '--lang', 'fr')).err,
    ).toMatch(
      /Le fichier n’est pas valide :\n {2}.*invoices\[0\] \(F-1\)\.dueDate : une vraie date AAAA-MM-JJ est attendue/s,
    );
  });

  it('scan --json: one object per file, errors per file, the others still read', async () => {
    const r = await run(
      'scan',
      '--json',
      join(CORPUS, 'einvoice/akretion-ubl-21-en16931.xml'),
      join(CORPUS, 'facturx/mustang-corruptedV2PDF.pdf'),
      join(tmp, 'nothing.csv'),
    );
    const lines = r.out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines).toHaveLength(3);
    expect(lines[0].invoices[0]).toEqual({
      invoiceNumber: 'F124212',
      issueDate: '2026-06-17',
      dueDate: '2026-07-16',
      dueDateSource: 'explicit',
      currency: 'EUR',
      totalWithTax: '308.03',
      paid: '100.00',
      amountDue: '208.03',
      buyerName: 'Ma jolie boutique SARL',
      sellerName: 'Au bon moulin',
      buyerEmail: 'laetita.durand@jolieboutique.com',
      sellerIds: expect.any(Array),
      buyerIds: expect.any(Array),
      isCreditNote: false,
      paymentTerms: expect.anything(),
      iban: expect.anything(),
      status: null,
      confidence: 1,
    });
    expect(lines[0].error).toBeNull();
    expect(lines[1].error).toMatch(/Corrupt PDF/);
    expect(lines[2].error).toBe('file not found');
    expect(r.code).toBe(0);
  });

  it('scan: a PDF printed without an e-invoice is read from its text, marked so, every field below trust', async () => {
    const file = join(tmp, 'Facture F-2026-201.pdf');
    writeFileSync(
      file,
      textPdf([
        [
          { x: 50, y: 790, text: 'Studio Lumen', size: 14 },
          { x: 400, y: 790, text: 'Facture n° F-2026-201', size: 14 },
          { x: 400, y: 760, text: 'Date de facture : 02/10/2026' },
          { x: 400, y: 746, text: 'Date d’échéance : 01/11/2026' },
          { x: 50, y: 700, text: 'Facturé à' },
          { x: 150, y: 700, text: 'Cabinet Roux' },
          { x: 360, y: 600, text: 'Net à payer' },
          { x: 470, y: 600, text: '1 980,00 €' },
        ],
      ]),
    );
    const r = await run('scan', '--json', file);
    const line = JSON.parse(r.out);
    expect(line).toMatchObject({ readFrom: 'pdf-text', error: null });
    expect(line.invoices[0]).toMatchObject({
      invoiceNumber: 'F-2026-201',
      issueDate: '2026-10-02',
      dueDate: '2026-11-01',
      amountDue: '1980.00',
      currency: 'EUR',
      buyerName: 'Cabinet Roux',
    });
    expect(line.invoices[0].confidence).toBeLessThan(0.7);
    expect(line.warnings).toContain(
      'F-2026-201: read from the PDF’s text (it holds no e-invoice): check the number, the dates and the amounts',
    );
    const text = await run('scan', file);
    expect(text.out).toMatch(
      /facture F-2026-201 — Cabinet Roux — échéance 2026-11-01 — dû 1\s980,00\s€/,
    );
  });

  it('scan: a directory stands for the files in it, in name order', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'relance-dir-'));
    writeFileSync(
      join(dir, 'b.xml'),
      readFileSync(join(CORPUS, 'einvoice/akretion-ubl-21-en16931.xml')),
    );
    writeFileSync(
      join(dir, 'a.csv'),
      'Numéro de facture;Client;Date d’échéance;Montant TTC;Devise\nDIR-1;Atelier;01/12/2026;100,00;EUR',
    );
    writeFileSync(join(dir, '.hidden'), 'x');
    const lines = (await run('scan', '--json', dir)).out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.map((l: { file: string }) => l.file)).toEqual([
      join(dir, 'a.csv'),
      join(dir, 'b.xml'),
    ]);
    expect(
      lines.map((l: { invoices: { invoiceNumber: string }[] }) => l.invoices[0]?.invoiceNumber),
    ).toEqual(['DIR-1', 'F124212']);
  });

  it('scan: a binary file and an HTML page without an invoice', async () => {
    const bin = join(tmp, 'garbage.html');
    writeFileSync(bin, Buffer.from([0, 1, 2, 3, 255, 0, 7]));
    const page = join(tmp, 'page.html');
    writeFileSync(page, '<html lang="fr"><body><p>Bonjour</p></body></html>');
    const r = await run('scan', '--json', bin, page);
    const [a, b] = r.out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(a.error).toMatch(/binary data/);
    expect(b.error).toMatch(/No invoice found/);
  });

  it('scan: invoicing apps’ pages are read with their own selectors, and the JSON says which app', async () => {
    const sites = join(import.meta.dirname, '../detect/sites');
    const r = await run(
      'scan',
      '--json',
      join(sites, 'odoo/fixtures/portal-list-en-2026.html'),
      join(sites, 'akaunting/fixtures/show-fr-2026-08.html'),
    );
    const [odoo, akaunting] = r.out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(odoo.app).toBe('Odoo');
    expect(
      odoo.invoices.map((i: { invoiceNumber: string; dueDate: string; amountDue: string }) => [
        i.invoiceNumber,
        i.dueDate,
        i.amountDue,
      ]),
    ).toEqual([
      ['INV/2026/00214', '2026-10-31', '4250.00'],
      ['INV/2026/00220', '2026-11-19', '1180.00'],
      ['INV/2026/00190', '2026-09-27', '0.00'],
    ]);
    expect(akaunting.app).toBe('Akaunting');
    expect(akaunting.invoices[0]).toMatchObject({
      invoiceNumber: 'FACT-00042',
      dueDate: '2026-10-30',
      totalWithTax: '2160.00',
      amountDue: '1360.00',
      buyerName: 'Garage du Centre',
    });
  });
  it('text output carries no terminal escape, OSC, BEL or bidi override from the files it reads', async () => {
    const file = join(tmp, 'hostile.csv');
    writeFileSync(
      file,
      'Numéro de facture;Client;Date d’échéance;Montant TTC;Devise\nESC-1;"Atelier\u001b]0;pwned\u0007\u001b[2J\u001b[31mRouge\u202Efdp.exe";01/12/2026;100,00;EUR',
    );
    for (const args of [
      ['scan', file],
      ['scan', '--json', file],
    ]) {
      const r = await run(...args);
      expect(r.out).toContain('ESC-1');

      expect(r.out).not.toMatch(
        /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/,
      );
    }
    // Text: the sequences are gone whole. JSON: they are escaped text (\\u001b), inert on a terminal.
    const text = (await run('scan', file)).out;
    expect(text).not.toContain('pwned');
    expect(text).toContain('AtelierRougefdp.exe');
  });
});

describe('relance reconcile', () => {
  const BANK = join(import.meta.dirname, '../bank/fixtures');
  it('--json: matches with kinds and reasons, unmatched credits, a bad file said and the others read', async () => {
    const ledgerFile = join(BANK, 'ledger.json');
    const before = readFileSync(ledgerFile, 'utf8');
    const r = await run(
      'reconcile',
      '--ledger',
      ledgerFile,
      '--statement',
      join(BANK, 'camt053-v02.xml'),
      join(BANK, 'cfonb120-truncated.txt'),
      '--json',
      '--lang',
      'en',
    );
    expect(r.code).toBe(0);
    const out = JSON.parse(r.out);
    expect(out.transactions).toBe(8);
    expect(out.matches[0]).toEqual({
      transactionId: '2026112400001',
      date: '2026-11-24',
      amount: '1200.00',
      currency: 'EUR',
      counterparty: 'BOULANGERIE MARTIN',
      clientId: 'c1',
      clientName: 'Boulangerie Martin SARL',
      invoiceNumbers: ['F-2026-014'],
      kind: 'certain',
      reason: 'reference F-2026-014 and exact amount (€1,200.00)',
    });
    expect(out.matches.map((m: { kind: string }) => m.kind)).toEqual([
      'certain',
      'probable',
      'certain',
      'partial',
      'probable',
    ]);
    expect(out.unmatched).toEqual([
      {
        transactionId: '2026112800008',
        date: '2026-11-28',
        amount: '777.00',
        currency: 'EUR',
        counterparty: 'INCONNU SA',
        label: 'INCONNU SA — REF 88812',
        note: null,
      },
    ]);
    expect(out.error).toMatch(
      /cfonb120-truncated\.txt: CFONB statement line 9: record "04" is 97 characters long/,
    );
    expect(readFileSync(ledgerFile, 'utf8')).toBe(before);
  });

  it('the same week in camt, the bank’s CSV and OFX: each transfer once, the other files’ lines already imported', async () => {
    const files = ['camt053-v02.xml', 'bank-generic.csv', 'ofx1.ofx'].map((f) => join(BANK, f));
    const out = JSON.parse(
      (
        await run(
          'reconcile',
          '--ledger',
          join(BANK, 'ledger.json'),
          '--statement',
          ...files,
          '--json',
          '--lang',
          'en',
        )
      ).out,
    );
    const paid = out.matches.map((m: { amount: string; invoiceNumbers: string[] }) => [
      m.amount,
      m.invoiceNumbers.join('+'),
    ]);
    expect(paid).toEqual([
      ['1200.00', 'F-2026-014'],
      ['960.00', 'F-2026-017'],
      ['2500.00', 'F-2026-022'],
      ['150.00', 'F-2026-025'],
      ['2280.00', 'F-2026-031+F-2026-020'],
    ]);
    expect(out.unmatched.map((u: { amount: string }) => u.amount)).toEqual(['777.00']);
    expect(
      out.duplicates.map((d: { amount: string; from: string }) => `${d.amount} ${d.from}`),
    ).toEqual(
      Array(2)
        .fill(['1200.00', '960.00', '777.00'].map((a) => `${a} camt053-v02.xml`))
        .flat(),
    );
    expect(out.duplicates[0].note).toBe('already imported from camt053-v02.xml');
    const text = (
      await run('reconcile', '--ledger', join(BANK, 'ledger.json'), '--statement', ...files)
    ).out;
    expect(text).toMatch(
      /5 paiement\(s\) trouvé\(s\), 1 crédit\(s\) non rapproché\(s\), 6 déjà importé\(s\)\./,
    );
    expect(text).toMatch(
      /\[déjà importé\] 2026-11-24 1\s200,00\s€ VIR SEPA RECU \/DE BOULANGERIE MARTIN \/MOTIF FACT 2026 014 — déjà importé depuis camt053-v02\.xml/,
    );
  });

  it('in French, as text; a missing file and a missing ledger are said', async () => {
    const r = await run(
      'reconcile',
      '--ledger',
      join(BANK, 'ledger.json'),
      '--statement',
      join(BANK, 'ofx1.ofx'),
      '--statement',
      join(tmp, 'none.xml'),
    );
    expect(r.out).toMatch(
      /\[certain\] 2026-11-24 1\s200,00\s€ Boulangerie Martin SARL → F-2026-014 — référence F-2026-014 et montant exact/,
    );
    expect(r.out).toMatch(/none\.xml : fichier introuvable/);
    expect(
      (
        await run(
          'reconcile',
          '--ledger',
          join(tmp, 'nope.json'),
          '--statement',
          join(BANK, 'ofx1.ofx'),
        )
      ).err,
    ).toMatch(/file not found/);
  });
});
