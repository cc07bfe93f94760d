import { runs } from '../../tests/helpers/property-config';
import { legalIds } from './parties';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isCalendarDate } from '../model/dates';
import { findAmounts, parseAmount } from './parse-amount';
import { parseDate } from './parse-date';
import { checkDueDate, dueDateFromTerms } from './payment-terms';

describe('amounts', () => {
  it('a currency code glued to its digits names the currency (Rails "%u%n": "USD1,234.56")', () => {
    expect(parseAmount('USD1,234.56')).toMatchObject({ minor: 123_456, currency: 'USD' });
    expect(findAmounts('€ EUR2,538.00')).toMatchObject([{ minor: 253_800, currency: 'EUR' }]);
    expect(parseAmount('ABC1,234.56')?.currency ?? null).toBeNull();
  });

  it.each([
    ['1 234,56 €', 'fr', 123456, 'EUR'],
    ['1\u202f234,56\u00a0€', 'fr', 123456, 'EUR'],
    ['€1,234.56', 'en', 123456, 'EUR'],
    ['1.234,56 EUR', 'de', 123456, 'EUR'],
    ["CHF 1'234.50", 'de-CH', 123450, 'CHF'],
    ['£99.00', 'en-GB', 9900, 'GBP'],
    ['$1,200', 'en-US', 120000, 'USD'],
    ['1 200,00 € TTC', 'fr', 120000, 'EUR'],
    // WooCommerce's order total with the tax it includes, prices entered tax included.
    ['56,60\u00a0€ (dont 9,43\u00a0€ TVA)', 'fr', 5660, 'EUR'],
    ['$99.90 (includes $7.40 Tax)', 'en-US', 9990, 'USD'],
    ['12.345,00 €', 'es', 1234500, 'EUR'],
    ['¥12,000', 'ja', 12000, 'JPY'],
    ['-50,00 €', 'fr', -5000, 'EUR'],
    ['($1,200.00)', 'en-US', -120000, 'USD'],
  ])('%s (%s)', (text, lang, minor, currency) => {
    expect(parseAmount(text, { lang })).toMatchObject({ minor, currency });
  });

  it('flags "1,234" as ambiguous where a comma is a decimal mark', () => {
    expect(parseAmount('1,234 €', { lang: 'fr' })).toMatchObject({
      minor: 123400,
      ambiguous: true,
    });
    expect(parseAmount('1,234 $', { lang: 'en-US' })).toMatchObject({
      minor: 123400,
      ambiguous: false,
    });
  });

  it('refuses what is not one amount', () => {
    for (const t of ['', 'abc', '12 et 13', '1 2 3', '1,2,3,4', 'Total'])
      expect(parseAmount(t)).toBeNull();
  });

  it('never throws nor gives NaN; a labelled generated amount reads back exactly', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (s) => {
        const r = parseAmount(s);
        if (r) expect(Number.isSafeInteger(r.minor)).toBe(true);
      }),
      { numRuns: runs(2000) },
    );
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 99_999_999 }),
        fc.constantFrom('fr', 'en'),
        (minor, lang) => {
          const text = new Intl.NumberFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', {
            style: 'currency',
            currency: 'EUR',
          }).format(minor / 100);
          const r = parseAmount(text, { lang })!;
          expect(r.minor).toBe(minor);
          expect(r.currency).toBe('EUR');
        },
      ),
      { numRuns: runs(500) },
    );
  });
});

describe('dates', () => {
  it.each([
    ['15/01/2026', 'fr', '2026-01-15'],
    ['15 janv. 2026', 'fr', '2026-01-15'],
    ['1er mars 2026', 'fr', '2026-03-01'],
    ['Jan 15, 2026', 'en-US', '2026-01-15'],
    ['January 15th, 2026', 'en', '2026-01-15'],
    ['15 January 2026', 'en-GB', '2026-01-15'],
    ['2026-01-15', undefined, '2026-01-15'],
    ['15.01.2026', 'de', '2026-01-15'],
    ['15. Januar 2026', 'de', '2026-01-15'],
    ['15 de enero de 2026', 'es', '2026-01-15'],
    ['15 gennaio 2026', 'it', '2026-01-15'],
    ['15 januari 2026', 'nl', '2026-01-15'],
    ['20260115', undefined, '2026-01-15'],
    ['31/12/26', 'fr', '2026-12-31'],
    // IDURAR's 'DD-MMM-YY', 'DD MMM YY', 'MMM DD YY' date formats
    ['20-Nov-26', 'en', '2026-11-20'],
    ['20 Nov 26', 'en', '2026-11-20'],
    ['Nov 20 26', 'en', '2026-11-20'],
    ['05-déc.-26', 'fr', '2026-12-05'],
  ])('%s (%s) → %s', (text, lang, date) => {
    expect(parseDate(text, { lang })?.date).toBe(date);
  });

  it.each(['Dec 20 10:30', '15 jours 30', '30 days 45'])('%s is not a date', (text) => {
    expect(parseDate(text, { lang: 'en' })).toBeNull();
  });

  it('03/04/2026 is 3 April in French, 4 March in US English, and flagged either way', () => {
    expect(parseDate('03/04/2026', { lang: 'fr' })).toMatchObject({
      date: '2026-04-03',
      ambiguous: true,
      alternative: '2026-03-04',
    });
    expect(parseDate('03/04/2026', { lang: 'en-US' })).toMatchObject({
      date: '2026-03-04',
      ambiguous: true,
      alternative: '2026-04-03',
    });
    expect(parseDate('13/04/2026', { lang: 'en-US' })).toMatchObject({
      date: '2026-04-13',
      ambiguous: false,
    });
  });

  it('refuses impossible dates', () => {
    for (const t of ['31/02/2026', '2026-13-01', '00/01/2026', '32 janvier 2026', 'hier'])
      expect(parseDate(t)).toBeNull();
  });

  it('never throws and never gives an invalid date', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (s) => {
        const r = parseDate(s);
        if (r) expect(isCalendarDate(r.date)).toBe(true);
      }),
      { numRuns: runs(2000) },
    );
    fc.assert(
      fc.property(
        fc.date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true }),
        (d) => {
          const iso = d.toISOString().slice(0, 10);
          const [y, m, day] = iso.split('-');
          const r = parseDate(`${day}/${m}/${y}`, { lang: 'fr' })!;
          expect(r.date).toBe(iso);
          if (r.ambiguous) expect(r.confidence).toBeLessThan(0.7);
        },
      ),
      { numRuns: runs(500) },
    );
  });
});

describe('payment terms', () => {
  it.each([
    ['Net 30', '2026-02-14'],
    ['Paiement à 30 jours', '2026-02-14'],
    ['30 jours fin de mois', '2026-02-28'],
    ['45 days end of month', '2026-03-31'],
    ['Payable à réception', '2026-01-15'],
    ['Zahlbar innerhalb 30 Tagen netto bis 04.02.2026', '2026-02-04'],
  ])('%s', (terms, due) => {
    expect(dueDateFromTerms(terms, '2026-01-15', 'fr')?.dueDate).toBe(due);
  });
  it.each([
    ['Innerhalb von 30 Tagen 2% Skonto, 60 Tage ohne Abzug', '2026-03-16'],
    ['2/10 net 30', '2026-02-14'],
    ['2/10, n/30', '2026-02-14'],
    [
      'Zahlbar innerhalb 30 Tagen netto bis 04.04.2013, 3% Skonto innerhalb 10 Tagen bis 15.03.2013',
      '2013-04-04',
    ],
    ['Netto bis 04.07.2018', '2018-07-04'],
    ['45 jours fin de mois', '2026-03-31'],
    [
      'Paiement à 30 jours. Pas d’escompte pour paiement anticipé. Pénalités de retard : 3 fois le taux légal',
      '2026-02-14',
    ],
    ['Betalingstermijn: 14 dagen netto. Prijswijzigingen voorbehouden', '2026-01-29'],
    ['Pagamento a 30 giorni fine mese', '2026-02-28'],
    ['Pago a 30 días', '2026-02-14'],
    ['Payment within 30 days', '2026-02-14'],
    ['Due on receipt', '2026-01-15'],
    ['Net 30 days, 1.5% discount if paid within 10 days', '2026-02-14'],
    ['1% discount if paid within 10 days, otherwise net 30', '2026-02-14'],
    ['Skonto: 2% innerhalb 10 Tagen; Zahlungsziel: 30 Tage', '2026-02-14'],
    ['Zahlbar innerhalb von 14 Tagen ohne Abzug #SKONTO#TAGE=7#PROZENT=2.00#', '2026-01-29'],
    ['Paiement comptant', '2026-01-15'],
  ])('net term: %s', (terms, due) => {
    expect(dueDateFromTerms(terms, '2026-01-15', 'fr')?.dueDate).toBe(due);
  });
  it.each([
    'Payment within 10 days, 2% discount',
    'Bei Zahlung innerhalb 14 Tagen gewähren wir 2,0% Skonto',
    'escompte de 2 % pour paiement sous 10 jours',
    '2 % discount if paid within 2 days Penalty percentage 10% from due date',
    '3% Skonto innerhalb 10 Tagen bis 15.03.2013',
    'Sconto 2% a 10 giorni',
    '45 jours fin de mois le 10',
    'Paiement à 30 jours le 10 du mois suivant',
    'Net 30, payable on the 15th of the following month',
    '#SKONTO#TAGE=14#PROZENT=2.00#',
    'Livraison avant le 12/02/2026',
  ])('a discount window or an unsupported rule is no due date: %s', (terms) => {
    expect(dueDateFromTerms(terms, '2026-01-15', 'fr')).toBeNull();
  });
  it('a due date far from the terms, or before the issue date, is flagged', () => {
    expect(checkDueDate('2026-02-14', '2026-01-15', 'Net 30')).toBeNull();
    expect(checkDueDate('2026-05-14', '2026-01-15', 'Net 30')?.en).toMatch(
      /far from the payment terms/,
    );
    expect(checkDueDate('2026-01-01', '2026-01-15', null)?.fr).toMatch(/avant la date de facture/);
  });
  it('gives nothing it cannot read', () => {
    expect(dueDateFromTerms('Escompte 2 %', '2026-01-15')).toBeNull();
    expect(dueDateFromTerms('Net 30', null)).toBeNull();
  });
});

describe('legal ids by their labels', () => {
  it.each([
    ['ID fiscal: FR12852149760', ['FR12852149760']],
    ['Tax ID: DE123456789', ['DE123456789']],
    ['Tax Identification Number: BE0123456789', ['BE0123456789']],
    ['TVA intracommunautaire : FR 12 852149760', ['FR12852149760']],
    // Not a VAT shape: a US EIN is not kept as if it were one.
    ['Tax ID: 12-3456789', []],
  ])('%s', (text, ids) => {
    expect(legalIds(text)).toEqual(ids);
  });
});
