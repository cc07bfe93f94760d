import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it, vi } from 'vitest';
import { csvInvoices, readCsv, summaryText, type CsvRead } from './csv';
import { detectedJson } from './invoice-reading';
import { decimalStyle, dateOrder, sniffDelimiter } from './csv/sniff';

/** Exports written by us in each app's layout (sources in tests/fixtures/csv/README.md). */
const fixture = (name: string) =>
  new Uint8Array(readFileSync(join(import.meta.dirname, '../../tests/fixtures/csv', name)));
const scan = (name: string, lang = 'en') => {
  const read = readCsv(fixture(name));
  const out = csvInvoices(read, { lang });
  return {
    read,
    out,
    json: out.invoices.map(detectedJson),
    summary: out.summary,
    warnings: out.warnings.map((w) => w.en).join('\n'),
  };
};

describe('rows are not invoices', () => {
  it('Zoho line items: one invoice per number, its Total and Balance once, the internal id not used as the number', () => {
    const { read, json, summary } = scan('zoho-invoices.csv');
    expect(read.columns.find((c) => c.header === 'Invoice Number')!.field).toBe('invoiceNumber');
    expect(read.columns.find((c) => c.header === 'Invoice ID')!.field).toBe('internalId');
    expect(json.map((j) => j.invoiceNumber)).toEqual([
      'INV-000101',
      'INV-000102',
      'INV-000103',
      'INV-000104',
    ]);
    expect(json[0]).toMatchObject({
      totalWithTax: '1134.00',
      amountDue: '1134.00',
      currency: 'EUR',
      dueDate: '2026-10-01',
      status: 'overdue',
      buyerEmail: 'compta@martin.example',
    });
    expect(json[1]).toMatchObject({
      totalWithTax: '360.00',
      amountDue: '160.00',
      status: 'partially-paid',
      paymentTerms: 'Net 30',
    });
    expect(json[2]!.status).toBe('draft');
    expect(json[3]!.status).toBe('cancelled');
    expect(summary).toMatchObject({ rows: 6, invoices: 4, drafts: 1, cancelled: 1, payable: 0 });
    expect(summaryText(summary)).toEqual({
      fr: '2 facture(s) depuis 6 ligne(s) ; 0 facture(s) fournisseur(s) et 1 brouillon(s) ignoré(e)s ; 1 annulée(s), non relancée(s)',
      en: '2 invoice(s) from 6 row(s); 0 supplier bill(s) and 1 draft(s) skipped; 1 voided, not chased',
    });
  });

  it('FreshBooks: no invoice-total column, the line totals are summed', () => {
    const { json, out } = scan('freshbooks-invoices.csv');
    expect(json[0]).toMatchObject({
      invoiceNumber: '0000031',
      buyerName: 'Harbor Street Coffee',
      issueDate: '2026-09-02',
      currency: 'CAD',
      totalWithTax: '960.75',
      amountDue: '960.75',
      status: 'open',
    });
    expect(out.invoices[0]!.fields.totalWithTax!.where).toBe(
      'CSV lines 2, 3, 4 (sum of 3 line totals)',
    );
    expect(out.lines[0]).toEqual([2, 3, 4]);
    expect(json[1]).toMatchObject({ invoiceNumber: '0000032', amountDue: '0.00', status: 'paid' });
    expect(json[2]!.status).toBe('draft');
  });

  it('Xero line and tax rows mixed with bills: each sales invoice once, ACCPAY bills never offered', () => {
    const { json, summary } = scan('xero-sales-and-bills.csv');
    expect(json.map((j) => j.invoiceNumber)).toEqual(['INV-0201', 'INV-0202', 'INV-0203']);
    expect(json[0]).toMatchObject({
      totalWithTax: '1200.00',
      amountDue: '1200.00',
      currency: 'GBP',
      dueDate: '2026-10-15',
      buyerName: 'Fenwick & Co',
    });
    expect(json[1]).toMatchObject({ totalWithTax: '600.00', paid: '250.00', amountDue: '350.00' });
    expect(summary.payable).toBe(2);
    const owed = json
      .filter((j) => j.status !== 'draft')
      .reduce((s, j) => s + Number(j.amountDue), 0);
    expect(owed).toBe(1550);
  });

  it('an invoice repeated on two rows (Invoice Ninja v4) is one invoice; amount due is Amount − Paid; "$" is assumed USD once', () => {
    const { json, out, warnings } = scan('invoice-ninja-v4.csv');
    expect(json.map((j) => j.invoiceNumber)).toEqual(['0051', '0052', '0053']);
    expect(json[0]).toMatchObject({
      totalWithTax: '240.00',
      paid: '40.00',
      amountDue: '200.00',
      currency: 'USD',
      status: 'partially-paid',
    });
    expect(json[1]).toMatchObject({ totalWithTax: '90.00', amountDue: '90.00' });
    expect(out.summary.currencyAssumed).toBe('USD');
    expect(warnings.match(/\$/g)!.length).toBeGreaterThan(0);
    expect(out.warnings.filter((w) => /assumed/.test(w.en))).toHaveLength(1);
    expect(out.invoices[0]!.fields.amountDue!.confidence).toBeLessThan(0.7);
  });

  it('Wave journal: the receivable line is the invoice, a negative one its payment, other accounts skipped', () => {
    const { json, summary } = scan('wave-accounting.csv');
    expect(
      json.map((j) => [j.invoiceNumber, j.buyerName, j.totalWithTax, j.paid, j.amountDue]),
    ).toEqual([
      ['7', 'Fenwick & Co', '750.00', '0.00', '750.00'],
      ['8', 'Kestrel Design', '400.00', '150.00', '250.00'],
    ]);
    expect(summary.payable).toBe(1);
    expect(summary.otherAccounts).toBe(5);
  });

  it('QuickBooks transaction list: a payment sharing an invoice number is not added to it; a bill is skipped', () => {
    const { json, summary } = scan('quickbooks-transactions.csv');
    expect(json.map((j) => [j.invoiceNumber, j.totalWithTax, j.amountDue, j.dueDate])).toEqual([
      ['1045', '1944.00', '1944.00', '2026-10-15'],
      ['1046', '500.00', '200.00', '2026-10-28'],
    ]);
    expect(summary).toMatchObject({ payable: 1, notInvoices: 1 });
  });
});

describe('the right column, in every app’s words', () => {
  it.each([
    [
      'invoice2go.csv',
      {
        invoiceNumber: '17',
        buyerName: 'Atelier Moreau',
        issueDate: '2026-09-03',
        currency: 'EUR',
        totalWithTax: '205.00',
        amountDue: '205.00',
        buyerEmail: 'julie@moreau.example',
      },
    ],
    [
      'invoicely.csv',
      {
        invoiceNumber: 'INV-41',
        buyerName: 'Bruce Harper',
        issueDate: '2026-09-14',
        dueDate: '2026-10-14',
        totalWithTax: '1020.00',
        status: 'open',
      },
    ],
    [
      'quickbooks-api-invoices.csv',
      {
        invoiceNumber: '1071',
        issueDate: '2026-09-03',
        dueDate: '2026-10-03',
        totalWithTax: '880.00',
        amountDue: '880.00',
        currency: 'USD',
        buyerName: 'Harbor Street Coffee',
      },
    ],
    [
      'akaunting-invoices.csv',
      {
        invoiceNumber: 'INV-00021',
        issueDate: '2026-09-05',
        dueDate: '2026-10-05',
        totalWithTax: '720.00',
        currency: 'EUR',
        buyerName: 'Boulangerie Martin',
        buyerEmail: 'compta@martin.example',
      },
    ],
    [
      'erpnext-sales-invoice.csv',
      {
        invoiceNumber: 'ACC-SINV-2026-00031',
        buyerName: 'Boulangerie Martin',
        totalWithTax: '1200.00',
        amountDue: '1200.00',
        currency: 'EUR',
        status: 'overdue',
      },
    ],
    [
      'frappe-books-invoices.csv',
      {
        invoiceNumber: 'SINV-1005',
        buyerName: 'Atelier Moreau',
        totalWithTax: '150.00',
        amountDue: '50.00',
        currency: 'EUR',
        dueDate: '2026-10-22',
      },
    ],
    [
      'odoo-account-move.csv',
      {
        invoiceNumber: 'FAC/2026/00042',
        buyerName: 'Garage Durand',
        dueDate: '2026-10-14',
        totalWithTax: '600.00',
        amountDue: '200.00',
        status: 'partially-paid',
      },
    ],
  ])('%s', (file, expected) => {
    const { json, warnings } = scan(file);
    expect(json.find((j) => j.invoiceNumber === expected.invoiceNumber)).toMatchObject(expected);
    // A currency column exists (or the app's usual currency is stated as assumed): no false "no currency".
    expect(warnings).not.toMatch(/No currency in the file/);
  });

  it('Sage 50 audit trail: SI/SC kept, PI a bill, SR a receipt; "Ref" is the number, total = net + tax', () => {
    const { json, summary, read, warnings } = scan('sage-50-audit-trail.csv');
    expect(read.columns.find((c) => c.header === 'Ref')!.field).toBe('invoiceNumber');
    expect(read.columns.find((c) => c.header === 'No')!.field).toBeNull();
    expect(
      json.map((j) => [j.invoiceNumber, j.buyerName, j.totalWithTax, j.amountDue, j.isCreditNote]),
    ).toEqual([
      ['SI-3001', 'FENW001', '1200.00', '1200.00', false],
      ['SI-3002', 'KEST001', '600.00', '350.00', false],
      ['SC-0012', 'FENW001', '-120.00', '-120.00', true],
    ]);
    expect(summary).toMatchObject({ payable: 1, notInvoices: 1 });
    expect(warnings).not.toMatch(/not certain/);
    expect(warnings).toMatch(/GBP assumed \(Sage's usual one\), please confirm/);
  });

  it('Invoice2go: the UUID Id is internal; unsent is a draft', () => {
    const { read, json } = scan('invoice2go.csv');
    expect(read.columns.find((c) => c.header === 'Id')!.field).toBe('internalId');
    expect(json.find((j) => j.invoiceNumber === '19')!.status).toBe('draft');
  });

  it('Odoo: out_refund is a credit note, in_invoice a supplier bill, state draft a draft', () => {
    const { json, summary } = scan('odoo-account-move.csv');
    expect(json.find((j) => j.invoiceNumber === 'RFAC/2026/00003')!.isCreditNote).toBe(true);
    expect(json.find((j) => j.invoiceNumber === 'FAC/2026/00043')!.status).toBe('draft');
    expect(json.some((j) => j.invoiceNumber === 'FACTF/2026/00007')).toBe(false);
    expect(summary.payable).toBe(1);
  });

  it('French list with facture client / facture fournisseur and Payée / Annulée', () => {
    const { json, summary } = scan('sellsy-factures.csv', 'fr');
    expect(json.map((j) => [j.invoiceNumber, j.status])).toEqual([
      ['F-2026-0301', 'overdue'],
      ['F-2026-0302', 'paid'],
      ['F-2026-0303', 'cancelled'],
    ]);
    expect(json[0]).toMatchObject({
      totalWithTax: '1200.00',
      amountDue: '1200.00',
      dueDate: '2026-10-02',
    });
    expect(summary).toMatchObject({ payable: 1, cancelled: 1 });
  });

  it('headers named in the issue map to their fields', () => {
    const fields = (header: string) =>
      readCsv(
        `${header}\nA-1,x,2026-01-01,2026-02-01,10.00,5.00,EUR,Acme,a@b.example,3,4\n`,
      ).columns.map((c) => c.field);
    expect(fields('Invoice #,Client Name,Date Issued,Due Date,Line Total')).toEqual([
      'invoiceNumber',
      'buyer',
      'issueDate',
      'dueDate',
      'lineTotal',
    ]);
    expect(
      fields('DocumentNumber,Name,DocumentDate,DueDate,TotalAmount,BalanceDueAmount,CurrencyCode'),
    ).toEqual(['invoiceNumber', 'buyer', 'issueDate', 'dueDate', 'total', 'amountDue', 'currency']);
    expect(
      fields('doc_number,customer_name,transaction_date,due_date,total_amount,balance,currency_id'),
    ).toEqual(['invoiceNumber', 'buyer', 'issueDate', 'dueDate', 'total', 'amountDue', 'currency']);
    expect(
      fields(
        'Invoice Number,Party,Posting Date,Due Date,Grand Total,Outstanding Amount,Customer Currency',
      ),
    ).toEqual(['invoiceNumber', 'buyer', 'issueDate', 'dueDate', 'total', 'amountDue', 'currency']);
    expect(
      fields(
        'invoice_number,customer_name,invoiced_at,due_at,amount,amount_due,currency_code,x,customer_email',
      ),
    ).toEqual([
      'invoiceNumber',
      'buyer',
      'issueDate',
      'dueDate',
      'total',
      'amountDue',
      'currency',
      null,
      'buyerEmail',
    ]);
    expect(fields('Invoice Number,Customer,Transaction Date,Due Date,Amount (One column)')).toEqual(
      ['invoiceNumber', 'buyer', 'issueDate', 'dueDate', 'total'],
    );
    expect(fields('number,customer_name,date,due_date,total,amount_due')).toEqual([
      'invoiceNumber',
      'buyer',
      'issueDate',
      'dueDate',
      'total',
      'amountDue',
    ]);
    expect(
      fields(
        'Rechnungsnummer,Kunde,Rechnungsdatum,Fälligkeitsdatum,Bruttobetrag,Offener Betrag,Währung',
      ),
    ).toEqual(['invoiceNumber', 'buyer', 'issueDate', 'dueDate', 'total', 'amountDue', 'currency']);
    expect(
      fields(
        'Numero de factura,Cliente,Fecha de emisión,Fecha de vencimiento,Importe total,Importe pendiente,Moneda',
      ),
    ).toEqual(['invoiceNumber', 'buyer', 'issueDate', 'dueDate', 'total', 'amountDue', 'currency']);
    expect(
      fields(
        'Numero fattura,Cliente,Data fattura,Data scadenza,Totale documento,Importo residuo,Valuta',
      ),
    ).toEqual(['invoiceNumber', 'buyer', 'issueDate', 'dueDate', 'total', 'amountDue', 'currency']);
    expect(
      fields('Factuurnummer,Klant,Factuurdatum,Vervaldatum,Totaalbedrag,Openstaand bedrag,Valuta'),
    ).toEqual(['invoiceNumber', 'buyer', 'issueDate', 'dueDate', 'total', 'amountDue', 'currency']);
  });

  it('a currency column written as a symbol or a word', () => {
    const out = csvInvoices(
      readCsv(
        'Invoice Number,Total,Currency\nA-1,100.00,€\nA-2,50.00,Euro\nA-3,20.00,$\nA-4,10.00,£\n',
      ),
    );
    expect(out.invoices.map((i) => i.currency)).toEqual(['EUR', 'EUR', 'USD', 'GBP']);
    expect(out.summary.currencyAssumed).toBe('USD');
    expect(out.invoices[2]!.fields.amountDue!.confidence).toBeLessThan(0.7);
    expect(out.invoices[0]!.fields.amountDue!.confidence).toBeGreaterThan(0.7);
  });

  it('payment terms and the customer’s VAT number are read; a due date from terms is to confirm', () => {
    const out = csvInvoices(
      readCsv(
        'Invoice Number,Invoice Date,Terms,Customer,VAT number,Total,Currency\nA-1,2026-09-01,Net 30,Kestrel Design,FR 40 303 265 045,100.00,EUR\n',
      ),
      { lang: 'en' },
    );
    expect(detectedJson(out.invoices[0]!)).toMatchObject({
      paymentTerms: 'Net 30',
      dueDate: '2026-10-01',
      dueDateSource: 'terms',
      buyerIds: ['FR40303265045'],
    });
    expect(out.invoices[0]!.fields.dueDate!.confidence).toBeLessThan(0.7);
  });

  it('no header names the number: a column of distinct invoice-number values is used, said uncertain', () => {
    const read = readCsv(
      'Code,Client,Amount,Due date,Currency\nAB-101,Acme,100.00,2026-10-01,EUR\nAB-102,Beta,50.00,2026-10-02,EUR\n',
    );
    expect(read.columns.map((c) => c.field)).toEqual([
      'invoiceNumber',
      'buyer',
      'total',
      'dueDate',
      'currency',
    ]);
    expect(read.uncertain.map((u) => u.en).join()).toMatch(
      /No header names the invoice number: column "Code" is read as such/,
    );
    const out = csvInvoices(read);
    expect(out.invoices.map((i) => i.invoiceNumber)).toEqual(['AB-101', 'AB-102']);
    expect(out.invoices[0]!.fields.invoiceNumber!.confidence).toBeLessThan(0.7);
    expect(() => readCsv('Code,Comment\nAB-101,hello\n')).toThrow(
      /No header row with an invoice-number column/,
    );
  });

  it('an uncertain choice is said, and the number read from it is to confirm', () => {
    const { read, out } = scan('invoicely.csv');
    expect(read.uncertain.map((u) => u.en).join()).toMatch(
      /Column "Details" is read as the invoice number: not certain/,
    );
    expect(read.uncertain.map((u) => u.fr).join()).toMatch(
      /La colonne « Details » est lue comme numéro de facture/,
    );
    expect(out.invoices[0]!.fields.invoiceNumber!.confidence).toBeLessThan(0.7);
  });
});

describe('tables inside exports', () => {
  it('a multi-section export stops at the next section; a repeated header is not an invoice', () => {
    const csv = [
      '"Invoice Ninja v4.5.17 - export"',
      '',
      'INVOICES',
      'Client,Invoice Number,Amount,Paid,Status,Due Date',
      'Fenwick & Co,0051,$240.00,$40.00,Partial,2026-09-24',
      'Client,Invoice Number,Amount,Paid,Status,Due Date',
      'Kestrel Design,0052,$90.00,$0.00,Sent,2026-10-02',
      '',
      'PAYMENTS',
      'Client,Invoice Number,Amount,Payment Date',
      'Fenwick & Co,0051,$40.00,2026-09-01',
    ].join('\n');
    const out = csvInvoices(readCsv(csv), { lang: 'en' });
    expect(out.invoices.map((i) => [i.invoiceNumber, i.amountDue])).toEqual([
      ['0051', 20000],
      ['0052', 9000],
    ]);
    expect(out.errors).toEqual([]);
  });
});

describe('what each row is', () => {
  it.each([
    ['Sales Invoice', true],
    ['Purchase Invoice', false],
    ['SI', true],
    ['PI', false],
    ['SR', false],
    ['Bill Payment (Check)', false],
    ['Bill', false],
    ['Invoice', true],
    ['Payment', false],
    ['Credit Memo', true],
    ['Facture client', true],
    ['Facture fournisseur', false],
    ['Facture reçue', false],
    ['facture d’achat', false],
    ['Sales Receipt', false],
    ['Journal Entry', false],
    ['Estimate', false],
    ['Rechnung', true],
    ['Eingangsrechnung', false],
  ])('type "%s" kept as a customer invoice: %s', (type, kept) => {
    const out = csvInvoices(
      readCsv(`Invoice Number,Type,Total,Currency\nX-1,${type},100.00,EUR\n`),
    );
    expect(out.invoices.length).toBe(kept ? 1 : 0);
    expect(out.warnings.map((w) => w.en).join()).not.toMatch(/Unknown type/);
  });

  it('Stripe: Amount Remaining is what is left, Amount Due the invoice’s due total; lower-case currency', () => {
    const out = csvInvoices(
      readCsv(
        'id,Number,Customer Name,Date (UTC),Due Date,Total,Amount Due,Amount Paid,Amount Remaining,Currency,Status\nin_1Q2w3e4r5t,ABC-0001,Harbor Street Coffee,2026-09-01 10:00,2026-10-01 00:00,500.00,500.00,200.00,300.00,usd,open\n',
      ),
    );
    expect(detectedJson(out.invoices[0]!)).toMatchObject({
      invoiceNumber: 'ABC-0001',
      issueDate: '2026-09-01',
      dueDate: '2026-10-01',
      currency: 'USD',
      totalWithTax: '500.00',
      amountDue: '300.00',
      paid: '200.00',
    });
  });

  it('UTF-16 with a byte-order mark, Excel’s sep= line, a number written with a space', () => {
    const text =
      'sep=;\nN° facture;Client;Échéance;Montant TTC;Devise\nFA 2026 12;Société Générale;31/10/2026;1 440,00;EUR\n';
    const utf16 = new Uint8Array([
      0xff,
      0xfe,
      ...new Uint8Array(Uint16Array.from([...text].map((c) => c.charCodeAt(0))).buffer),
    ]);
    const read = readCsv(utf16);
    expect(read.encoding).toBe('utf-16le');
    expect(read.delimiter).toBe(';');
    expect(detectedJson(csvInvoices(read, { lang: 'fr' }).invoices[0]!)).toMatchObject({
      invoiceNumber: 'FA 2026 12',
      buyerName: 'Société Générale',
      dueDate: '2026-10-31',
      totalWithTax: '1440.00',
    });
  });
});

describe('size and shape', () => {
  it('a 50 MB file is refused before it is parsed', () => {
    const big = new Uint8Array(50 * 1024 * 1024).fill(0x41);
    const parse = vi.spyOn(Papa, 'parse');
    expect(() => readCsv(big)).toThrow(/too large \(50\.0 MB; limit 25 MB\)/);
    // Refused on its size: the parser never saw it.
    expect(parse).not.toHaveBeenCalled();
    parse.mockRestore();
  });

  it('a remap onto a column of free text does not make invoices out of noise', () => {
    const rows = Array.from(
      { length: 500 },
      (_, i) => `INV-${i},note about the job number ${i},10.00,EUR`,
    );
    const read = readCsv(`Invoice number,Notes,Amount,Currency\n${rows.join('\n')}\n`);
    const remapped: CsvRead = {
      ...read,
      columns: read.columns.map((c) =>
        c.index === 0
          ? { ...c, field: null }
          : c.index === 1
            ? { ...c, field: 'invoiceNumber' }
            : c,
      ),
    };
    expect(() => csvInvoices(remapped)).toThrow(/holds no invoice number for most rows/);
  });

  it('sniffing helpers are usable on their own', () => {
    expect(sniffDelimiter('a;b;c\n1;2,5;3\n4;5;6\n')).toBe(';');
    expect(decimalStyle(['1 200,50', '3,10'])).toBe('comma');
    expect(decimalStyle(['1,200.50', '3.10'])).toBe('dot');
    expect(dateOrder(['13/02/2026', '01/03/2026'])).toBe('dmy');
    expect(dateOrder(['02/13/2026'])).toBe('mdy');
  });
});

describe('Sage Business Cloud Accounting and Axonaut', () => {
  it('Sage Business Cloud: recognised; outstanding_amount is what is left; VOID voided, DRAFT a draft; the reference is not the number', () => {
    const { read, json, summary, warnings } = scan('sage-business-cloud-sales-invoices.csv');
    expect(read.profile?.app).toBe('Sage Business Cloud Accounting');
    expect(read.columns.find((c) => c.header === 'invoice_number')!.field).toBe('invoiceNumber');
    expect(read.columns.find((c) => c.header === 'reference')!.field).toBeNull();
    expect(
      json.map((j) => [
        j.invoiceNumber,
        j.buyerName,
        j.issueDate,
        j.dueDate,
        j.totalWithTax,
        j.amountDue,
        j.currency,
        j.status,
      ]),
    ).toEqual([
      ['SI-1041', 'Fenwick & Co', '2026-09-02', '2026-10-02', '1200.00', '1200.00', 'GBP', 'open'],
      [
        'SI-1042',
        'Kestrel Design',
        '2026-09-10',
        '2026-10-10',
        '600.00',
        '350.00',
        'GBP',
        'partially-paid',
      ],
      [
        'SI-1043',
        'Harbor Street Coffee',
        '2026-09-15',
        '2026-10-15',
        '360.00',
        '0.00',
        'GBP',
        'paid',
      ],
      [
        'SI-1044',
        'Fenwick & Co',
        '2026-09-20',
        '2026-10-20',
        '240.00',
        '240.00',
        'GBP',
        'cancelled',
      ],
      ['SI-1045', 'Nimbus Bakery', '2026-09-28', '2026-10-28', '180.00', '180.00', 'GBP', 'draft'],
    ]);
    expect(json[1]!.paid).toBe('250.00');
    expect(summary).toMatchObject({ rows: 5, invoices: 5, drafts: 1, cancelled: 1, payable: 0 });
    expect(summaryText(summary).en).toBe(
      '3 invoice(s) from 5 row(s); 0 supplier bill(s) and 1 draft(s) skipped; 1 voided, not chased',
    );
    expect(warnings).not.toMatch(/not certain|No currency|assumed/);
  });

  it('Axonaut: recognised; pre-tax, total and outstanding amount read; the credit note is a credit note', () => {
    const { read, json, summary, warnings } = scan('axonaut-invoices.csv', 'fr');
    expect(read.profile?.app).toBe('Axonaut');
    expect(read.columns.find((c) => c.header === 'id')!.field).toBe('internalId');
    expect(read.columns.find((c) => c.header === 'number')!.field).toBe('invoiceNumber');
    expect(read.columns.find((c) => c.header === 'paid_date')!.field).toBeNull();
    expect(
      json.map((j) => [
        j.invoiceNumber,
        j.buyerName,
        j.issueDate,
        j.dueDate,
        j.totalWithTax,
        j.amountDue,
        j.currency,
        j.isCreditNote,
      ]),
    ).toEqual([
      [
        'FA-2026-0071',
        'Boulangerie Martin',
        '2026-09-03',
        '2026-10-03',
        '1200.00',
        '1200.00',
        'EUR',
        false,
      ],
      [
        'FA-2026-0072',
        'Garage Durand',
        '2026-09-12',
        '2026-10-12',
        '600.00',
        '250.00',
        'EUR',
        false,
      ],
      [
        'FA-2026-0073',
        'Atelier Moreau',
        '2026-09-19',
        '2026-10-19',
        '300.00',
        '0.00',
        'EUR',
        false,
      ],
      [
        'AV-2026-0004',
        'Garage Durand',
        '2026-09-25',
        '2026-09-25',
        '-120.00',
        '-120.00',
        'EUR',
        true,
      ],
    ]);
    expect(json[0]!.paymentTerms).toBe('30 jours');
    expect(summary).toMatchObject({ rows: 4, invoices: 4, credits: 1, negative: 0 });
    expect(warnings).not.toMatch(/No currency|not certain/);
  });

  it('every app the issue names has a profile', async () => {
    const { CSV_PROFILES } = await import('./csv/profiles');
    const apps = new Set(CSV_PROFILES.map((p) => p.app));
    for (const app of [
      'Invoice Ninja',
      'Zoho Invoice',
      'FreshBooks',
      'Wave',
      'Invoice2go',
      'Invoicely',
      'QuickBooks',
      'Xero',
      'Sage',
      'Sage Business Cloud Accounting',
      'Akaunting',
      'ERPNext',
      'Odoo',
      'Dolibarr',
      'Pennylane',
      'Sellsy',
      'Axonaut',
    ])
      expect(apps).toContain(app);
  });
});
