import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openExt } from '../../tools/chromium/surfaces';
import { overlay, startChromium, type Started } from './chromium-app';

/**
 * An import from the overlay cut by the service worker stopping. Its own
 * browser and ledger, so what it counts is its own.
 */
let s: Started;
let app: Started['app'];
let fixtures: Started['fixtures'];

beforeAll(async () => {
  s = await startChromium();
  ({ app, fixtures } = s);
});

afterAll(async () => {
  await s?.close();
});

describe('an import cut by the service worker (Chromium)', () => {
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
    // Still timed (not yet deterministic): stopAllWorkers does not end the worker as
    // Playwright sees it (no 'close' event), so there is no condition to wait on yet.
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

});
