import { describe, expect, it } from 'vitest';
import { parseHtmlInNode } from '../cli/node-dom';
import { detectedJson } from './invoice-reading';
import { scanPage } from './page';
import { reconcile } from './consistency';

const read = (lang: string, body: string) => {
  const d = scanPage(parseHtmlInNode(`<html lang="${lang}"><body>${body}</body></html>`))
    .invoices[0]!;
  return {
    d,
    json: detectedJson(d),
    en: d.warnings.map((w) => w.en).join(' | '),
    fr: d.warnings.map((w) => w.fr).join(' | '),
  };
};
const rows = (cells: string[][], tag = 'td') =>
  cells.map((r) => `<tr>${r.map((c) => `<${tag}>${c}</${tag}>`).join('')}</tr>`).join('');

describe('VAT breakdowns: a VAT base or amount is never the total, the taxes add up', () => {
  it('several "TVA x %" lines in the totals block add up to the total', () => {
    const { d, json } = read(
      'fr',
      `<h1>Facture FA-1</h1><p>Échéance : 15/12/2026</p><table>${rows([
        ['Total HT', '1 055,00 €'],
        ['TVA 20 %', '200,00 €'],
        ['TVA 5,5 %', '3,03 €'],
        ['Total TTC', '1 258,03 €'],
      ])}</table>`,
    );
    expect(json).toMatchObject({ totalWithTax: '1258.03', amountDue: '1258.03' });
    expect(d.fields.totalWithTax!.confidence).toBeGreaterThanOrEqual(0.9);
  });

  it('a "Total TVA" line repeating the rates above it is not counted twice', () => {
    const { d, en } = read(
      'fr',
      `<h1>Facture FA-2</h1><p>Échéance : 15/12/2026</p><table>${rows([
        ['Total HT', '1 055,00 €'],
        ['TVA 20 %', '200,00 €'],
        ['TVA 5,5 %', '3,03 €'],
        ['Total TVA', '203,03 €'],
        ['Total TTC', '1 258,03 €'],
      ])}</table>`,
    );
    expect(d.totalWithTax).toBe(125_803);
    expect(d.fields.totalWithTax!.confidence).toBeGreaterThanOrEqual(0.9);
    expect(en).not.toMatch(/does not give/);
  });

  it('a "Base HT / Taux / Montant TVA" table: its rows are neither the subtotal nor the total', () => {
    const table = `<table><tr><th>Taux</th><th>Montant HT</th><th>Montant TVA</th></tr>${rows([
      ['20 %', '1 000,00 €', '200,00 €'],
      ['5,5 %', '55,00 €', '3,03 €'],
    ])}</table>`;
    const { d, en } = read(
      'fr',
      `<h1>Facture FA-3</h1><p>Échéance : 15/12/2026</p>${table}<table>${rows([
        ['Total HT', '1 055,00 €'],
        ['Total TTC', '1 258,03 €'],
      ])}</table>`,
    );
    expect(d.totalWithTax).toBe(125_803);
    expect(d.amountDue).toBe(125_803);
    // Total HT 1 055 + the table's taxes 203,03 = Total TTC: the check holds with the table's rates.
    expect(d.fields.totalWithTax!.confidence).toBeGreaterThanOrEqual(0.9);
    expect(en).not.toMatch(/different values|does not give/);
  });

  it('a breakdown whose "Total" row starts with its base is not read as the invoice total', () => {
    const table = `<table><tr><th>Taux TVA</th><th>Base HT</th><th>TVA</th><th>Total TTC</th></tr>${rows(
      [
        ['20 %', '1 000,00 €', '200,00 €', '1 200,00 €'],
        ['5,5 %', '55,00 €', '3,03 €', '58,03 €'],
        ['Total', '1 055,00 €', '203,03 €', '1 258,03 €'],
      ],
    )}</table>`;
    const { d, en, fr } = read('fr', `<h1>Facture FA-4</h1><p>Échéance : 15/12/2026</p>${table}`);
    expect(d.totalWithTax).not.toBe(105_500);
    // Only the table gives the amount: its gross amounts added up, flagged to confirm.
    expect(d.amountDue).toBe(125_803);
    expect(d.fields.amountDue!.confidence).toBeLessThan(0.7);
    expect(d.fields.totalWithTax!.confidence).toBeLessThan(0.7);
    expect(en).toMatch(/gross amounts — please confirm/);
    expect(fr).toMatch(/tableau de TVA — à confirmer/);
  });

  it('German "USt 19 % / 7 %" lines and a "Netto / USt / Brutto" table', () => {
    const lines = read(
      'de',
      `<h1>Rechnung RE-2026-7</h1><p>Fälligkeitsdatum: 15.12.2026</p><table>${rows([
        ['Nettobetrag', '1.050,00 €'],
        ['USt 19 %', '190,00 €'],
        ['USt 7 %', '3,50 €'],
        ['Gesamtbetrag', '1.243,50 €'],
      ])}</table>`,
    );
    expect(lines.json).toMatchObject({
      totalWithTax: '1243.50',
      amountDue: '1243.50',
      currency: 'EUR',
    });
    expect(lines.d.fields.totalWithTax!.confidence).toBeGreaterThanOrEqual(0.9);
    const table = read(
      'de',
      `<h1>Rechnung RE-2026-8</h1><p>Fälligkeitsdatum: 15.12.2026</p><table><tr><th>USt-Satz</th><th>Netto</th><th>USt</th><th>Brutto</th></tr>${rows(
        [
          ['19 %', '1.000,00 €', '190,00 €', '1.190,00 €'],
          ['7 %', '50,00 €', '3,50 €', '53,50 €'],
        ],
      )}</table><p>Zu zahlen: 1.243,50 €</p>`,
    );
    expect(table.json).toMatchObject({ amountDue: '1243.50' });
    expect(table.d.totalWithTax).not.toBe(119_000);
    expect(table.en).not.toMatch(/different values/);
  });

  it('"TVA 20 % sur 1 000,00 € : 200,00 €": the base named in the line is not its amount', () => {
    const { d, en } = read(
      'de',
      `<h1>Rechnung RE-9</h1><p>Fällig am: 15.12.2026</p><p>Nettobetrag: 1.050,00 €</p><p>zzgl. 19 % USt auf 1.000,00 €: 190,00 €</p><p>zzgl. 7 % USt auf 50,00 €: 3,50 €</p><p>Rechnungsbetrag: 1.243,50 €</p>`,
    );
    expect(d.totalWithTax).toBe(124_350);
    expect(d.fields.totalWithTax!.confidence).toBeGreaterThanOrEqual(0.9);
    expect(en).not.toMatch(/does not give/);
  });

  it('a total that is only subtotal + one of the rates is flagged, never trusted', () => {
    const { d, en } = read(
      'fr',
      `<h1>Facture FA-5</h1><p>Échéance : 15/12/2026</p><table>${rows([
        ['Total HT', '1 055,00 €'],
        ['TVA 20 %', '200,00 €'],
        ['TVA 5,5 %', '3,03 €'],
        ['Total TTC', '1 255,00 €'],
      ])}</table>`,
    );
    expect(d.fields.totalWithTax!.confidence).toBeLessThan(0.7);
    expect(d.fields.amountDue!.confidence).toBeLessThan(0.7);
    expect(en).toMatch(
      /Subtotal 1055\.00 EUR \+ taxes 203\.03 EUR does not give the total shown 1255\.00 EUR/,
    );
  });

  it("reconcile: the breakdown table's taxes and bases check the total", () => {
    const r = reconcile({
      currency: 'EUR',
      total: { minor: 125_803, confidence: 0.8, where: 'label' },
      vatTaxes: [20_000, 303],
      vatBase: 105_500,
    });
    expect(r.held).toContain('subtotal + taxes = total');
    expect(r.doubtful).toBe(false);
    const bad = reconcile({
      currency: 'EUR',
      total: { minor: 105_500, confidence: 0.8, where: 'label' },
      vatTaxes: [20_000, 303],
      vatBase: 105_500,
    });
    expect(bad.doubtful).toBe(true);
    expect(bad.total!.confidence).toBeLessThan(0.7);
  });
});
