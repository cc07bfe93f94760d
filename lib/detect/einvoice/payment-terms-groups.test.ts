import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectedJson } from '../invoice-reading';
import { readEInvoiceXml } from './read';
import { readFacturXPdf } from './facturx';
import { textPdf } from '../../../tests/helpers/pdf';

/** Fixtures written from public examples (each file's header names its source). */
const fixture = (name: string) => readFileSync(join(import.meta.dirname, 'fixtures', name), 'utf8');
const warnings = (d: ReturnType<typeof readEInvoiceXml>) => d.warnings.map((w) => w.en).join('\n');

describe('CII with several payment terms groups (EXTENDED)', () => {
  it('the net group is the due date; groups with ApplicableTradePaymentDiscountTerms date discounts', () => {
    const d = readEInvoiceXml(fixture('cii-extended-discount-groups.xml'));
    expect(d.dueDate).toBe('2026-09-29');
    expect(d.dueDateSource).toBe('explicit');
    // Told apart by the structure, not by wording: trusted.
    expect(d.fields.dueDate?.confidence).toBe(1);
  });

  it('a discount group written first does not become the due date', () => {
    const d = readEInvoiceXml(fixture('cii-extended-skonto-first.xml'));
    expect(d.dueDate).toBe('2026-06-13');
    expect(d.fields.dueDate?.confidence).toBe(1);
    expect(detectedJson(d).amountDue).toBe('1785.00');
  });

  it('groups told apart only by their wording: the net date, to confirm, both dates named', () => {
    const d = readEInvoiceXml(fixture('cii-extended-worded-skonto.xml'));
    expect(d.dueDate).toBe('2018-11-20');
    expect(d.fields.dueDate!.confidence).toBeLessThan(0.7);
    expect(warnings(d)).toMatch(/2018-11-20 taken as the net due date, 2018-11-14 read as early/);
    expect(detectedJson(d)).toMatchObject({ currency: 'GBP', paid: '500.00', amountDue: '521.91' });
  });

  it('only discount deadlines: no due date', () => {
    const xml = fixture('cii-extended-skonto-first.xml').replace(
      /<ram:SpecifiedTradePaymentTerms>\s*<ram:Description>Bis zum[\s\S]*?<\/ram:SpecifiedTradePaymentTerms>/,
      '',
    );
    const d = readEInvoiceXml(xml);
    expect(d.dueDate).toBeNull();
    expect(warnings(d)).toMatch(/date only early-payment discounts \(2026-06-06\)/);
  });

  it('a lone dated group that grants a discount: kept, to confirm', () => {
    const xml = fixture('cii-extended-discount-groups.xml').replace(
      /<ram:SpecifiedTradePaymentTerms>\s*<ram:DueDateDateTime><udt:DateTimeString format="102">20260929[\s\S]*?<\/ram:SpecifiedTradePaymentTerms>\s*<ram:SpecifiedTradePaymentTerms>[\s\S]*?<\/ram:SpecifiedTradePaymentTerms>/,
      '',
    );
    const d = readEInvoiceXml(xml);
    expect(d.dueDate).toBe('2026-09-13');
    expect(d.fields.dueDate!.confidence).toBeLessThan(0.7);
  });

  it('several net dates (instalments): the earliest, to confirm', () => {
    const xml = fixture('cii-extended-discount-groups.xml').replace(
      /<ram:ApplicableTradePaymentDiscountTerms>[\s\S]*?<\/ram:ApplicableTradePaymentDiscountTerms>/g,
      '',
    );
    const d = readEInvoiceXml(xml);
    expect(d.dueDate).toBe('2026-09-06');
    expect(d.fields.dueDate!.confidence).toBeLessThan(0.7);
    expect(warnings(d)).toMatch(/2026-09-06, 2026-09-13, 2026-09-29/);
  });

  it('a credit note with several dated groups still has no due date', () => {
    const xml = fixture('cii-extended-discount-groups.xml').replace(
      '<ram:TypeCode>380</ram:TypeCode>',
      '<ram:TypeCode>381</ram:TypeCode>',
    );
    const d = readEInvoiceXml(xml);
    expect(d.isCreditNote).toBe(true);
    expect(d.dueDate).toBeNull();
  });
});

describe('UBL without cbc:DueDate: the PaymentTerms groups date it', () => {
  const xml = fixture('ubl-payment-terms-dates.xml');

  it('the net group is the due date; the settlement-discount group dates the discount', () => {
    const d = readEInvoiceXml(xml);
    expect(d.dueDate).toBe('2026-06-14');
    expect(d.dueDateSource).toBe('explicit');
    expect(d.fields.dueDate).toEqual({ confidence: 1, where: 'UBL cac:PaymentTerms' });
    expect(detectedJson(d).amountDue).toBe('1200.00');
  });

  it('a lone instalment date is the due date', () => {
    const one = xml
      .replace(/<cac:PaymentTerms>\s*<cbc:Note>2 %[\s\S]*?<\/cac:PaymentTerms>/, '')
      .replace('<cbc:PaymentDueDate>2026-06-14', '<cbc:InstallmentDueDate>2026-06-14')
      .replace('2026-06-14</cbc:PaymentDueDate>', '2026-06-14</cbc:InstallmentDueDate>');
    expect(one).not.toContain('<cbc:SettlementDiscountPercent>');
    const d = readEInvoiceXml(one);
    expect(d.dueDate).toBe('2026-06-14');
    expect(d.fields.dueDate?.confidence).toBe(1);
  });

  it('only the discount group dated: no due date', () => {
    const d = readEInvoiceXml(
      xml.replace('<cbc:PaymentDueDate>2026-06-14</cbc:PaymentDueDate>', ''),
    );
    expect(d.dueDate).toBeNull();
    expect(warnings(d)).toMatch(/date only early-payment discounts \(2026-05-15\)/);
  });

  it('two net instalments: the earliest, to confirm', () => {
    const d = readEInvoiceXml(
      xml
        .replace('<cbc:SettlementDiscountPercent>2</cbc:SettlementDiscountPercent>', '')
        .replace("2 % d'escompte pour paiement sous 10 jours", 'Premier versement'),
    );
    expect(d.dueDate).toBe('2026-05-15');
    expect(d.fields.dueDate!.confidence).toBeLessThan(0.7);
    expect(warnings(d)).toMatch(
      /Several due dates in the payment terms \(2026-05-15, 2026-06-14\)/,
    );
  });

  it('cbc:DueDate, when there, wins over the groups', () => {
    const d = readEInvoiceXml(
      xml.replace('</cbc:IssueDate>', '</cbc:IssueDate>\n  <cbc:DueDate>2026-06-04</cbc:DueDate>'),
    );
    expect(d.dueDate).toBe('2026-06-04');
    expect(d.fields.dueDate?.where).toBe('UBL cbc:DueDate');
  });
});

describe('buyer e-mail and IBAN', () => {
  it('a Leitweg-ID in the buyer electronic address is not an e-mail; an IBAN loses its spaces', () => {
    const d = readEInvoiceXml(fixture('cii-extended-worded-skonto.xml'));
    expect(d.buyerEmail).toBeNull();
    expect(d.iban).toBe('DE12123443219876' + '00');
    // Its check digits are wrong: kept, to confirm.
    expect(d.fields.iban!.confidence).toBeLessThan(0.7);
    expect(warnings(d)).toMatch(/IBAN DE1212344321987600: its check digits are wrong/);
  });

  it('an account identifier that is not an IBAN is skipped; the endpoint e-mail list gives its first', () => {
    const d = readEInvoiceXml(fixture('ubl-account-not-iban.xml'));
    expect(d.iban).toBe('DE67100483927221888272');
    expect(d.fields.iban?.confidence).toBe(1);
    expect(d.buyerEmail).toBe('chaase@simova.de');
    expect(d.dueDate).toBe('2017-12-01');
    expect(detectedJson(d)).toMatchObject({ paid: '1000.00', amountDue: '729.00' });
  });

  it('a CII buyer URIID under another scheme than EM is kept when it is an e-mail address', () => {
    // ZUGFeRD/mustangproject @ 096db40a, validator/src/test/resources/01.01a-INVOICE_uncefact.xml:
    // <ram:URIID schemeID="9930">buyer@info.de</ram:URIID>.
    const xml = fixture('cii-extended-worded-skonto.xml').replace(
      '<ram:URIID schemeID="9958">04 0 11 000 - 12345 12345 - 35</ram:URIID>',
      '<ram:URIID schemeID="9930">buyer@info.de</ram:URIID>',
    );
    expect(readEInvoiceXml(xml).buyerEmail).toBe('buyer@info.de');
  });

  it('an unreadable prepaid amount is unknown, not zero', () => {
    const xml = fixture('cii-extended-worded-skonto.xml').replace(
      '<ram:TotalPrepaidAmount>500</ram:TotalPrepaidAmount>',
      '<ram:TotalPrepaidAmount>500,00</ram:TotalPrepaidAmount>',
    );
    const d = readEInvoiceXml(xml);
    expect(d.paid).toBeNull();
    expect(warnings(d)).toMatch(/TotalPrepaidAmount: "500,00" is not a readable amount/);
  });
});

describe('an invoice with a negative amount due', () => {
  it('is owed to the buyer: amounts as written, no due date to chase', () => {
    const d = readEInvoiceXml(fixture('ubl-negative-invoice.xml'));
    expect(detectedJson(d)).toMatchObject({
      invoiceNumber: '12345',
      isCreditNote: false,
      totalWithTax: '-782179.43',
      amountDue: '-782179.43',
      dueDate: null,
    });
    expect(warnings(d)).toMatch(/Negative amount due/);
  });
});

describe('a Factur-X PDF whose XML owes the buyer', () => {
  // ZUGFeRD/mustangproject @ 096db40a, validator/src/test/resources/validAvoir_FR_type380_BASICWL.pdf:
  // a French "avoir" sent as type 380 with negative totals, whose printed page shows a date
  // beside "Échéance". The PDF text must not give it a due date back.
  it('gets no due date from the printed text', async () => {
    const xml = fixture('ubl-negative-invoice.xml').replace(/<!--[\s\S]*?-->/, '');
    const pdf = textPdf(
      [
        [
          { x: 50, y: 790, text: 'AVOIR N° 12345' },
          { x: 50, y: 770, text: 'Échéance : 24/02/2019' },
        ],
      ],
      [{ name: 'factur-x.xml', content: xml }],
    );
    const { invoice } = await readFacturXPdf(pdf);
    expect(invoice.invoiceNumber).toBe('12345');
    expect(invoice.dueDate).toBeNull();
    expect(invoice.dueDateSource).toBe('none');
  });

  it('an invoice without a due date in its XML still takes the printed one, to confirm', async () => {
    const xml = fixture('ubl-negative-invoice.xml')
      .replace(/<!--[\s\S]*?-->/, '')
      .replace(/>-(\d)/g, '>$1')
      .replace(/<cbc:DueDate>.*<\/cbc:DueDate>/, '');
    const pdf = textPdf(
      [
        [
          { x: 50, y: 790, text: 'FACTURE N° 12345' },
          { x: 50, y: 770, text: 'Échéance : 24/02/2019' },
        ],
      ],
      [{ name: 'factur-x.xml', content: xml }],
    );
    const { invoice } = await readFacturXPdf(pdf);
    expect(invoice.dueDate).toBe('2019-02-24');
    expect(invoice.dueDateSource).toBe('label');
  });
});
