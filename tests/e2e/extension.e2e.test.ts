import { readFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Frame, Page, Request } from 'playwright-core';
import { ROOT, launch, serve, type Launched } from '../../tools/chromium/harness';
import { captureSurfaces, extUrl, openExt, waitForDemoData } from '../../tools/chromium/surfaces';
import { textPdf } from '../helpers/pdf';

/**
 * The built extension (demo build) in a real headless Chromium: content scripts on
 * local fixture pages and on Gmail's real address (served locally by Playwright),
 * background messages, IndexedDB, popup, side panel, letters.
 */
let app: Launched;
let fixtures: { url: string; close(): Promise<void> };
const outside: string[] = [];

const LOCAL = /^(http:\/\/127\.0\.0\.1[:/]|chrome-extension:|data:|blob:|about:|https:\/\/mail\.google\.com\/|https:\/\/outlook\.live\.com\/)/;


beforeAll(async () => {
  fixtures = await serve(join(ROOT, 'tests/fixtures'));
  app = await launch();
  // Nothing may leave the machine: every request of every page and of the worker is checked.
  const watch = (r: Request) => {
    if (!LOCAL.test(r.url())) outside.push(r.url());
  };
  app.context.on('request', watch);
  for (const w of app.context.serviceWorkers()) w.on('request' as never, watch as never);
  await waitForDemoData(app);
});

afterAll(async () => {
  await app?.close();
  await fixtures?.close();
});

/** How many invoices the ledger holds, read from an extension page. */
function invoiceCount(page: Page): Promise<number> {
  return page.evaluate(() => new Promise<number>((ok, ko) => {
    const r = indexedDB.open('relance-ledger');
    r.onerror = () => ko(r.error);
    r.onsuccess = () => {
      const c = r.result.transaction('invoices').objectStore('invoices').count();
      c.onsuccess = () => (ok(c.result), r.result.close());
    };
  }));
}

/** The overlay: an extension page framed in a closed shadow root, found as a frame of the page. */
async function overlay(page: Page): Promise<Frame> {
  await page.locator('relance-overlay').waitFor({ state: 'attached' });
  await expect.poll(() => page.frames().some((f) => /\/overlay\.html/.test(f.url()))).toBe(true);
  return page.frames().find((f) => /\/overlay\.html/.test(f.url()))!;
}

describe('the extension in Chromium', () => {
  it('shows the detected invoice on a page; Track goes through the background into IndexedDB; the popup lists it', async () => {
    const page = await app.context.newPage();
    await page.goto(`${fixtures.url}/pages/fr-generic-invoice.html`);
    const box = await overlay(page);
    await expect.poll(() => box.getByText('FA-2026-0142').count()).toBeGreaterThan(0);
    await box.getByRole('button', { name: 'Suivre cette facture' }).click();
    await box.getByRole('button', { name: 'Enregistrer' }).click();
    await expect.poll(() => box.getByRole('status').textContent()).toMatch(/Enregistré/);
    await expect.poll(() => box.getByText('partiellement payée').count()).toBeGreaterThan(0);
    await page.close();

    const popup = await openExt(app, 'popup.html');
    const card = popup.locator('li.card', { hasText: 'Menuiserie Lefèvre' });
    await expect.poll(() => card.count()).toBe(1);
    await expect.poll(() => card.textContent()).toMatch(/FA-2026-0142.*1\s800,00\s€/);
    expect(await card.locator('.reason').textContent()).toMatch(/première relance/);
    await popup.close();
  });

  it('an invoice shown in a frame of the same site (a portal\'s preview) is read from the frame, and shown once, on the page', async () => {
    const page = await app.context.newPage();
    await page.goto(`${fixtures.url}/pages/framed-invoice.html`);
    const box = await overlay(page);
    await expect.poll(() => box.getByText('FA-2026-0142').count()).toBeGreaterThan(0);
    expect(await page.locator('relance-overlay').count()).toBe(1);
    expect(await page.frameLocator('#invoice_html').locator('relance-overlay').count()).toBe(0);
    await page.close();
  });

  it('imports the selected rows of an invoice list', async () => {
    const page = await app.context.newPage();
    await page.goto(`${fixtures.url}/pages/aria-grid-list.html`);
    const box = await overlay(page);
    await expect.poll(() => box.getByText('2 invoices found').or(box.getByText('2 factures détectées')).count()).toBeGreaterThan(0);
    await box.getByRole('button', { name: /Import|Importer/ }).click();
    await expect.poll(() => box.getByRole('status').textContent()).toMatch(/\(2\)/);
    await page.close();
    const popup = await openExt(app, 'popup.html');
    const kestrel = popup.locator('li.card', { hasText: 'Kestrel Design' });
    await expect.poll(() => kestrel.count()).toBe(1);
    // The rarer actions sit behind one toggle; they work once the full plan has loaded.
    const more = kestrel.getByRole('button', { name: 'Autres actions…' });
    await more.click();
    expect(await more.getAttribute('aria-expanded')).toBe('true');
    const snooze = kestrel.getByRole('button', { name: 'Reporter' });
    await expect.poll(() => snooze.isEnabled()).toBe(true);
    await snooze.click();
    await popup.getByRole('button', { name: 'Enregistrer' }).click();
    await expect.poll(() => kestrel.locator('.reason').textContent()).toMatch(/mis en attente jusqu’au \d{1,2}(er)? [a-zéû]+ \d{4} → en pause, reprise le \d{1,2}(er)? [a-zéû]+ \d{4}/);
    expect(await kestrel.locator('.pill').textContent()).toBe('En pause');
    await popup.close();
  });

  // Gmail and Outlook: tests/e2e/webmail-send.e2e.test.ts.

  it('script payloads in page text stay text on the page, in the popup and in the side panel', async () => {
    const page = await app.context.newPage();
    await page.addInitScript(() => {
      (window as unknown as { __trapped: number; __relanceTrap(): void }).__trapped = 0;
      (window as unknown as { __relanceTrap(): void }).__relanceTrap = () => {
        (window as unknown as { __trapped: number }).__trapped++;
      };
    });
    await page.goto(`${fixtures.url}/pages/xss-invoice.html`);
    const box = await overlay(page);
    await box.getByRole('button', { name: 'Suivre cette facture' }).click();
    await box.getByRole('button', { name: 'Enregistrer' }).click();
    await expect.poll(() => box.getByRole('status').textContent()).toMatch(/Enregistré/);
    expect(await page.evaluate(() => (window as unknown as { __trapped: number }).__trapped)).toBe(0);
    await page.close();
    for (const path of ['popup.html', 'sidepanel.html']) {
      const ext = await openExt(app, path);
      await expect.poll(() => ext.getByText('<img src=x onerror="window.__relanceTrap()">', { exact: false }).count()).toBeGreaterThan(0);
      expect(await ext.locator('img').count()).toBe(0);
      await ext.close();
    }
  });

  it('an import cut by the service worker stopping leaves all or nothing, and re-running adds nothing twice', async () => {
    const rows = Array.from({ length: 3000 }, (_, i) => `<tr><td>SW-${String(i).padStart(5, '0')}</td><td>Client SW ${i % 50}</td><td>01/09/2026</td><td>01/10/2026</td><td>${100 + i},00 €</td><td>En retard</td></tr>`).join('');
    const html = `<!doctype html><html lang="fr"><body><table><thead><tr><th>N°</th><th>Client</th><th>Date</th><th>Échéance</th><th>Montant TTC</th><th>Statut</th></tr></thead><tbody>${rows}</tbody></table></body></html>`;
    const url = `${fixtures.url}/generated/big-list.html`;
    await app.context.route(url, (r) => r.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }));
    const count = async () => {
      const ext = await openExt(app, 'options.html');
      const n = await ext.evaluate(() => new Promise<number>((ok) => {
        const req = indexedDB.open('relance-ledger');
        req.onsuccess = () => {
          const all = req.result.transaction('invoices').objectStore('invoices').getAllKeys();
          all.onsuccess = () => ok((all.result as string[]).filter((k) => k.startsWith('inv:SW-')).length);
        };
      }));
      await ext.close();
      return n;
    };
    const options = await openExt(app, 'options.html');
    const cdp = await app.context.newCDPSession(options);
    await cdp.send('ServiceWorker.enable');
    const page = await app.context.newPage();
    await page.goto(url);
    const box = await overlay(page);
    await box.getByRole('button', { name: /Importer la sélection \(3000\)/ }).click();
    await cdp.send('ServiceWorker.stopAllWorkers');
    await page.waitForTimeout(1500);
    const afterStop = await count();
    expect([0, 3000]).toContain(afterStop);
    await page.reload();
    const again = await overlay(page);
    // Re-run: the rows not yet tracked are selected again; whatever was written is not written twice.
    if (afterStop === 0) await again.getByRole('button', { name: /Importer la sélection \(3000\)/ }).click();
    await expect.poll(count, { timeout: 60_000 }).toBe(3000);
    await page.close();
    await options.close();
  });

  it('script payloads in CSV cells and e-invoice fields stay text in the popup, the side panel, the draft and the letter', async () => {
    const payloads = ['<img src=x onerror=alert(1)>', '"><svg onload=alert(1)>', '<script>alert(1)</script>'];
    const csv = ['Numéro de facture;Client;E-mail;Date;Date d’échéance;Montant TTC;Devise', ...payloads.map((p, i) => `XSS-CSV-${i};"${p.replace(/"/g, '""')} ${i}";x${i}@xss${i}.example;01/09/2026;01/10/2026;100,00;EUR`)].join('\n');
    const ubl = readFileSync(join(ROOT, '../shared/corpus/einvoice/akretion-ubl-21-en16931.xml'), 'utf8')
      .replace('<cbc:ID>F124212</cbc:ID>', '<cbc:ID>XSS-UBL-1</cbc:ID>')
      .replace(/<cbc:RegistrationName>Ma jolie boutique SARL<\/cbc:RegistrationName>/g, '<cbc:RegistrationName>&lt;img src=x onerror=alert(2)&gt; Boutique</cbc:RegistrationName>');
    const options = await openExt(app, 'options.html#import');
    const dialogs: string[] = [];
    app.context.on('page', (p) => p.on('dialog', (d) => { dialogs.push(d.message()); void d.dismiss(); }));
    options.on('dialog', (d) => { dialogs.push(d.message()); void d.dismiss(); });
    await options.locator('#import input[type=file]').setInputFiles([
      { name: 'xss.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) },
      { name: 'xss.xml', mimeType: 'application/xml', buffer: Buffer.from(ubl) },
      // A file that does not parse: said where, in the page's language, and nothing else lost.
      { name: 'broken.xml', mimeType: 'application/xml', buffer: Buffer.from('<Invoice><cbc:ID>1</Invoice>') },
    ]);
    await expect.poll(() => options.locator('#import [role=alert]').textContent()).toMatch(/^XML mal formé : .*\(ligne 1, colonne \d+\)/);
    await options.getByRole('button', { name: /Importer 4 facture/ }).click();
    await options.getByText(/4 ajoutée/).waitFor();
    expect(await options.locator('#import img, #import svg, #import script').count()).toBe(0);
    const ids = await options.evaluate(() => new Promise<string[]>((ok) => {
      const req = indexedDB.open('relance-ledger');
      req.onsuccess = () => {
        const all = req.result.transaction('clients').objectStore('clients').getAll();
        all.onsuccess = () => ok((all.result as { id: string; name: string }[]).filter((c) => /alert\(/.test(c.name)).map((c) => c.id));
      };
    }));
    expect(ids).toHaveLength(4);
    await options.close();
    const popup = await openExt(app, 'popup.html');
    await popup.locator('li.card').first().waitFor();
    if (await popup.getByRole('button', { name: /Afficher les/ }).count()) await popup.getByRole('button', { name: /Afficher les/ }).click();
    await expect.poll(() => popup.getByText('<img src=x onerror=alert(1)> 0').count()).toBe(1);
    expect(await popup.locator('main img, main svg:not([role=img]), main script').count()).toBe(0);
    await popup.close();
    for (const id of ids) {
      for (const path of [`sidepanel.html?client=${encodeURIComponent(id)}`, `letter.html?client=${encodeURIComponent(id)}&kind=final-notice`]) {
        const page = await openExt(app, path);
        await page.locator('h1, h2').first().waitFor();
        await expect.poll(() => page.getByText(/alert\(/).count()).toBeGreaterThan(0);
        expect(await page.locator('img, script:not([src]), svg:not([role=img])').count(), path).toBe(0);
        await page.close();
      }
    }
    expect(dialogs).toEqual([]);
  });

  it('PDF invoices dropped on the options page: Factur-X read from its XML, a printed one from its text with every field to confirm', async () => {
    const printed = textPdf([[
      { x: 50, y: 790, text: 'Atelier Moreau', size: 14 },
      { x: 400, y: 790, text: 'FACTURE', size: 18 },
      { x: 400, y: 770, text: 'N° PDF-2026-009' },
      { x: 400, y: 740, text: 'Date :' }, { x: 470, y: 740, text: '14/10/2026' },
      { x: 400, y: 726, text: 'Échéance :' }, { x: 470, y: 726, text: '13/11/2026' },
      { x: 50, y: 700, text: 'Client :' }, { x: 100, y: 700, text: 'Imprimerie Vasseur' },
      { x: 360, y: 570, text: 'Total HT' }, { x: 470, y: 570, text: '1 000,00 €' },
      { x: 360, y: 542, text: 'Total TTC' }, { x: 470, y: 542, text: '1 200,00 €' },
    ]]);
    const toCorrect = textPdf([[
      { x: 50, y: 790, text: 'Facture n° PDF-2026-010', size: 16 },
      { x: 50, y: 760, text: 'Échéance :' }, { x: 150, y: 760, text: '03/04/2026' },
      { x: 50, y: 740, text: 'Client :' }, { x: 150, y: 740, text: 'Imprimerie Vasseur' },
      { x: 360, y: 600, text: 'Net à payer' }, { x: 470, y: 600, text: '480,00 €' },
    ]]);
    const options = await openExt(app, 'options.html#import');
    await options.locator('#import input[type=file]').setInputFiles([
      { name: 'Facture PDF-2026-010.pdf', mimeType: 'application/pdf', buffer: Buffer.from(toCorrect) },
      { name: 'Facture PDF-2026-009.pdf', mimeType: 'application/pdf', buffer: Buffer.from(printed) },
      { name: 'facturx.pdf', mimeType: 'application/pdf', buffer: readFileSync(join(ROOT, '../shared/corpus/facturx/mustang-validV2PDF.pdf')) },
    ]);
    const printedCard = options.locator('.import-file', { hasText: 'Facture PDF-2026-009.pdf' });
    await printedCard.locator('tr').first().waitFor();
    const cells = (await printedCard.locator('tr').first().locator('td').allTextContents()).map((c) => c.replace(/[\u00a0\u202f]/g, ' '));
    expect(cells.slice(0, 4)).toEqual(['PDF-2026-009', 'Imprimerie Vasseur', '13/11/2026', '1 200,00 €']);
    // Number, due date and amount all shown as to be confirmed.
    expect(await printedCard.locator('td.uncertain').count()).toBe(3);
    await printedCard.getByText(/À vérifier/).click();
    await printedCard.getByText('PDF-2026-009 : lu dans le texte du PDF (il ne contient pas de facture électronique) : vérifiez le numéro, les dates et les montants').waitFor();
    const facturx = options.locator('.import-file', { hasText: 'facturx.pdf' });
    expect(await facturx.locator('tr').first().locator('td').first().textContent()).toBe('RE-20171118/506');
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
    const stored = await options.evaluate(() => new Promise<unknown[]>((ok) => {
      const req = indexedDB.open('relance-ledger');
      req.onsuccess = () => {
        const store = req.result.transaction('invoices').objectStore('invoices');
        const a = store.get('inv:PDF-2026-009');
        const b = store.get('inv:RE-20171118/506');
        const c = store.get('inv:PDF-2026-010');
        c.onsuccess = () => ok([a.result, b.result, c.result]);
      };
    }));
    expect(stored[0]).toMatchObject({ number: 'PDF-2026-009', dueDate: '2026-11-13', total: 120000, dueDateUncertain: true, uncertain: expect.arrayContaining(['invoiceNumber', 'total', 'amountDue']), sources: [expect.objectContaining({ kind: 'pdf', where: 'Facture PDF-2026-009.pdf' })] });
    expect(stored[1]).toMatchObject({ number: 'RE-20171118/506', total: 57104, sources: [expect.objectContaining({ kind: 'einvoice' })] });
    expect((stored[1] as { uncertain?: string[] }).uncertain).toBeUndefined();
    // Checked by the user: their date, nothing left to confirm.
    expect(stored[2]).toMatchObject({ number: 'PDF-2026-010', dueDate: '2026-03-04', total: 48000, amountDue: 48000 });
    expect((stored[2] as { uncertain?: string[]; dueDateUncertain?: boolean }).uncertain).toBeUndefined();
    expect((stored[2] as { dueDateUncertain?: boolean }).dueDateUncertain).toBeUndefined();
    await options.close();
  });

  it('restoring a backup: a corrupt file is refused in the page\'s language with where it is wrong and changes nothing; a good one is merged', async () => {
    const options = await openExt(app, 'options.html#backup');
    const input = options.getByLabel('Restaurer une sauvegarde');
    const count = () => invoiceCount(options);
    const before = await count();
    const file = (dueDate: string) => ({
      format: 'relance-ledger', version: 1,
      clients: [{ id: 'restore-client', name: 'Restauration Durand', emails: ['compta@durand.example'], language: 'fr', kind: 'b2b', jurisdiction: 'fr-b2b' }],
      invoices: [{ number: 'RST-001', clientId: 'restore-client', issueDate: '2026-09-01', dueDate, currency: 'EUR', total: '840.00' }],
      events: [],
    });
    await input.setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file('2026-02-30'))) });
    await expect.poll(() => options.locator('#backup [role=alert]').textContent()).toBe('Rien n’a été modifié — invoices[0] (RST-001).dueDate : une vraie date AAAA-MM-JJ est attendue');
    expect(await count()).toBe(before);
    await input.setInputFiles({ name: 'good.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file('2026-10-01'))) });
    await expect.poll(() => options.locator('#backup [role=status]').textContent()).toBe('Restauré : 1 client(s), 1 facture(s), 0 événement(s) ajouté(s).');
    expect(await count()).toBe(before + 1);
    await options.close();
  });

  it('a browser out of storage is said plainly, in the page\'s language, and the import changes nothing', async () => {
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
    const csv = 'Numéro de facture;Client;Date;Date d’échéance;Montant TTC;Devise\nFULL-1;Disque Plein SARL;01/09/2026;01/10/2026;100,00;EUR';
    await options.locator('#import input[type=file]').setInputFiles({ name: 'full.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await options.getByRole('button', { name: /Importer 1 facture/ }).click();
    await expect.poll(() => options.locator('#import [role=alert]').textContent()).toMatch(/^Le navigateur n’a plus de place pour les données de Relance\..*rien n’a été modifié\.$/);
    expect(await count()).toBe(before);
    await options.close();
  });

  it('prints the formal notice to PDF with every mention it needs', async () => {
    const letter = await openExt(app, 'letter.html?client=demo:boulangerie&kind=formal-notice&lang=fr');
    await letter.locator('h1').waitFor();
    const pdf = await letter.pdf({ format: 'A4' });
    const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
    const doc = await pdfjs.getDocument({ data: new Uint8Array(pdf), isEvalSupported: false }).promise;
    let text = '';
    for (let p = 1; p <= doc.numPages; p++) text += (await (await doc.getPage(p)).getTextContent()).items.map((i) => ('str' in i ? i.str : '')).join(' ') + '\n';
    for (const mention of ['LETTRE RECOMMANDÉE', 'MISE EN DEMEURE', 'SIREN 912 345 678', 'SIREN 801 234 567', 'F-2026-031', 'L441-10', 'D441-5', 'IBAN', 'injonction de payer', 'Signature']) {
      expect(text.replace(/\s+/g, ' ').toUpperCase(), mention).toContain(mention.toUpperCase());
    }
    await letter.close();
  });

  it('screenshots of every surface, in French and English', async () => {
    const dir = join(ROOT, 'test-results/screenshots');
    await mkdir(dir, { recursive: true });
    const demo = await serve(join(ROOT, 'demo'));
    try {
      const fr = await captureSurfaces(app, demo.url, dir, 'fr');
      expect(fr.length).toBeGreaterThanOrEqual(9);
      const en = await launch({ locale: 'en-GB' });
      try {
        expect((await captureSurfaces(en, demo.url, dir, 'en')).length).toBeGreaterThanOrEqual(9);
        const popup = await openExt(en, 'popup.html');
        await expect.poll(() => popup.getByText('to do today').count()).toBe(1);
        await popup.close();
      } finally {
        await en.close();
      }
    } finally {
      await demo.close();
    }
  });

  // Last but one: its import adds invoices to the demo clients the tests above rely on.
  it('an invoicing app’s own page (InvoicePlane’s invoice list, at its real path) is read with its selectors and imported', async () => {
    const url = `${fixtures.url}/index.php/invoices/status/all`;
    await app.context.route(url, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: readFileSync(join(ROOT, 'lib/detect/sites/invoiceplane/fixtures/list-en-2026-01.html'), 'utf8') }));
    const page = await app.context.newPage();
    await page.goto(url);
    const box = await overlay(page);
    await expect.poll(() => box.locator('[data-app="InvoicePlane"]').count()).toBeGreaterThan(0);
    await expect.poll(() => box.getByText('4 invoices found').or(box.getByText('4 factures détectées')).count()).toBeGreaterThan(0);
    await box.getByRole('button', { name: /Import|Importer/ }).click();
    await expect.poll(() => box.getByRole('status').textContent()).toMatch(/\(\d\)/);
    await page.close();
    const side = await openExt(app, 'sidepanel.html?client=demo:boulangerie');
    await expect.poll(() => side.locator('body').textContent()).toMatch(/INV-2026-041/);
    await side.close();
  });

  it('no request left the machine', () => {
    expect(outside).toEqual([]);
    expect(extUrl(app, 'popup.html')).toMatch(/^chrome-extension:\/\//);
  });
});
