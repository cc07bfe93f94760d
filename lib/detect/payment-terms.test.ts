import { describe, expect, it } from 'vitest';
import { describesDiscount, dueDateFromTerms, readTerms } from './payment-terms';

/**
 * Payment terms as real e-invoices write them (BT-20 / CII Description), read 2026-12-01 from
 * the public example sets of ConnectingEurope/eInvoicing-EN16931, itplr-kosit/xrechnung-testsuite,
 * ZUGFeRD/mustangproject, easybill/zugferd-php, LandrixSoftware/XRechnung-for-Delphi and
 * OpenPEPPOL/peppol-bis-invoice-3 (dates moved next to an issue date of 2026-01-15), plus the
 * usual wordings in the six languages. A discount window is never a due date.
 */
const ISSUE = '2026-01-15';
const due = (terms: string) => dueDateFromTerms(terms, ISSUE, 'fr')?.dueDate ?? null;

describe('payment terms: the net term, never the discount window', () => {
  it.each([
    // German: wording of ZUGFeRD/XRechnung examples.
    ['Bis zum 25.01.2026 erhalten Sie 2,000 % Skonto Bis zum 14.02.2026 ohne Abzug', '2026-02-14'],
    [
      'Bis zum 20.01.2026 erhalten Sie 2,000 % Skonto Bis zum 30.01.2026 erhalten Sie 1,500 % Skonto Bis zum 28.02.2026 ohne Abzug',
      '2026-02-28',
    ],
    [
      'Bei Zahlung bis zum 22.01.2026 zahlen Sie mit 2,00 % Skonto € 1749,30 € Bis zum zum 29.01.2026 ohne Abzug',
      '2026-01-29',
    ],
    [
      'Zahlbar innerhalb von 20 Tagen (bis zum 04.02.2026) unter Abzug von 3% Skonto. Bis zum 14.02.2026 ohne Abzug.',
      '2026-02-14',
    ],
    ['2% Skonto bei Zahlung innerhalb 10 Tagen oder 30 Tage netto', '2026-02-14'],
    ['Zahlungsziel: 30 Tage netto', '2026-02-14'],
    ['Zahlbar innerhalb von 30 Tagen ohne Abzug', '2026-02-14'],
    // French.
    ['Paiement sans escompte avant le 09.02.2026', '2026-02-09'],
    ['Paiement à 30 jours date de facture. Escompte de 1 % pour paiement à 8 jours', '2026-02-14'],
    ['Payable à 60 jours nets date de facture', '2026-03-16'],
    // English.
    ['2% 10 days, net 30 days', '2026-02-14'],
    ['Due within 30 days of the invoice date', '2026-02-14'],
    // Spanish, Italian, Dutch.
    ['Descuento del 2% por pronto pago en 10 días, neto 30 días', '2026-02-14'],
    ['Sconto 2% per pagamento entro 10 giorni, altrimenti 30 giorni netti', '2026-02-14'],
    ['2% korting bij betaling binnen 8 dagen, anders 30 dagen netto', '2026-02-14'],
  ])('%s → %s', (terms, expected) => {
    expect(due(terms)).toBe(expected);
  });

  it.each([
    'Escompte pour paiement anticipé : 2 % à 10 jours',
    '2% korting bij betaling binnen 8 dagen',
    '#SKONTO#TAGE=7#PROZENT=2.00#\n#SKONTO#TAGE=14#PROZENT=1.00#',
    'Skontovereinbarung: 2% bei Zahlung innerhalb 10 Tagen nach Rechnungsdatum',
    '50% prepaid, 50% within one month',
  ])('a discount alone, or an unclear rule, gives no due date: %s', (terms) => {
    expect(due(terms)).toBeNull();
  });
});

describe('payment terms: explicit dates, end of month, on receipt', () => {
  it.each([
    ['Please remit until 10.02.2026', '2026-02-10'],
    ['Bitte überweisen Sie bis zum 24.01.2026 auf das unten aufgeführte Konto.', '2026-01-24'],
    ['Bitte begleichen Sie die Rechnung bis spätestens 07.02.2026', '2026-02-07'],
    ['Payment due on or before 15/02/2026', '2026-02-15'],
    ['Te betalen vóór 15-02-2026', '2026-02-15'],
    // A date stated in the terms wins over "sofort" written before it.
    [
      'Zahlbar unter Angabe der Rechnungsnummer sofort netto Kasse; fällig zum 04.02.2026 ohne Abzug',
      '2026-02-04',
    ],
    ['Paiement à 45 jours fin de mois', '2026-03-31'],
    ['Pagamento a 60 giorni data fattura fine mese', '2026-03-31'],
    ['Règlement à réception de facture', ISSUE],
    ['Payment due upon receipt', ISSUE],
    ['Pago al contado', ISSUE],
    ['Pago a 30 días fecha factura', '2026-02-14'],
    ['Betaling binnen 30 dagen', '2026-02-14'],
    ['Payable within 14 days', '2026-01-29'],
    // Contracts write the number out, then the figure (vtiger's default invoice terms).
    ['Payment of this invoice is due within thirty (30) days', '2026-02-14'],
    ['Paiement sous trente (30) jours à compter de la date de facture', '2026-02-14'],
    // "trente" holds the Dutch "rente" (interest): still a term, not a penalty clause.
    ['Paiement à trente jours, soit 30 jours date de facture', '2026-02-14'],
    ['Wettelijke rente bij te late betaling. Betaling binnen 30 dagen', '2026-02-14'],
    // Nordic Peppol invoices; the late-payment interest clause is no term.
    ['30 dagar netto. Dröjsmålsränta 12%', '2026-02-14'],
    ['10 dagar, dröjsmålsränta 12.3 %', '2026-01-25'],
  ])('%s → %s', (terms, expected) => {
    expect(due(terms)).toBe(expected);
  });

  it.each([
    // A direct debit on a date is collected, not chased; a delivery date is no due date.
    'Der Betrag wird am 20.01.2026 von Ihrem Konto per SEPA-Lastschrift eingezogen.',
    'Livraison avant le 12/02/2026',
    'Pénalités de retard : 3 fois le taux légal. Indemnité forfaitaire 40 €',
  ])('no due date: %s', (terms) => {
    expect(due(terms)).toBeNull();
  });

  it('says what the date came from, and the kind of term', () => {
    expect(readTerms('45 jours fin de mois')).toMatchObject({
      kind: 'days',
      days: 45,
      endOfMonth: true,
    });
    expect(readTerms('netto bis 04.07.2018')).toMatchObject({ kind: 'date', date: '2018-07-04' });
    expect(dueDateFromTerms('Net 30', ISSUE)?.note.en).toMatch(/Net 30/);
  });
});

describe('describesDiscount', () => {
  it.each([
    ['Zahlbar mit 2% Skonto bis', true],
    ['Payment within 10 days, 2% discount', true],
    ['Bei Zahlung bis zum 06.06.2026 zahlen Sie mit 2,00 % Skonto € 1749,30 €', true],
    ['Zahlbar ohne Abschlag bis', false],
    ['Bis zum zum 13.06.2026 ohne Abzug', false],
    ['Pas d’escompte pour paiement anticipé', false],
    ['Zahlbar innerhalb 30 Tagen netto bis 04.04.2018, 3% Skonto innerhalb 10 Tagen', false],
  ])('%s → %s', (terms, expected) => {
    expect(describesDiscount(terms)).toBe(expected);
  });
});
