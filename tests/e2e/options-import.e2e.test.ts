import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../../tools/chromium/harness';
import { openExt } from '../../tools/chromium/surfaces';
import { invoiceCount } from './chromium-app';
import { textPdf } from '../helpers/pdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startChromium, type Started } from './chromium-app';

/**
 * The options page's imports (CSV, e-invoices, PDFs), restore and a full disk, in Chromium.
 */
let s: Started;
let app: Started['app'];

beforeAll(async () => {
  s = await startChromium();
  ({ app } = s);
});

afterAll(async () => {
  await s?.close();
});

describe('the options page in Chromium', () => {
  it('script payloads in CSV cells and e-invoice fields stay text in the popup, the side panel, the draft and the letter', async () => {
    const payloads = [
      '<img src=x onerror=alert(1)>',
      '"><svg onload=alert(1)>',
      '<script>alert(1)</script>',
    ];
    const csv = [
      'Numéro de facture;Client;E-mail;Date;Date d’échéance;Montant TTC;Devise',
      ...payloads.map(
        (p, i) =>
          `XSS-CSV-${i};"${p.replace(/"/g, '""')} ${i}";x${i}@xss${i}.example;01/09/2026;01/10/2026;100,00;EUR`,
      ),
    ].join('\n');
    const ubl = readFileSync(
      join(ROOT, '../shared/corpus/einvoice/akretion-ubl-21-en16931.xml'),
      'utf8',
    )
      .replace('<cbc:ID>F124212</cbc:ID>', '<cbc:ID>XSS-UBL-1</cbc:ID>')
      .replace(
        /<cbc:RegistrationName>Ma jolie boutique SARL<\/cbc:RegistrationName>/g,
        '<cbc:RegistrationName>&lt;img src=x onerror=alert(2)&gt; Boutique</cbc:RegistrationName>',
      );
    const options = await openExt(app, 'options.html#import');
    const dialogs: string[] = [];
    app.context.on('page', (p) =>
      p.on('dialog', (d) => {
        dialogs.push(d.message());
        void d.dismiss();
      }),
    );
    options.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await options.locator('#import input[type=file]').setInputFiles([
      { name: 'xss.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) },
      { name: 'xss.xml', mimeType: 'application/xml', buffer: Buffer.from(ubl) },
      // A file that does not parse: said where, in the page's language, and nothing else lost.
      {
        name: 'broken.xml',
        mimeType: 'application/xml',
        buffer: Buffer.from('<Invoice><cbc:ID>1</Invoice>'),
      },
    ]);
    await expect
      .poll(() => options.locator('#import [role=alert]').textContent())
      .toMatch(/^XML mal formé : .*\(ligne 1, colonne \d+\)/);
    await options.getByRole('button', { name: /Importer 4 facture/ }).click();
    await options.getByText(/4 ajoutée/).waitFor();
    expect(await options.locator('#import img, #import svg, #import script').count()).toBe(0);
    const ids = await options.evaluate(
      () =>
        new Promise<string[]>((ok) => {
          const req = indexedDB.open('relance-ledger');
          req.onsuccess = () => {
            const all = req.result.transaction('clients').objectStore('clients').getAll();
            all.onsuccess = () =>
              ok(
                (all.result as { id: string; name: string }[])
                  .filter((c) => /alert\(/.test(c.name))
                  .map((c) => c.id),
              );
          };
        }),
    );
    expect(ids).toHaveLength(4);
    await options.close();
    const popup = await openExt(app, 'popup.html');
    await popup.locator('li.card').first().waitFor();
    if (await popup.getByRole('button', { name: /Afficher les/ }).count())
      await popup.getByRole('button', { name: /Afficher les/ }).click();
    await expect.poll(() => popup.getByText('<img src=x onerror=alert(1)> 0').count()).toBe(1);
    expect(await popup.locator('main img, main svg:not([role=img]), main script').count()).toBe(0);
    await popup.close();
    for (const id of ids) {
      for (const path of [
        `sidepanel.html?client=${encodeURIComponent(id)}`,
        `letter.html?client=${encodeURIComponent(id)}&kind=final-notice`,
      ]) {
        const page = await openExt(app, path);
        await page.locator('h1, h2').first().waitFor();
        await expect.poll(() => page.getByText(/alert\(/).count()).toBeGreaterThan(0);
        expect(
          await page.locator('img, script:not([src]), svg:not([role=img])').count(),
          path,
        ).toBe(0);
        await page.close();
      }
    }
    expect(dialogs).toEqual([]);
  });

  it('PDF invoices dropped on the options page: Factur-X read from its XML, a printed one from its text with every field to confirm', async () => {
    const printed = textPdf([
      [
        { x: 50, y: 790, text: 'Atelier Moreau', size: 14 },
        { x: 400, y: 790, text: 'FACTURE', size: 18 },
        { x: 400, y: 770, text: 'N° PDF-2026-009' },
        { x: 400, y: 740, text: 'Date :' },
        { x: 470, y: 740, text: '14/10/2026' },
        { x: 400, y: 726, text: 'Échéance :' },
        { x: 470, y: 726, text: '13/11/2026' },
        { x: 50, y: 700, text: 'Client :' },
        { x: 100, y: 700, text: 'Imprimerie Vasseur' },
        { x: 360, y: 570, text: 'Total HT' },
        { x: 470, y: 570, text: '1 000,00 €' },
        { x: 360, y: 542, text: 'Total TTC' },
        { x: 470, y: 542, text: '1 200,00 €' },
      ],
    ]);
    const toCorrect = textPdf([
      [
        { x: 50, y: 790, text: 'Facture n° PDF-2026-010', size: 16 },
        { x: 50, y: 760, text: 'Échéance :' },
        { x: 150, y: 760, text: '03/04/2026' },
        { x: 50, y: 740, text: 'Client :' },
        { x: 150, y: 740, text: 'Imprimerie Vasseur' },
        { x: 360, y: 600, text: 'Net à payer' },
        { x: 470, y: 600, text: '480,00 €' },
      ],
    ]);
    const options = await openExt(app, 'options.html#import');
    await options.locator('#import input[type=file]').setInputFiles([
      {
        name: 'Facture PDF-2026-010.pdf',
        mimeType: 'application/pdf',
        buffer: Buffer.from(toCorrect),
      },
      {
        name: 'Facture PDF-2026-009.pdf',
        mimeType: 'application/pdf',
        buffer: Buffer.from(printed),
      },
      {
        name: 'facturx.pdf',
        mimeType: 'application/pdf',
        buffer: readFileSync(join(ROOT, '../shared/corpus/facturx/mustang-validV2PDF.pdf')),
      },
    ]);
    const printedCard = options.locator('.import-file', { hasText: 'Facture PDF-2026-009.pdf' });
    await printedCard.locator('tr').first().waitFor();
    const cells = (await printedCard.locator('tr').first().locator('td').allTextContents()).map(
      (c) => c.replace(/[\u00a0\u202f]/g, ' '),
    );
    expect(cells.slice(0, 4)).toEqual([
      'PDF-2026-009',
      'Imprimerie Vasseur',
      '13/11/2026',
      '1 200,00 €',
    ]);
    // Number, due date and amount all shown as to be confirmed.
    expect(await printedCard.locator('td.uncertain').count()).toBe(3);
    await printedCard.getByText(/À vérifier/).click();
    await printedCard
      .getByText(
        'PDF-2026-009 : lu dans le texte du PDF (il ne contient pas de facture électronique) : vérifiez le numéro, les dates et les montants',
      )
      .waitFor();
    const facturx = options.locator('.import-file', { hasText: 'facturx.pdf' });
    expect(await facturx.locator('tr').first().locator('td').first().textContent()).toBe(
      'RE-20171118/506',
    );
    expect(await facturx.locator('td.uncertain').count()).toBe(0);
    // The user checks one before importing: corrects its due date, confirms the rest.
    const correctCard = options.locator('.import-file', { hasText: 'Facture PDF-2026-010.pdf' });
    await correctCard.getByText(/À vérifier/).click();
    await correctCard.getByText(/lu dans le texte du PDF/).waitFor();
    await correctCard.getByRole('button', { name: 'Vérifier' }).click();
    await correctCard.locator('input[name=due]').fill('2026-03-04');
    await correctCard.getByRole('button', { name: 'Enregistrer' }).click();
    await expect.poll(() => correctCard.locator('td.uncertain').count()).toBe(0);
    expect(await correctCard.getByText(/lu dans le texte du PDF/).count()).toBe(0);
    await options.getByRole('button', { name: /Importer 3 facture/ }).click();
    await options.getByText(/3 ajoutée/).waitFor();
    const stored = await options.evaluate(
      () =>
        new Promise<unknown[]>((ok) => {
          const req = indexedDB.open('relance-ledger');
          req.onsuccess = () => {
            const store = req.result.transaction('invoices').objectStore('invoices');
            const a = store.get('inv:PDF-2026-009');
            const b = store.get('inv:RE-20171118/506');
            const c = store.get('inv:PDF-2026-010');
            c.onsuccess = () => ok([a.result, b.result, c.result]);
          };
        }),
    );
    expect(stored[0]).toMatchObject({
      number: 'PDF-2026-009',
      dueDate: '2026-11-13',
      total: 120000,
      dueDateUncertain: true,
      uncertain: expect.arrayContaining(['invoiceNumber', 'total', 'amountDue']),
      sources: [expect.objectContaining({ kind: 'pdf', where: 'Facture PDF-2026-009.pdf' })],
    });
    expect(stored[1]).toMatchObject({
      number: 'RE-20171118/506',
      total: 57104,
      sources: [expect.objectContaining({ kind: 'einvoice' })],
    });
    expect((stored[1] as { uncertain?: string[] }).uncertain).toBeUndefined();
    // Checked by the user: their date, nothing left to confirm.
    expect(stored[2]).toMatchObject({
      number: 'PDF-2026-010',
      dueDate: '2026-03-04',
      total: 48000,
      amountDue: 48000,
    });
    expect(
      (stored[2] as { uncertain?: string[]; dueDateUncertain?: boolean }).uncertain,
    ).toBeUndefined();
    expect((stored[2] as { dueDateUncertain?: boolean }).dueDateUncertain).toBeUndefined();
    await options.close();
  });

  it("restoring a backup: a corrupt file is refused in the page's language with where it is wrong and changes nothing; a good one is merged", async () => {
    const options = await openExt(app, 'options.html#backup');
    const input = options.getByLabel('Restaurer une sauvegarde');
    const count = () => invoiceCount(options);
    const before = await count();
    const file = (dueDate: string) => ({
      format: 'relance-ledger',
      version: 1,
      clients: [
        {
          id: 'restore-client',
          name: 'Restauration Durand',
          emails: ['compta@durand.example'],
          language: 'fr',
          kind: 'b2b',
          jurisdiction: 'fr-b2b',
        },
      ],
      invoices: [
        {
          number: 'RST-001',
          clientId: 'restore-client',
          issueDate: '2026-09-01',
          dueDate,
          currency: 'EUR',
          total: '840.00',
        },
      ],
      events: [],
    });
    await input.setInputFiles({
      name: 'bad.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(file('2026-02-30'))),
    });
    await expect
      .poll(() => options.locator('#backup [role=alert]').textContent())
      .toBe(
        'Rien n’a été modifié — invoices[0] (RST-001).dueDate : une vraie date AAAA-MM-JJ est attendue',
      );
    expect(await count()).toBe(before);
    await input.setInputFiles({
      name: 'good.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(file('2026-10-01'))),
    });
    await expect
      .poll(() => options.locator('#backup [role=status]').textContent())
      .toBe('Restauré : 1 client(s), 1 facture(s), 0 événement(s) ajouté(s).');
    expect(await count()).toBe(before + 1);
    await options.close();
  });

  it("a browser out of storage is said plainly, in the page's language, and the import changes nothing", async () => {
    const options = await openExt(app, 'options.html#import');
    await options.locator('#import input[type=file]').waitFor();
    const count = () => invoiceCount(options);
    const before = await count();
    // What Chromium raises when the origin's quota is used up.
    await options.evaluate(() => {
      IDBObjectStore.prototype.put = () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    });
    const csv =
      'Numéro de facture;Client;Date;Date d’échéance;Montant TTC;Devise\nFULL-1;Disque Plein SARL;01/09/2026;01/10/2026;100,00;EUR';
    await options
      .locator('#import input[type=file]')
      .setInputFiles({ name: 'full.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await options.getByRole('button', { name: /Importer 1 facture/ }).click();
    await expect
      .poll(() => options.locator('#import [role=alert]').textContent())
      .toMatch(
        /^Le navigateur n’a plus de place pour les données de Relance\..*rien n’a été modifié\.$/,
      );
    expect(await count()).toBe(before);
    await options.close();
  });

  it('no request left the machine', () => {
    expect(s.outside).toEqual([]);
  });
});
