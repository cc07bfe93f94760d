import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, type Launched } from '../../tools/chromium/harness';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../../tools/chromium/harness';
import { clickHost, openExt, waitForDemoData } from '../../tools/chromium/surfaces';
import { MAX } from '../../lib/model/fields';

/**
 * Names and numbers come from pages and files: the longest ones the ledger accepts, one
 * word without a space or many words, must not make any surface wider than its window
 * (an audit saw a 10 000-character name stretch the side panel to 116 086 px). Single-line
 * places cut them with an ellipsis and keep the whole text in a title; the rest wrap.
 */
let app: Launched;
let ours: Record<string, { id: string; name: string }>;

const word = (first: string, n: number) => first + 'W'.repeat(n - first.length);
const words = (first: string, n: number) => (first + ' Mot'.repeat(n)).slice(0, n);
const domain = (tag: string) =>
  `${tag}${'d'.repeat(60 - tag.length)}.${'e'.repeat(60)}.${'f'.repeat(60)}.example`;
/** The longest invoice number the readers take (one token, lib/detect/invoice-number). */
const NUMBER = 40;
/** The longest name and address the ledger keeps (lib/model/fields MAX): longer is refused at the boundary. */
const CLIENTS = [
  {
    tag: 'nospace',
    name: word('Longnospace', MAX.name),
    number: word('FNOSPACE1', NUMBER),
    email: `${'a'.repeat(64)}@${domain('nospace')}`,
  },
  {
    tag: 'spaced',
    name: words('Longspaced', MAX.name),
    number: ('FSPACED1' + '-2026'.repeat(8)).slice(0, NUMBER),
    email: `${'b'.repeat(64)}@${domain('spaced')}`,
  },
];

beforeAll(async () => {
  app = await launch();
  await waitForDemoData(app);
  // Through the options page's CSV import, as a user brings them in.
  const options = await openExt(app, 'options.html#import');
  const csv = [
    'Numéro de facture;Client;E-mail;Date d’échéance;Montant TTC;Devise',
    ...CLIENTS.map((c) => `${c.number};${c.name};${c.email};01/10/2026;1200,00;EUR`),
    // Ordinary rows beside them, as in a real export (the columns are read from the values too).
    ...[1, 2, 3, 4].map(
      (i) =>
        `LT-2026-00${i};Client ordinaire ${i};compta${i}@ordinaire${i}.example;0${i}/10/2026;${100 * i},00;EUR`,
    ),
  ].join('\n');
  await options
    .locator('#import input[type=file]')
    .setInputFiles([{ name: 'long.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) }]);
  await options.getByRole('button', { name: 'Importer 6 facture(s)' }).click();
  await options.getByText(/6 ajoutée\(s\)/).waitFor();
  ours = await stored(options);
  await options.close();
  // Still far longer than any surface is wide.
  for (const c of Object.values(ours)) expect(c.name.length).toBeGreaterThanOrEqual(200);
});

afterAll(async () => {
  await app?.close();
});

/** Our clients as the import stored them (ids, names as kept), read from an extension page. */
async function stored(page: Page): Promise<Record<string, { id: string; name: string }>> {
  const all = await page.evaluate(
    () =>
      new Promise<{ id: string; name: string }[]>((ok, ko) => {
        const r = indexedDB.open('relance-ledger');
        r.onerror = () => ko(r.error);
        r.onsuccess = () => {
          const g = r.result.transaction('clients').objectStore('clients').getAll();
          g.onsuccess = () => (ok(g.result), r.result.close());
        };
      }),
  );
  return Object.fromEntries(
    CLIENTS.map((c) => [c.tag, all.find((x) => x.name.startsWith(c.name.slice(0, 40)))!]),
  );
}

/** Nothing wider than the window: no sideways scroll on the page. */
async function fits(page: Page, where: string) {
  const [scroll, client] = await page.evaluate(() => [
    document.documentElement.scrollWidth,
    document.documentElement.clientWidth,
  ]);
  expect(scroll, `${where}: ${scroll} px wide in a ${client} px window`).toBeLessThanOrEqual(
    client + 1,
  );
}

/** Each long name shown there in an element that keeps the whole text in its title. */
async function titled(page: Page, selector: string, where: string) {
  for (const c of Object.values(ours)) {
    const el = page
      .locator(selector)
      .filter({ hasText: c.name.slice(0, 40) })
      .first();
    await el.waitFor();
    expect(await el.getAttribute('title'), `${where}: title`).toBe(c.name);
    expect(await el.textContent(), `${where}: text`).toBe(c.name);
  }
}

describe('overlong names, numbers and addresses', () => {
  it('the popup (its own 420 px) lists them within its width, names cut with the full text in a title', async () => {
    const popup = await openExt(app, 'popup.html', { width: 440, height: 600 });
    await popup.locator('.client-name').filter({ hasText: 'Longnospace' }).waitFor();
    await fits(popup, 'popup');
    await titled(popup, '.client-name', 'popup');
    await popup.close();
  });

  it('the side panel (360 px): its client list, client header, invoices, timeline and draft stay within its width', async () => {
    const list = await openExt(app, 'sidepanel.html', { width: 360, height: 700 });
    await list.getByText(CLIENTS[0]!.name.slice(0, 40)).first().waitFor();
    await fits(list, 'side panel list');
    await titled(list, 'li button strong', 'side panel list');
    await list.close();
    // At the side panel's width and at the docked compose panel's (~400 px, same page).
    for (const width of [360, 400]) {
      for (const c of CLIENTS) {
        const side = await openExt(
          app,
          `sidepanel.html?client=${encodeURIComponent(ours[c.tag]!.id)}`,
          { width, height: 800 },
        );
        await side.locator('[data-testid=draft-preview]').waitFor();
        await fits(side, `side panel ${width} px, ${c.tag}`);
        expect(await side.locator('.client-details h2').getAttribute('title')).toBe(
          ours[c.tag]!.name,
        );
        expect(await side.locator('.client-details h2').textContent()).toBe(ours[c.tag]!.name);
        await side.close();
      }
    }
  });

  it('the compose panel docked in Gmail fits its frame with the long name as recipient', async () => {
    for (const c of CLIENTS) {
      // Our Gmail compose fixture, its reply addressed to the long address.
      const html = readFileSync(
        join(ROOT, 'tests/fixtures/gmail/compose-2026-11.html'),
        'utf8',
      ).replaceAll('compta@boulangerie-martin.example', c.email);
      await app.context.route('https://mail.google.com/**', (route) =>
        route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }),
      );
      // The fixture's send behaviour is not needed to dock the panel.
      await app.context.route(/^https:\/\/mail\.google\.com\/relance-fixture\//, (route) =>
        route.fulfill({ status: 200, contentType: 'text/javascript', body: '' }),
      );
      const mail = await app.context.newPage();
      await mail.goto('https://mail.google.com/mail/u/0/#inbox');
      await expect.poll(() => mail.locator('.M9 relance-compose-button').count()).toBe(1);
      await clickHost(mail, '.M9 relance-compose-button');
      await expect
        .poll(() => mail.frames().some((f) => /\/sidepanel\.html/.test(f.url())))
        .toBe(true);
      const frame = mail.frames().find((f) => /\/sidepanel\.html/.test(f.url()))!;
      await frame.locator('[data-testid=draft-preview]').waitFor();
      const [scroll, client] = await frame.evaluate(() => [
        document.documentElement.scrollWidth,
        document.documentElement.clientWidth,
      ]);
      expect(scroll, `docked panel ${c.tag}: ${scroll} px in ${client} px`).toBeLessThanOrEqual(
        client + 1,
      );
      expect(await frame.locator('.client-details h2').getAttribute('title')).toBe(
        ours[c.tag]!.name,
      );
      await mail.close();
      await app.context.unrouteAll();
    }
  });

  it('the options page (1280 px) and the dashboard stay within their width', async () => {
    for (const width of [1280, 800]) {
      const options = await openExt(app, 'options.html', { width, height: 900 });
      await options.locator('#identity').waitFor();
      await fits(options, `options ${width} px`);
      await options.close();
      const dashboard = await openExt(app, 'dashboard.html', { width, height: 900 });
      await dashboard.getByText(CLIENTS[0]!.name.slice(0, 40)).first().waitFor();
      await fits(dashboard, `dashboard ${width} px`);
      await dashboard.close();
    }
  });

  it('the letters wrap the name, number and address within the page', async () => {
    for (const c of CLIENTS) {
      for (const kind of ['formal-notice', 'statement', 'evidence']) {
        const letter = await openExt(
          app,
          `letter.html?client=${encodeURIComponent(ours[c.tag]!.id)}&kind=${kind}&lang=fr`,
          { width: 800, height: 1000 },
        );
        await letter.locator('h1').waitFor();
        await letter.getByText(c.number.slice(0, 20)).first().waitFor();
        await fits(letter, `letter ${kind}, ${c.tag}`);
        await letter.close();
      }
    }
  });
});
