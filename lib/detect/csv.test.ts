import { describe, expect, it } from 'vitest';
import { csvInvoices, readCsv } from './csv';
import { detectedJson } from './invoice-reading';

const enc = (s: string) => new TextEncoder().encode(s);
const latin1 = (s: string) => Uint8Array.from([...s].map((c) => c.charCodeAt(0) & 0xff));
const rows = (input: string | Uint8Array, lang?: string) =>
  csvInvoices(readCsv(input), { lang }).invoices.map(detectedJson);

/** Exports written by us in each app's column layout (headers and formats), with invented data. */
describe('CSV exports', () => {
  it('Invoice Ninja (comma, ISO dates)', () => {
    const out = rows(
      '"Invoice Number","Client Name","Invoice Date","Due Date","Amount","Balance","Status","Currency"\n"0042","Kestrel Design","2026-10-01","2026-10-31","1500.00","750.00","Partial","EUR"\n',
    );
    expect(out[0]).toMatchObject({
      invoiceNumber: '0042',
      buyerName: 'Kestrel Design',
      issueDate: '2026-10-01',
      dueDate: '2026-10-31',
      currency: 'EUR',
      totalWithTax: '1500.00',
      amountDue: '750.00',
      status: 'partially-paid',
    });
  });

  it('Dolibarr (semicolon, Windows-1252, decimal comma)', () => {
    const read = readCsv(
      latin1(
        'Réf.;Tiers;Date facturation;Date limite règlement;Montant TTC;Reste à payer;État\nFA2610-0031;Société Générale de Peinture;01/10/2026;31/10/2026;1 440,00;1 440,00;Impayée\n',
      ),
    );
    expect(read.encoding).toBe('windows-1252');
    expect(read.delimiter).toBe(';');
    const out = csvInvoices(read, { lang: 'fr', currency: 'EUR' }).invoices.map(detectedJson);
    expect(out[0]).toMatchObject({
      invoiceNumber: 'FA2610-0031',
      buyerName: 'Société Générale de Peinture',
      dueDate: '2026-10-31',
      totalWithTax: '1440.00',
      amountDue: '1440.00',
      status: 'overdue',
    });
  });

  it('Pennylane (semicolon, decimal comma, euro sign)', () => {
    const out = rows(
      "Numéro de facture;Client;Date;Date d'échéance;Montant TTC;Reste à payer;Statut\nF-2026-118;Boulangerie Martin;05/10/2026;04/11/2026;960,00 €;960,00 €;En retard\n",
      'fr',
    );
    expect(out[0]).toMatchObject({
      invoiceNumber: 'F-2026-118',
      buyerName: 'Boulangerie Martin',
      issueDate: '2026-10-05',
      dueDate: '2026-11-04',
      currency: 'EUR',
      amountDue: '960.00',
      status: 'overdue',
    });
  });

  it('Xero aged receivables (title lines, contact group rows, total lines)', () => {
    const csv = [
      'Aged Receivables Detail',
      'Northwind Studio Ltd',
      'As at 23 November 2026',
      '',
      'Invoice Date,Invoice Number,Invoice Reference,Due Date,Current,< 1 Month,1 Month,Older,Total,Currency',
      'Fenwick & Co',
      '15 Sep 2026,INV-0101,PO 77,15 Oct 2026,0.00,0.00,1200.00,0.00,1200.00,GBP',
      'Total Fenwick & Co,,,,0.00,0.00,1200.00,0.00,1200.00,',
      'Kestrel Design',
      '01 Nov 2026,INV-0108,,01 Dec 2026,450.00,0.00,0.00,0.00,450.00,GBP',
    ].join('\n');
    const out = rows(csv, 'en');
    expect(out).toHaveLength(2);
    expect(out[0]).toMatchObject({
      invoiceNumber: 'INV-0101',
      buyerName: 'Fenwick & Co',
      dueDate: '2026-10-15',
      currency: 'GBP',
      totalWithTax: '1200.00',
    });
    expect(out[1]).toMatchObject({
      invoiceNumber: 'INV-0108',
      buyerName: 'Kestrel Design',
      dueDate: '2026-12-01',
    });
  });

  it('QuickBooks invoice list (US dates decided from the data)', () => {
    const out = rows(
      'Date,No.,Customer,Due date,Amount,Open balance,Status\n10/15/2026,1045,Harbor Street Coffee,11/14/2026,"$1,944.00","$1,944.00",Overdue\n',
      'en',
    );
    expect(out[0]).toMatchObject({
      invoiceNumber: '1045',
      buyerName: 'Harbor Street Coffee',
      issueDate: '2026-10-15',
      dueDate: '2026-11-14',
      currency: 'USD',
      totalWithTax: '1944.00',
      amountDue: '1944.00',
    });
  });

  it('undecidable day/month order is flagged, not guessed silently', () => {
    const r = csvInvoices(
      readCsv('Invoice number,Due date,Amount,Currency\nA-1,03/04/2026,10.00,EUR\n'),
      { lang: 'en' },
    );
    expect(r.invoices[0]!.warnings.map((w) => w.en).join()).toMatch(/could be/);
    expect(r.invoices[0]!.warnings.map((w) => w.fr).join()).toMatch(/ou le .* \? À confirmer/);
    expect(r.invoices[0]!.fields.dueDate!.confidence).toBeLessThan(0.7);
  });

  it('mixed decimal styles are reported and each value read on its own', () => {
    const r = csvInvoices(
      readCsv('Invoice number;Amount;Currency\nA-1;1 200,50;EUR\nA-2;980.25;EUR\n'),
      {},
    );
    expect(r.warnings.map((w) => w.en).join()).toMatch(/both decimal commas and decimal points/);
    expect(r.invoices.map((i) => i.totalWithTax)).toEqual([120050, 98025]);
  });

  it('bad files give a specific message', () => {
    expect(() => readCsv('hello;world\n1;2\n')).toThrow(
      /No header row with an invoice-number column/,
    );
    expect(() => readCsv('')).toThrow(/empty/);
    expect(() => readCsv(enc('a\u0000b\u0000c'))).toThrow(/binary/);
    const r = csvInvoices(
      readCsv('Invoice number,Due date,Amount,Currency\nA-1,someday,ten,EUR\n'),
      {},
    );
    expect(r.errors.map((e) => e.message.en).join()).toMatch(/"ten" is not an amount/);
    expect(r.errors.map((e) => e.message.fr).join()).toMatch(/« ten » n’est pas un montant/);
    expect(r.errors[0]!.row).toBe(2);
  });
});
