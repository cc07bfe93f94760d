import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readEInvoiceXml } from '../detect/einvoice/read';
import { checkCompliance, checkEInvoiceCompliance } from './compliance';

describe('invoice compliance (FR B2B)', () => {
  const complete = `Facture n° F-1. Date d'échéance : 15/12/2026. Client : Boulangerie Martin, SIREN 801 234 567. Adresse de livraison : 4 rue X.
    Nature de l'opération : prestation de services. En cas de retard, pénalités de retard au taux BCE + 10 points et indemnité forfaitaire pour frais de recouvrement de 40 €. SIREN 912 345 678`;
  it('nothing missing on a complete invoice', () => {
    expect(checkCompliance(complete, 'fr-b2b')).toEqual([]);
  });
  it('names each missing mention with its article', () => {
    const missing = checkCompliance(
      'Facture n° F-2. Total TTC 1 200,00 €. Prestation de services.',
      'fr-b2b',
    );
    expect(missing.map((r) => r.id)).toEqual([
      'due-date',
      'penalty-rate',
      'fixed-fee',
      'client-siren',
      'delivery-address',
    ]);
    expect(missing[2]!.lawRef).toMatch(/D441-5/);
    expect(missing[2]!.suggestion.fr).toMatch(/40 €/);
  });
  it('other jurisdictions: due date and late-payment terms', () => {
    expect(
      checkCompliance('Invoice 1. Due date: 1 Dec 2026. Late payment interest applies.', 'uk'),
    ).toEqual([]);
    expect(checkCompliance('Invoice 1. Total £100.', 'uk').map((r) => r.id)).toEqual([
      'due-date',
      'late-terms',
    ]);
  });
});

describe('compliance of e-invoices (shared corpus)', () => {
  const corpus = (f: string) =>
    readFileSync(join(import.meta.dirname, '../../../shared/corpus/einvoice', f), 'utf8');
  it('a Factur-X EN 16931 invoice that states penalties and the 40 € fee', () => {
    const xml = corpus('akretion-factur-x-en16931.xml');
    const missing = checkEInvoiceCompliance(xml, readEInvoiceXml(xml)).map((r) => r.id);
    expect(missing).not.toContain('penalty-rate');
    expect(missing).not.toContain('fixed-fee');
    expect(missing).not.toContain('due-date');
  });
  it('a MINIMUM profile lacks the due date and the penalty mentions', () => {
    const xml = corpus('akretion-factur-x-minimum.xml');
    const missing = checkEInvoiceCompliance(xml, readEInvoiceXml(xml)).map((r) => r.id);
    expect(missing).toEqual(expect.arrayContaining(['due-date', 'penalty-rate', 'fixed-fee']));
  });
});
