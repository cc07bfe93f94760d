import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it, vi } from 'vitest';
import { detectedJson } from '../invoice-reading';
import { readFacturXPdf } from './facturx';
import { readEInvoiceXml } from './read';

/** The shared corpus of real e-invoices (../shared/corpus); expected values read off each file by hand. */
const CORPUS = join(import.meta.dirname, '../../../../shared/corpus');
const xml = (name: string) =>
  detectedJson(readEInvoiceXml(readFileSync(join(CORPUS, 'einvoice', name), 'utf8')));

const EXPECTED: [string, Partial<ReturnType<typeof detectedJson>>][] = [
  [
    'akretion-factur-x-basic.xml',
    {
      invoiceNumber: 'F20260023',
      issueDate: '2026-01-31',
      dueDate: '2026-03-02',
      currency: 'EUR',
      totalWithTax: '104.90',
      amountDue: '104.90',
      sellerName: 'LE FOURNISSEUR',
      buyerName: 'LE CLIENT',
      isCreditNote: false,
    },
  ],
  [
    'akretion-factur-x-basicwl.xml',
    { invoiceNumber: 'F20260023', dueDate: '2026-03-02', amountDue: '104.90' },
  ],
  [
    'akretion-factur-x-en16931.xml',
    { invoiceNumber: 'F20260023', dueDate: '2026-03-02', buyerEmail: 'buyer@buyer.com' },
  ],
  [
    'akretion-factur-x-extended.xml',
    { invoiceNumber: 'F20260023', dueDate: '2026-03-02', totalWithTax: '104.90' },
  ],
  [
    'akretion-factur-x-minimum.xml',
    {
      invoiceNumber: 'F20260023',
      issueDate: '2026-01-31',
      dueDate: null,
      dueDateSource: 'none',
      totalWithTax: '104.90',
      amountDue: '104.90',
    },
  ],
  [
    'akretion-ubl-21-en16931.xml',
    {
      invoiceNumber: 'F124212',
      issueDate: '2026-06-17',
      dueDate: '2026-07-16',
      totalWithTax: '308.03',
      paid: '100.00',
      amountDue: '208.03',
      sellerName: 'Au bon moulin',
      buyerName: 'Ma jolie boutique SARL',
      buyerEmail: 'laetita.durand@jolieboutique.com',
    },
  ],
  [
    'akretion-ubl-21-extended-ctc-fr.xml',
    { invoiceNumber: 'F124212', dueDate: '2026-07-16', amountDue: '208.03' },
  ],
  [
    'akretion-zugferd-basic.xml',
    {
      invoiceNumber: '471102',
      issueDate: '2013-03-05',
      dueDate: null,
      currency: 'EUR',
      totalWithTax: '235.62',
      sellerName: 'Lieferant GmbH',
      buyerName: 'Kunden AG Mitte',
    },
  ],
  [
    'akretion-zugferd-comfort.xml',
    { invoiceNumber: '471102', dueDate: '2013-04-04', totalWithTax: '529.87', amountDue: '529.87' },
  ],
  [
    'en16931-cii-CII_example3.xml',
    { invoiceNumber: 'TOSL108', currency: 'DKK', dueDate: '2013-05-10', totalWithTax: '1125.00' },
  ],
  [
    'en16931-cii-CII_example4.xml',
    { invoiceNumber: 'TOSL110', currency: 'DKK', totalWithTax: '4675.00' },
  ],
  [
    'en16931-cii-XRechnung-O.xml',
    { invoiceNumber: '150377292', currency: 'EUR', totalWithTax: '385544.60' },
  ],
  [
    'en16931-ubl-BIS3_Invoice_positive.xml',
    { invoiceNumber: '12345', currency: 'DKK', dueDate: '2019-02-24', amountDue: '782179.43' },
  ],
  [
    'en16931-ubl-guide-example2.xml',
    {
      invoiceNumber: 'TOSL108',
      currency: 'NOK',
      totalWithTax: '1801.78',
      paid: '1000.00',
      amountDue: '801.78',
      buyerEmail: 'john@buyercompany.no',
    },
  ],
  [
    'en16931-ubl-ubl-tc434-example5.xml',
    {
      invoiceNumber: 'TOSL110',
      currency: 'DKK',
      totalWithTax: '4675.00',
      paid: '2337.50',
      amountDue: '2337.50',
    },
  ],
  [
    'en16931-ubl-ubl-tc434-example7.xml',
    {
      invoiceNumber: 'INVOICE_test_7',
      currency: 'SEK',
      issueDate: '2013-03-11',
      dueDate: '2013-04-10',
      dueDateSource: 'terms',
      amountDue: '3200.00',
    },
  ],
  [
    'en16931-ubl-ubl-tc434-example9.xml',
    {
      invoiceNumber: '20150483',
      dueDate: '2015-04-14',
      amountDue: '177.87',
      sellerName: 'Bluem BV',
    },
  ],
];

describe('e-invoice corpus', () => {
  it.each(EXPECTED)('%s', (file, expected) => {
    const got = xml(file);
    expect(
      Object.fromEntries(Object.keys(expected).map((k) => [k, got[k as keyof typeof got]])),
    ).toEqual(expected);
  });

  it('every XML file of the corpus is read, with a number, a currency and an amount', async () => {
    const { readdirSync } = await import('node:fs');
    for (const f of readdirSync(join(CORPUS, 'einvoice'))) {
      const d = xml(f);
      expect(d.invoiceNumber, f).toBeTruthy();
      expect(d.currency, f).toMatch(/^[A-Z]{3}$/);
      expect(d.amountDue, f).toMatch(/^\d+\.\d{2}$/);
    }
  });

  it('a due date derived from payment terms is marked as such, with a lower confidence', () => {
    const d = readEInvoiceXml(
      readFileSync(join(CORPUS, 'einvoice/en16931-ubl-ubl-tc434-example7.xml'), 'utf8'),
    );
    expect(d.dueDateSource).toBe('terms');
    expect(d.fields.dueDate!.confidence).toBeLessThan(0.7);
    expect(d.warnings.map((w) => w.en).join()).toMatch(/please confirm/);
  });

  it('MINIMUM profile: no due date, and the reason is given', () => {
    const d = readEInvoiceXml(
      readFileSync(join(CORPUS, 'einvoice/akretion-factur-x-minimum.xml'), 'utf8'),
    );
    expect(d.dueDate).toBeNull();
    expect(d.dueDateNote).toMatch(/no due date \(BT-9\)/);
  });

  it('a UBL credit note is flagged and never chased', () => {
    const ubl = readFileSync(join(CORPUS, 'einvoice/en16931-ubl-guide-example1.xml'), 'utf8')
      .replace(/<Invoice\b/, '<CreditNote')
      .replace(/<\/Invoice>/, '</CreditNote>')
      .replace(
        /InvoiceTypeCode>380<\/cbc:InvoiceTypeCode/g,
        'CreditNoteTypeCode>381</cbc:CreditNoteTypeCode',
      );
    expect(readEInvoiceXml(ubl).isCreditNote).toBe(true);
    const cii = readFileSync(join(CORPUS, 'einvoice/akretion-factur-x-basic.xml'), 'utf8').replace(
      '<ram:TypeCode>380</ram:TypeCode>',
      '<ram:TypeCode>381</ram:TypeCode>',
    );
    expect(readEInvoiceXml(cii).isCreditNote).toBe(true);
  });

  it('refuses an entity-expansion bomb quickly, and garbage with a reason', () => {
    const bomb = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]><Invoice>&lol2;</Invoice>`;
    const validate = vi.spyOn(XMLValidator, 'validate');
    const parse = vi.spyOn(XMLParser.prototype, 'parse');
    expect(() => readEInvoiceXml(bomb)).toThrow(/DOCTYPE or entity/);
    // Refused before any entity could be expanded: neither the validator nor the parser saw it.
    expect(validate).not.toHaveBeenCalled();
    expect(parse).not.toHaveBeenCalled();
    validate.mockRestore();
    parse.mockRestore();
    expect(() => readEInvoiceXml('<Invoice><cbc:ID>1</Invoice>')).toThrow(/Not well-formed XML/);
    expect(() => readEInvoiceXml('<html><body/></html>')).toThrow(/root element is <html>/);
  });
});

describe('Factur-X / ZUGFeRD PDFs', () => {
  const pdf = (name: string) => new Uint8Array(readFileSync(join(CORPUS, 'facturx', name)));
  it('reads the embedded XML of a valid PDF', async () => {
    const { invoice, attachment } = await readFacturXPdf(pdf('mustang-validV2PDF.pdf'));
    expect(attachment).toMatch(/\.xml$/);
    expect(detectedJson(invoice)).toMatchObject({
      invoiceNumber: 'RE-20171118/506',
      issueDate: '2017-11-18',
      dueDate: '2017-12-09',
      currency: 'EUR',
      totalWithTax: '571.04',
      buyerName: 'Theodor Est',
      sellerName: 'Bei Spiel GmbH',
    });
  });
  it('reads the ZUGFeRD 2 PDF with XMP attributes', async () => {
    const { invoice } = await readFacturXPdf(
      pdf('mustang-attributeBasedXMP_zugferd_2p0_EN16931_Einfach.pdf'),
    );
    expect(detectedJson(invoice)).toMatchObject({
      invoiceNumber: '471102',
      currency: 'EUR',
      totalWithTax: '529.87',
    });
  });
  it.each([
    ['mustang-EmptyPDFA1.pdf', /No e-invoice XML embedded/],
    [
      'mustang-MustangGnuaccountingBeispielRE-20201121_508blankoA3.pdf',
      /No e-invoice XML embedded/,
    ],
    ['mustang-corrupt-factur-x-waytoosmall.pdf', /Corrupt PDF/],
    ['mustang-corruptedV2PDF.pdf', /Corrupt PDF/],
  ])('%s gives a clear error', async (name, message) => {
    await expect(readFacturXPdf(pdf(name))).rejects.toThrow(message);
  });
  it('garbage is not a PDF', async () => {
    await expect(
      readFacturXPdf(new TextEncoder().encode('hello, not a pdf at all'.repeat(20))),
    ).rejects.toThrow(/Not a PDF/);
  });
});
