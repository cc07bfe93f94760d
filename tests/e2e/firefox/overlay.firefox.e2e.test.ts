import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ElementHandle, Page } from 'puppeteer-core';
import { fillDates, ROOT } from '../harness';
import { FIREFOX_BUILD, keepLocal, launchFirefox, openExtPage, until, type Firefox, type Route } from './harness';
import { setUiLang } from './surfaces';

/**
 * The store build (no demo hosts) in Firefox: an invoicing app gets the overlay only once
 * the user has enabled its address on the options page and the browser has granted that
 * optional host permission. Firefox's permission prompt is answered "allow" by its own
 * testing preference; the click that asks is a real one.
 */
const SITE = 'https://factures.atelier-exemple.fr';
const INVOICE = `${SITE}/factures/FA-2026-0142`;
let ff: Firefox;
const outside: string[] = [];

const siteRoute: Route = (url) => {
  if (!url.startsWith(`${SITE}/`)) return null;
  if (url !== INVOICE) return { status: 404, contentType: 'text/plain', body: 'not found' };
  return { contentType: 'text/html; charset=utf-8', body: fillDates(readFileSync(join(ROOT, 'tests/fixtures/pages/fr-generic-invoice.html'), 'utf8')) };
};

const granted = (page: Page) =>
  page.evaluate((origin) => (globalThis as unknown as { browser: { permissions: { contains(p: { origins: string[] }): Promise<boolean> } } }).browser.permissions.contains({ origins: [origin] }), `${SITE}/*`);

/** A button of the overlay (an open shadow root), by its text. */
async function overlayButton(page: Page, text: RegExp): Promise<ElementHandle<Element>> {
  return until(async () => {
    const handle = await page.evaluateHandle((src) => {
      const root = document.querySelector('relance-overlay')?.shadowRoot;
      return [...(root?.querySelectorAll('button') ?? [])].find((b) => new RegExp(src).test(b.textContent ?? '')) ?? null;
    }, text.source);
    return handle.asElement() as ElementHandle<Element> | null;
  }, `the overlay's ${text} button`);
}

const overlayText = (page: Page) => page.evaluate(() => document.querySelector('relance-overlay')?.shadowRoot?.textContent ?? '');

beforeAll(async () => {
  ff = await launchFirefox({ extension: FIREFOX_BUILD, prefs: { 'extensions.webextOptionalPermissionPrompts': false } });
  await setUiLang(ff.browser, 'fr');
});
afterAll(async () => ff?.close());

describe('an invoicing app in Firefox, with the store build', () => {
  it('after the user enables the site on the options page, its invoice page gets the overlay; Track records it', async () => {
    const options = await openExtPage(ff.browser, 'options.html#sites', '#sites input');
    expect(await granted(options)).toBe(false);
    await options.type('#sites input', 'factures.atelier-exemple.fr');
    await (await options.$('#sites button[type=submit]'))!.click();
    await until(() => options.evaluate(() => document.querySelector('#sites [role=status]')?.textContent ?? ''), 'the answer');
    expect(await options.evaluate(() => document.querySelector('#sites [role=status]')?.textContent)).toBe(`Activé pour ${SITE}`);
    expect(await granted(options)).toBe(true);
    await options.close();

    const page = await ff.browser.newPage();
    await keepLocal(page, siteRoute, outside);
    await page.goto(INVOICE);
    await until(async () => /FA-2026-0142/.test(await overlayText(page)), 'the overlay with the invoice');
    await (await overlayButton(page, /^Suivre cette facture$/)).click();
    await (await overlayButton(page, /^Enregistrer$/)).click();
    await until(async () => /Enregistré/.test(await overlayText(page)), 'the invoice recorded');
    await page.close();

    const popup = await openExtPage(ff.browser, 'popup.html', 'main');
    await until(async () => {
      await popup.evaluate(() => location.reload());
      return until(() => popup.evaluate(() => [...document.querySelectorAll('li.card')].some((li) => /Menuiserie Lefèvre/.test(li.textContent ?? '') && /FA-2026-0142/.test(li.textContent ?? ''))), 'the popup', 2000).catch(() => false);
    }, 'the tracked invoice in the popup');
    await popup.close();
  });

  it('no request left the machine', () => expect(outside).toEqual([]));
});
