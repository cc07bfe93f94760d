import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { findFirefox, keepLocal, NO_FIREFOX, until } from './harness';
import {
  bundle,
  draft,
  EDITORS,
  INSERTED_PARTS,
  TRUSTED,
  type EditorsApi as Api,
} from '../editors/bundle';

/**
 * The editors matrix of editors.e2e.test.ts in real Firefox: Relance's insertion code
 * against the editors mail and invoicing apps are built on; the editor's own model gets
 * the draft and one undo of the editor's own removes all of it.
 */
let browser: Browser;
const outside: string[] = [];

beforeAll(async () => {
  const executablePath = findFirefox();
  if (!executablePath) throw new Error(NO_FIREFOX);
  browser = await puppeteer.launch({ browser: 'firefox', executablePath, headless: true });
});
afterAll(async () => browser?.close());

async function editorPage(trustedTypes: boolean): Promise<Page> {
  const page = await browser.newPage();
  await keepLocal(
    page,
    (url) =>
      !url.startsWith('https://editors.relance.test/')
        ? null
        : url !== 'https://editors.relance.test/'
          ? { status: 404, contentType: 'text/plain', body: 'not found' }
          : {
              contentType: 'text/html; charset=utf-8',
              headers: trustedTypes
                ? {
                    'content-security-policy':
                      "require-trusted-types-for 'script'; trusted-types relance-test-page",
                  }
                : undefined,
              body: '<!doctype html><html><head><meta charset="utf-8"></head><body></body></html>',
            },
    outside,
  );
  await page.goto('https://editors.relance.test/');
  return page;
}

describe('inserting a draft into real editors, in Firefox', () => {
  for (const trusted of [false, true]) {
    for (const name of trusted ? TRUSTED : EDITORS) {
      it(`${name}${trusted ? ' (Trusted Types page)' : ''}: the editor's model gets the draft, and one undo removes all of it`, async () => {
        const page = await editorPage(trusted);
        const errors: string[] = [];
        page.on('console', (m) => {
          if (m.type() === 'error') errors.push(m.text());
        });
        // Evaluated through WebDriver BiDi, which a page's CSP does not govern.
        await page.evaluate(await bundle(name));
        await page.evaluate(() => (window as unknown as Api).relanceEditors.mount());
        const method = await page.evaluate(
          (d) => (window as unknown as Api).relanceEditors.insert(d),
          { text: draft.text, html: draft.html },
        );
        expect(['paste', 'insertText', 'textarea']).toContain(method);
        const text = () => page.evaluate(() => (window as unknown as Api).relanceEditors.text());
        await until(async () => /F-2026-014/.test(await text()), 'the draft in the editor’s model');
        const inserted = await text();
        expect(inserted).toMatch(/Sauf erreur de notre part/);
        expect(inserted).toMatch(/Julie Moreau/);
        await page.evaluate(() => (window as unknown as Api).relanceEditors.focus());
        await page.evaluate(() => (window as unknown as Api).relanceEditors.undo());
        await until(async () => !/F-2026-014/.test(await text()), 'one undo to remove the draft');
        const left = await text();
        for (const part of INSERTED_PARTS) expect(left).not.toMatch(part);
        expect(errors.filter((e) => /Trusted ?Type|TrustedHTML/i.test(e))).toEqual([]);
        await page.close();
      });
    }
  }

  it('no request left the machine', () => expect(outside).toEqual([]));
});
