import { describe, expect, it } from 'vitest';
import { csvInvoices, csvNotes, readCsv, summaryText } from './csv';
import { detectedJson } from './invoice-reading';

/**
 * Exports with no type column: some write purchases (bills) as negative amounts beside
 * the sales, others their credit notes. A negative row is never offered as an invoice to
 * chase; it is skipped with its reason, unless something says it is a credit note (a type
 * column, or credit-note numbering), and then it is a credit note — never chased either.
 */
const scan = (text: string, lang = 'fr') => {
  const out = csvInvoices(readCsv(text), { lang });
  return { out, json: out.invoices.map(detectedJson), summary: out.summary };
};

describe('supplier bills by sign alone', () => {
  const file = [
    'Numéro;Tiers;Date;Échéance;Montant TTC;Reste à payer;Devise',
    'F-2026-0410;Boulangerie Martin;01/10/2026;31/10/2026;1 200,00;1 200,00;EUR',
    'A-88120;Papeterie Dupont;03/10/2026;02/11/2026;-96,00;-96,00;EUR',
    'F-2026-0411;Garage Durand;05/10/2026;04/11/2026;600,00;200,00;EUR',
    'A-88121;Papeterie Dupont;06/10/2026;05/11/2026;-48,00;-48,00;EUR',
    'AV-2026-0003;Garage Durand;07/10/2026;;-100,00;-100,00;EUR',
  ].join('\n');

  it('negative rows are not invoices to chase: skipped with their lines and reason, credit-note numbers kept as credit notes', () => {
    const { out, json, summary } = scan(file);
    expect(json.filter((j) => !j.isCreditNote).map((j) => [j.invoiceNumber, j.amountDue])).toEqual([
      ['F-2026-0410', '1200.00'],
      ['F-2026-0411', '200.00'],
    ]);
    // "AV-…" is how French invoicing apps number credit notes: a credit note, not chased.
    expect(json.filter((j) => j.isCreditNote).map((j) => j.invoiceNumber)).toEqual([
      'AV-2026-0003',
    ]);
    expect(summary).toMatchObject({ rows: 5, invoices: 3, negative: 2, credits: 1, payable: 0 });
    expect(out.skipped.map((k) => [k.number, k.lines])).toEqual([
      ['A-88120', [3]],
      ['A-88121', [5]],
    ]);
    expect(out.skipped[0]!.reason).toEqual({
      fr: 'montant négatif sans colonne de type : facture fournisseur ou avoir, non relancée',
      en: 'negative amount and no type column: a supplier bill or a credit note, not chased',
    });
    expect(summaryText(summary)).toEqual({
      fr: '2 facture(s) depuis 5 ligne(s) ; 0 facture(s) fournisseur(s) et 0 brouillon(s) ignoré(e)s ; 1 avoir(s), non relancé(s) ; 2 montant(s) négatif(s) sans type (facture fournisseur ou avoir) ignoré(s)',
      en: '2 invoice(s) from 5 row(s); 0 supplier bill(s) and 0 draft(s) skipped; 1 credit note(s), not chased; 2 negative amount(s) with no type (supplier bill or credit note) skipped',
    });
    // Each skipped row is reported with its line and why, in both languages.
    const notes = csvNotes(out);
    expect(notes.map((n) => n.fr)).toContain(
      'ligne 3 : A-88120 ignorée : montant négatif sans colonne de type : facture fournisseur ou avoir, non relancée',
    );
    expect(notes.map((n) => n.en)).toContain(
      'line 5: A-88121 skipped: negative amount and no type column: a supplier bill or a credit note, not chased',
    );
  });

  it('a negative amount due alone (no total column) is skipped too', () => {
    const { json, summary } = scan(
      'Invoice Number,Customer,Due Date,Balance Due,Currency\nINV-1,Acme,2026-10-01,500.00,EUR\nB-7,Stationers Ltd,2026-10-02,-80.00,EUR\n',
      'en',
    );
    expect(json.map((j) => j.invoiceNumber)).toEqual(['INV-1']);
    expect(summary.negative).toBe(1);
  });

  it('line items of one invoice, a discount line negative, stay one positive invoice', () => {
    const { json, summary } = scan(
      'Invoice #,Client Name,Date Issued,Line Total,Currency\n0042,Acme,2026-10-01,500.00,EUR\n0042,Acme,2026-10-01,-50.00,EUR\n',
      'en',
    );
    expect(json).toEqual([
      expect.objectContaining({
        invoiceNumber: '0042',
        totalWithTax: '450.00',
        isCreditNote: false,
      }),
    ]);
    expect(summary.negative).toBe(0);
  });

  it('a number alone never turns a positive invoice into a credit note', () => {
    const { json } = scan(
      'Invoice Number,Customer,Total,Currency\nCN-2026-1,Conseil Nord,300.00,EUR\n',
      'en',
    );
    expect(json[0]).toMatchObject({
      invoiceNumber: 'CN-2026-1',
      isCreditNote: false,
      amountDue: '300.00',
    });
  });
});

describe('credit notes, whatever says so', () => {
  it.each([
    [
      'a credit type with a positive amount (Xero ACCRECCREDIT)',
      'Invoice Number,Type,Total,Currency\nCN-0042,ACCRECCREDIT,120.00,GBP\n',
    ],
    [
      'a credit type with a negative amount (Sage SC)',
      'Invoice Number,Type,Total,Currency\nSC-0012,SC,-120.00,GBP\n',
    ],
    [
      'a sales type with a negative amount',
      'Invoice Number,Type,Total,Currency\nINV-9,Sales Invoice,-120.00,GBP\n',
    ],
  ])('%s is a credit note, counted apart, never an invoice to chase', (_, text) => {
    const { json, summary } = scan(text, 'en');
    expect(json).toHaveLength(1);
    expect(json[0]!.isCreditNote).toBe(true);
    expect(summary).toMatchObject({ credits: 1, negative: 0 });
    expect(summaryText(summary).en).toMatch(
      /^0 invoice\(s\) from 1 row\(s\); .*; 1 credit note\(s\), not chased$/,
    );
  });

  it('a supplier credit (ACCPAYCREDIT) is a supplier document, not offered', () => {
    const { json, summary, out } = scan(
      'Invoice Number,Type,Total,Currency\nSCN-1,ACCPAYCREDIT,-40.00,GBP\n',
      'en',
    );
    expect(json).toEqual([]);
    expect(summary.payable).toBe(1);
    expect(out.skipped[0]).toMatchObject({
      number: 'SCN-1',
      lines: [2],
      reason: { en: 'supplier bill (type "ACCPAYCREDIT")' },
    });
  });
});
