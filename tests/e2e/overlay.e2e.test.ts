import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../../tools/chromium/harness';
import { openExt } from '../../tools/chromium/surfaces';
import { overlay } from './chromium-app';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startChromium, type Started } from './chromium-app';

/**
 * The invoice overlay on invoicing pages (demo build, local fixture pages): Track and
 * Import go through the background into IndexedDB; the popup and side panel show them.
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

describe('the invoice overlay in Chromium', () => {
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

  it("an invoice shown in a frame of the same site (a portal's preview) is read from the frame, and shown once, on the page", async () => {
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
    await expect
      .poll(() =>
        box.getByText('2 invoices found').or(box.getByText('2 factures détectées')).count(),
      )
      .toBeGreaterThan(0);
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
    await expect
      .poll(() => kestrel.locator('.reason').textContent())
      .toMatch(
        /mis en attente jusqu’au \d{1,2}(er)? [a-zéû]+ \d{4} → en pause, reprise le \d{1,2}(er)? [a-zéû]+ \d{4}/,
      );
    expect(await kestrel.locator('.pill').textContent()).toBe('En pause');
    await popup.close();
  });

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
    expect(await page.evaluate(() => (window as unknown as { __trapped: number }).__trapped)).toBe(
      0,
    );
    await page.close();
    for (const path of ['popup.html', 'sidepanel.html']) {
      const ext = await openExt(app, path);
      await expect
        .poll(() =>
          ext.getByText('<img src=x onerror="window.__relanceTrap()">', { exact: false }).count(),
        )
        .toBeGreaterThan(0);
      expect(await ext.locator('img').count()).toBe(0);
      await ext.close();
    }
  });

  it('an invoicing app’s own page (InvoicePlane’s invoice list, at its real path) is read with its selectors and imported', async () => {
    const url = `${fixtures.url}/index.php/invoices/status/all`;
    await app.context.route(url, (route) =>
      route.fulfill({
        status: 200,
        contentType: 'text/html; charset=utf-8',
        body: readFileSync(
          join(ROOT, 'lib/detect/sites/invoiceplane/fixtures/list-en-2026-01.html'),
          'utf8',
        ),
      }),
    );
    const page = await app.context.newPage();
    await page.goto(url);
    const box = await overlay(page);
    await expect.poll(() => box.locator('[data-app="InvoicePlane"]').count()).toBeGreaterThan(0);
    await expect
      .poll(() =>
        box.getByText('4 invoices found').or(box.getByText('4 factures détectées')).count(),
      )
      .toBeGreaterThan(0);
    await box.getByRole('button', { name: /Import|Importer/ }).click();
    await expect.poll(() => box.getByRole('status').textContent()).toMatch(/\(\d\)/);
    await page.close();
    const side = await openExt(app, 'sidepanel.html?client=demo:boulangerie');
    await expect.poll(() => side.locator('body').textContent()).toMatch(/INV-2026-041/);
    await side.close();
  });

  it('no request left the machine', () => {
    expect(s.outside).toEqual([]);
  });
});
