import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { textPdf, type PdfRun } from '../../tests/helpers/pdf';
import { parseHtmlInNode } from '../cli/node-dom';
import { mergeObservation } from '../ledger/merge';
import { detectedJson } from './invoice-reading';
import { readFacturXPdf } from './einvoice/facturx';
import { guessTextLang, layoutLines } from './pdf-text';
import { scanFile } from './scan-file';

const scan = (runs: PdfRun[][], lang?: string) =>
  scanFile('facture.pdf', textPdf(runs), { lang, parseHtml: parseHtmlInNode });

/** A French freelancer's invoice as an invoicing app prints it (no Factur-X inside). */
const french: PdfRun[] = [
  { x: 50, y: 790, text: 'Atelier Moreau', size: 14 },
  { x: 50, y: 774, text: '12 rue des Lilas, 69003 Lyon' },
  { x: 50, y: 760, text: 'SIRET 912 345 678 00011' },
  { x: 400, y: 790, text: 'FACTURE', size: 18 },
  { x: 400, y: 770, text: 'N° F-2026-114' },
  { x: 400, y: 740, text: 'Date :' },
  { x: 470, y: 740, text: '14/11/2026' },
  { x: 400, y: 726, text: 'Échéance :' },
  { x: 470, y: 726, text: '14/12/2026' },
  { x: 50, y: 700, text: 'Client :' },
  { x: 100, y: 700, text: 'Boulangerie Martin SARL' },
  { x: 50, y: 640, text: 'Désignation' },
  { x: 300, y: 640, text: 'Qté' },
  { x: 360, y: 640, text: 'Prix unitaire' },
  { x: 470, y: 640, text: 'Total' },
  { x: 50, y: 622, text: 'Refonte du site (jours)' },
  { x: 300, y: 622, text: '8' },
  { x: 360, y: 622, text: '450,00 €' },
  { x: 470, y: 622, text: '3 600,00 €' },
  { x: 50, y: 608, text: 'Hébergement annuel' },
  { x: 300, y: 608, text: '1' },
  { x: 360, y: 608, text: '240,00 €' },
  { x: 470, y: 608, text: '240,00 €' },
  { x: 360, y: 570, text: 'Total HT' },
  { x: 470, y: 570, text: '3 840,00 €' },
  { x: 360, y: 556, text: 'TVA 20 %' },
  { x: 470, y: 556, text: '768,00 €' },
  { x: 360, y: 542, text: 'Total TTC' },
  { x: 470, y: 542, text: '4 608,00 €' },
  {
    x: 50,
    y: 480,
    text: 'Pénalités de retard : 3 fois le taux d’intérêt légal. Indemnité forfaitaire pour frais de recouvrement : 40 €.',
    size: 7,
  },
];

describe('PDF invoices without an e-invoice inside, read from their text', () => {
  it('reads a printed French invoice: number under its heading, labels beside their values, the total after tax, not a line or the subtotal', async () => {
    const r = await scan([french]);
    expect(r.error).toBeNull();
    expect(r.kind).toBe('pdf');
    expect(r.invoices.map(detectedJson)).toEqual([
      expect.objectContaining({
        invoiceNumber: 'F-2026-114',
        issueDate: '2026-11-14',
        dueDate: '2026-12-14',
        currency: 'EUR',
        totalWithTax: '4608.00',
        amountDue: '4608.00',
        buyerName: 'Boulangerie Martin SARL',
      }),
    ]);
    expect(r.warnings.map((w) => w.fr)).toContain(
      'F-2026-114 : lu dans le texte du PDF (il ne contient pas de facture électronique) : vérifiez le numéro, les dates et les montants',
    );
  });

  it("keeps every field it read below the ledger's trust, so the user confirms the number, the due date and the amount", async () => {
    const [d] = (await scan([french])).invoices;
    for (const trace of Object.values(d!.fields)) expect(trace!.confidence).toBeLessThan(0.7);
    const { invoice } = mergeObservation({
      detected: d!,
      source: { kind: 'manual', where: 'facture.pdf', at: '2026-11-23T10:00:00Z' },
      clientId: 'client:1',
      today: '2026-11-23',
    });
    expect(invoice.dueDateUncertain).toBe(true);
    expect(invoice.uncertain).toEqual(
      expect.arrayContaining(['invoiceNumber', 'dueDate', 'total', 'amountDue']),
    );
  });

  it("reads a header row over its values only where the columns line up, and the ambiguous date in the document's language with a warning", async () => {
    const english: PdfRun[] = [
      { x: 50, y: 790, text: 'Bright Pixel Ltd', size: 14 },
      { x: 420, y: 790, text: 'INVOICE', size: 18 },
      { x: 50, y: 740, text: 'Bill To:' },
      { x: 120, y: 740, text: 'Acme Trading Ltd' },
      { x: 50, y: 700, text: 'Invoice No.' },
      { x: 170, y: 700, text: 'Invoice Date' },
      { x: 290, y: 700, text: 'Due Date' },
      { x: 420, y: 700, text: 'Balance Due' },
      { x: 50, y: 686, text: 'INV-0042' },
      { x: 170, y: 686, text: '03/02/2026' },
      { x: 290, y: 686, text: '03/04/2026' },
      { x: 420, y: 686, text: '£1,250.00' },
      { x: 50, y: 640, text: 'Description' },
      { x: 300, y: 640, text: 'Qty' },
      { x: 360, y: 640, text: 'Rate' },
      { x: 450, y: 640, text: 'Amount' },
      { x: 50, y: 626, text: 'Logo design' },
      { x: 300, y: 626, text: '1' },
      { x: 360, y: 626, text: '£900.00' },
      { x: 450, y: 626, text: '£900.00' },
      { x: 50, y: 612, text: 'Brand guidelines' },
      { x: 300, y: 612, text: '1' },
      { x: 360, y: 612, text: '£350.00' },
      { x: 450, y: 612, text: '£350.00' },
      { x: 50, y: 560, text: 'Payment terms: 30 days. Thank you for your business.' },
    ];
    const r = await scan([english]);
    expect(r.error).toBeNull();
    // "03/04/2026" in an English invoice (not American): 3 April, said to be checked.
    expect(detectedJson(r.invoices[0]!)).toMatchObject({
      invoiceNumber: 'INV-0042',
      issueDate: '2026-02-03',
      dueDate: '2026-04-03',
      currency: 'GBP',
      amountDue: '1250.00',
      buyerName: 'Acme Trading Ltd',
    });
    expect(r.warnings.map((w) => w.en).join('\n')).toMatch(
      /Due date "03\/04\/2026" could be 2026-04-03 or 2026-03-04/,
    );
    // The user's language wins over the document's guess.
    expect(detectedJson((await scan([english], 'en-US')).invoices[0]!).dueDate).toBe('2026-03-04');
  });

  it('reads a printed credit note as a credit note, never as an invoice to chase', async () => {
    const r = await scan([
      [
        { x: 50, y: 790, text: 'AVOIR', size: 18 },
        { x: 50, y: 770, text: 'N° AV-2026-004' },
        { x: 50, y: 750, text: 'Facture d’origine : F-2026-114' },
        { x: 360, y: 600, text: 'Total TTC' },
        { x: 470, y: 600, text: '480,00 €' },
      ],
    ]);
    expect(r.error).toBeNull();
    expect(detectedJson(r.invoices[0]!)).toMatchObject({
      invoiceNumber: 'AV-2026-004',
      isCreditNote: true,
      totalWithTax: '480.00',
    });
  });

  it('splits a label from its value in tight columns, and reads a label alone on its line over its value', async () => {
    const tight: PdfRun[] = [
      { x: 50, y: 790, text: 'Invoice #INV-00731', size: 16 },
      { x: 50, y: 760, text: 'Invoice Date' },
      { x: 80, y: 746, text: '10/05/2026' },
      { x: 50, y: 726, text: 'Due Date' },
      { x: 80, y: 712, text: '11/04/2026' },
      { x: 50, y: 692, text: 'Bill To' },
      { x: 80, y: 678, text: 'Harbor Street Coffee LLC' },
      // Printed with a single space between label and value: one run each line.
      { x: 50, y: 640, text: 'Subtotal $1,800.00' },
      { x: 50, y: 626, text: 'Paid $300.00' },
      { x: 50, y: 612, text: 'Balance Due $1,500.00' },
    ];
    const r = await scan([tight]);
    expect(r.error).toBeNull();
    // Dollars only and no unambiguous date: American, month first.
    expect(detectedJson(r.invoices[0]!)).toMatchObject({
      invoiceNumber: 'INV-00731',
      issueDate: '2026-10-05',
      dueDate: '2026-11-04',
      currency: 'USD',
      paid: '300.00',
      amountDue: '1500.00',
      buyerName: 'Harbor Street Coffee LLC',
    });
  });

  it('finds the totals on the second page and a due date written in a sentence', async () => {
    const first: PdfRun[] = [
      { x: 50, y: 790, text: 'Facture n° 2026-0077', size: 16 },
      { x: 50, y: 760, text: 'Émise le 02/11/2026' },
      { x: 50, y: 700, text: 'Désignation' },
      { x: 470, y: 700, text: 'Montant HT' },
      ...Array.from({ length: 30 }, (_, i) => [
        { x: 50, y: 680 - i * 18, text: `Séance de coaching ${i + 1}` },
        { x: 470, y: 680 - i * 18, text: '80,00 €' },
      ]).flat(),
    ];
    const second: PdfRun[] = [
      { x: 360, y: 790, text: 'Total HT' },
      { x: 470, y: 790, text: '2 400,00 €' },
      { x: 360, y: 776, text: 'TVA non applicable, art. 293 B du CGI' },
      { x: 360, y: 750, text: 'Net à payer' },
      { x: 470, y: 750, text: '2 400,00 €' },
      { x: 50, y: 700, text: 'Règlement par virement, payable avant le 2 décembre 2026.' },
    ];
    const r = await scan([first, second]);
    expect(r.error).toBeNull();
    expect(detectedJson(r.invoices[0]!)).toMatchObject({
      invoiceNumber: '2026-0077',
      issueDate: '2026-11-02',
      dueDate: '2026-12-02',
      amountDue: '2400.00',
      currency: 'EUR',
    });
  });

  it('says what it found and what is missing rather than guess: a real printed invoice whose total has no known label', async () => {
    // A real third-party invoice printed without its e-invoice (Mustang project test file):
    // "Invoice # RE-20201121/508", its total as "Due payable: 571.04 €", which is no label we
    // know. Its net total and line amounts must not be taken for what is owed.
    const bytes = new Uint8Array(
      readFileSync(
        join(
          __dirname,
          '../../../shared/corpus/facturx/mustang-MustangGnuaccountingBeispielRE-20201121_508blankoA3.pdf',
        ),
      ),
    );
    const r = await scanFile('RE-20201121_508.pdf', bytes, { parseHtml: parseHtmlInNode });
    expect(r.invoices).toEqual([]);
    expect(r.error?.en).toBe(
      'Invoice RE-20201121/508 found in the PDF’s text, but no amount next to a known label (Total TTC, Net à payer, Amount due…): enter it by hand, or import it from your invoicing app',
    );
    expect(r.error?.fr).toMatch(
      /^Facture n° RE-20201121\/508 trouvée dans le texte du PDF, mais aucun montant/,
    );
    // The e-invoice reader alone still says there is no e-invoice in it.
    await expect(readFacturXPdf(bytes)).rejects.toThrow(/No e-invoice XML embedded/);
  });

  it.each([
    [
      'a scanned page (no text at all)',
      [[]],
      /neither an e-invoice nor any text \(a scanned document\?\)/,
    ],
    [
      'a quote',
      [
        [
          { x: 50, y: 790, text: 'DEVIS n° D-2026-003' },
          { x: 50, y: 760, text: 'Total TTC' },
          { x: 200, y: 760, text: '1 200,00 €' },
        ],
      ],
      /does not look like an invoice/,
    ],
    [
      'a quote that mentions invoicing',
      [
        [
          { x: 50, y: 790, text: 'DEVIS', size: 18 },
          { x: 50, y: 770, text: 'N° D-2026-003' },
          { x: 50, y: 760, text: 'Total TTC' },
          { x: 200, y: 760, text: '1 200,00 €' },
          { x: 50, y: 700, text: 'Facturation : 30 % à la commande, le solde à la livraison.' },
        ],
      ],
      /This is a quote or an order, not an invoice/,
    ],
    [
      'a pro forma invoice',
      [
        [
          { x: 50, y: 790, text: 'FACTURE PRO FORMA n° PF-12' },
          { x: 50, y: 760, text: 'Total TTC' },
          { x: 200, y: 760, text: '1 200,00 €' },
        ],
      ],
      /pro forma invoice is not a request for payment/,
    ],
    [
      'an invoice without a readable amount',
      [
        [
          { x: 50, y: 790, text: 'Facture n° F-9' },
          { x: 50, y: 760, text: 'Merci de votre confiance' },
        ],
      ],
      /Invoice F-9 found in the PDF’s text, but no amount/,
    ],
  ] as [string, PdfRun[][], RegExp][])(
    '%s gives a clear error and no invoice',
    async (_name, runs, message) => {
      const r = await scan(runs);
      expect(r.invoices).toEqual([]);
      expect(r.error?.en).toMatch(message);
      expect(r.error?.fr).toBeTruthy();
      expect(r.error?.fr).not.toBe(r.error?.en);
    },
  );

  it('rebuilds lines from runs: same baseline one line, a wide gap a new cell, a narrow one a space', () => {
    const lines = layoutLines([
      { str: 'Total', x: 360, y: 542, width: 22, height: 10 },
      { str: 'TTC', x: 384.5, y: 542.5, width: 18, height: 10 },
      { str: '4 608,00 €', x: 470, y: 541.8, width: 47, height: 10 },
      { str: ' ', x: 520, y: 542, width: 40, height: 0 },
      { str: 'FACTURE', x: 400, y: 790, width: 80, height: 18 },
      { str: 'Net à payer        4 608,00 €', x: 360, y: 520, width: 140, height: 10 },
    ]);
    expect(lines.map((l) => l.cells.map((c) => c.text))).toEqual([
      ['FACTURE'],
      ['Total TTC', '4 608,00 €'],
      ['Net à payer', '4 608,00 €'],
    ]);
  });

  it("guesses the document's language from its words", () => {
    expect(guessTextLang('FACTURE n° 12 — Total TTC — Échéance')).toBe('fr');
    expect(guessTextLang('INVOICE 12 — Balance due — Due date')).toBe('en');
    // Which English: its unambiguous dates first, then its currency.
    expect(
      guessTextLang('INVOICE 12 — Invoice date 11/24/2026 — Due date 12/01/2026 — Balance due £10'),
    ).toBe('en-US');
    expect(
      guessTextLang('INVOICE 12 — Invoice date 24/11/2026 — Due date 01/12/2026 — Balance due $10'),
    ).toBe('en-GB');
    expect(
      guessTextLang(
        'INVOICE 12 — Invoice date 10/05/2026 — Due date 11/04/2026 — Balance due $1,944.00',
      ),
    ).toBe('en-US');
    expect(guessTextLang('12 — 34')).toBeUndefined();
  });
});
