import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { ROOT, launch, type Launched } from '../../tools/chromium/harness';
import { openExt, waitForDemoData } from '../../tools/chromium/surfaces';

/**
 * A line-item CSV export dropped on the options page of the built extension (demo build)
 * in Chromium: the preview counts invoices, not rows, says what it skips, shows the rows
 * behind each invoice, and the real IndexedDB ledger receives each invoice once.
 */
let app: Launched;

beforeAll(async () => {
  app = await launch();
  await waitForDemoData(app);
});

afterAll(async () => {
  await app?.close();
});

function stored(page: Page, ids: string[]): Promise<unknown[]> {
  return page.evaluate(
    (keys) =>
      new Promise<unknown[]>((ok, ko) => {
        const req = indexedDB.open('relance-ledger');
        req.onerror = () => ko(req.error);
        req.onsuccess = () => {
          const store = req.result.transaction('invoices').objectStore('invoices');
          const out: unknown[] = [];
          keys.forEach((k, i) => {
            const g = store.get(k);
            g.onsuccess = () => {
              out[i] = g.result ?? null;
              if (out.filter((x) => x !== undefined).length === keys.length) ok(out);
            };
          });
        };
      }),
    ids,
  );
}

describe('CSV import on the options page', () => {
  it('a line-item export mixing sales invoices, supplier bills and a draft: counts, rows one click away, each invoice recorded once', async () => {
    const options = await openExt(app, 'options.html#import');
    await options.locator('#import input[type=file]').setInputFiles({
      name: 'xero-sales-and-bills.csv',
      mimeType: 'text/csv',
      buffer: readFileSync(join(ROOT, 'tests/fixtures/csv/xero-sales-and-bills.csv')),
    });
    const card = options.locator('.import-file', { hasText: 'xero-sales-and-bills.csv' });
    await expect
      .poll(() => card.getByTestId('csv-summary').textContent())
      .toBe(
        '2 facture(s) depuis 6 ligne(s) ; 2 facture(s) fournisseur(s) et 1 brouillon(s) ignoré(e)s',
      );
    // The draft is shown as skipped; the bills are not among the invoices offered.
    const offered = card.locator(':scope > table.grid > tbody > tr');
    expect(await offered.filter({ hasText: 'SUP-9912' }).count()).toBe(0);
    expect(await offered.filter({ hasText: 'CH-55' }).count()).toBe(0);
    await card.getByText('(brouillon, ignorée)').waitFor();
    // The skipped bills, one click away: each with why and the file's row behind it.
    const skipped = card.getByTestId('csv-skipped');
    await skipped.getByText('Lignes ignorées et pourquoi (2)').click();
    const billRow = skipped.locator('li', { hasText: 'SUP-9912' });
    expect(await billRow.innerText()).toMatch(
      /^SUP-9912 — facture fournisseur \(type « ACCPAY »\)/,
    );
    await billRow.getByText('1 ligne(s) du fichier').click();
    expect(await billRow.locator('.source-rows tbody tr td:first-child').allTextContents()).toEqual(
      ['5'],
    );
    // The two rows behind INV-0201, one click away.
    const first = card.locator('tr', { hasText: 'INV-0201' }).first();
    await first.getByText('2 ligne(s) du fichier').click();
    const lines = await first.locator('.source-rows tbody tr td:first-child').allTextContents();
    expect(lines).toEqual(['2', '3']);
    const cells = (
      await card
        .locator('tbody > tr', { hasText: 'INV-0202' })
        .first()
        .locator('> td')
        .allTextContents()
    ).map((c) => c.replace(/[\u00a0\u202f]/g, ' '));
    expect(cells[1]).toBe('Kestrel Design');
    expect(cells[3]).toBe('350,00 £GB');
    await options.getByRole('button', { name: 'Importer 2 facture(s)' }).click();
    await options.getByText(/2 ajoutée\(s\)/).waitFor();
    const [a, b, bill, draft] = await stored(options, [
      'inv:INV-0201',
      'inv:INV-0202',
      'inv:SUP-9912',
      'inv:INV-0203',
    ]);
    expect(a).toMatchObject({
      number: 'INV-0201',
      currency: 'GBP',
      total: 120000,
      amountDue: 120000,
      dueDate: '2026-10-15',
      sources: [expect.objectContaining({ kind: 'csv', where: 'xero-sales-and-bills.csv' })],
    });
    expect(b).toMatchObject({
      number: 'INV-0202',
      total: 60000,
      amountDue: 35000,
      dueDate: '2026-10-31',
    });
    expect(bill).toBeNull();
    expect(draft).toBeNull();
    await options.close();
  });

  it('a Zoho line-item export: the internal id is not the number, the draft is left out, the voided invoice recorded as voided', async () => {
    const options = await openExt(app, 'options.html#import');
    await options.locator('#import input[type=file]').setInputFiles({
      name: 'zoho-invoices.csv',
      mimeType: 'text/csv',
      buffer: readFileSync(join(ROOT, 'tests/fixtures/csv/zoho-invoices.csv')),
    });
    const card = options.locator('.import-file', { hasText: 'zoho-invoices.csv' });
    await expect
      .poll(() => card.getByTestId('csv-summary').textContent())
      .toBe(
        '2 facture(s) depuis 6 ligne(s) ; 0 facture(s) fournisseur(s) et 1 brouillon(s) ignoré(e)s ; 1 annulée(s), non relancée(s)',
      );
    // Shown by its number; the internal id is only among the file's cells, one click away.
    const numberCell = card
      .locator('tbody > tr', { hasText: 'INV-000101' })
      .first()
      .locator('> td')
      .first();
    expect(await numberCell.innerText()).toMatch(/^INV-000101\s+2 ligne\(s\) du fichier$/);
    await options.getByRole('button', { name: 'Importer 3 facture(s)' }).click();
    await options.getByText(/3 ajoutée\(s\)/).waitFor();
    const [a, b, draft, voided] = await stored(options, [
      'inv:INV-000101',
      'inv:INV-000102',
      'inv:INV-000103',
      'inv:INV-000104',
    ]);
    expect(a).toMatchObject({
      number: 'INV-000101',
      currency: 'EUR',
      total: 113400,
      amountDue: 113400,
    });
    expect(b).toMatchObject({ number: 'INV-000102', total: 36000, amountDue: 16000 });
    expect(draft).toBeNull();
    expect(voided).toMatchObject({ number: 'INV-000104', status: 'cancelled' });
    await options.close();
  });

  it('an export with no type column and bills as negative amounts: the negative rows are never offered, said with why', async () => {
    const options = await openExt(app, 'options.html#import');
    const text = [
      'Numéro;Tiers;Date;Échéance;Montant TTC;Reste à payer;Devise',
      'F-2026-0410;Boulangerie Martin;01/10/2026;31/10/2026;1 200,00;1 200,00;EUR',
      'A-88120;Papeterie Dupont;03/10/2026;02/11/2026;-96,00;-96,00;EUR',
      'F-2026-0411;Garage Durand;05/10/2026;04/11/2026;600,00;200,00;EUR',
    ].join('\n');
    await options.locator('#import input[type=file]').setInputFiles({
      name: 'ventes-et-achats.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(text),
    });
    const card = options.locator('.import-file', { hasText: 'ventes-et-achats.csv' });
    await expect
      .poll(() => card.getByTestId('csv-summary').textContent())
      .toBe(
        '2 facture(s) depuis 3 ligne(s) ; 0 facture(s) fournisseur(s) et 0 brouillon(s) ignoré(e)s ; 1 montant(s) négatif(s) sans type (facture fournisseur ou avoir) ignoré(s)',
      );
    expect(
      await card.locator(':scope > table.grid > tbody > tr').filter({ hasText: 'A-88120' }).count(),
    ).toBe(0);
    await card.getByText('Lignes ignorées et pourquoi (1)').click();
    expect(await card.getByTestId('csv-skipped').locator('li').first().innerText()).toMatch(
      /^A-88120 — montant négatif sans colonne de type : facture fournisseur ou avoir, non relancée/,
    );
    await options.getByRole('button', { name: 'Importer 2 facture(s)' }).click();
    await options.getByText(/2 ajoutée\(s\)/).waitFor();
    const [a, bill] = await stored(options, ['inv:F-2026-0410', 'inv:A-88120']);
    expect(a).toMatchObject({
      number: 'F-2026-0410',
      total: 120000,
      amountDue: 120000,
      status: 'open',
    });
    expect(bill).toBeNull();
    await options.close();
  });

  it('"$" amounts: USD assumed and said once for the file, the currency the user picks applied to all its invoices', async () => {
    const options = await openExt(app, 'options.html#import');
    await options.locator('#import input[type=file]').setInputFiles({
      name: 'invoice-ninja-v4.csv',
      mimeType: 'text/csv',
      buffer: readFileSync(join(ROOT, 'tests/fixtures/csv/invoice-ninja-v4.csv')),
    });
    const card = options.locator('.import-file', { hasText: 'invoice-ninja-v4.csv' });
    await expect
      .poll(() => card.getByTestId('csv-summary').textContent())
      .toBe(
        '3 facture(s) depuis 4 ligne(s) ; 0 facture(s) fournisseur(s) et 0 brouillon(s) ignoré(e)s',
      );
    const currency = card.getByLabel(/Devise supposée : USD — confirmez/);
    await currency.selectOption('CAD');
    await card.getByLabel('Devise confirmée').waitFor();
    const cells = (
      await card
        .locator('tbody > tr', { hasText: '0051' })
        .first()
        .locator('> td')
        .allTextContents()
    ).map((c) => c.replace(/[\u00a0\u202f]/g, ' '));
    expect(cells[3]).toBe('200,00 $CA');
    expect(await card.getByText(/Devise supposée/).count()).toBe(0);
    await options.close();
  });
});
