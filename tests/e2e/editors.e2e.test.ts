import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright-core';
import { findChrome } from '../../tools/chromium/harness';
import {
  bundle,
  draft,
  EDITORS,
  INSERTED_PARTS,
  TRUSTED,
  type EditorsApi as Api,
} from './editors/bundle';

/**
 * Relance's insertion code against the real editors mail and invoicing apps are built
 * on (installed from npm), in Chromium: the editor's own model receives the draft, the
 * editor's undo removes it, and it works on a page that enforces Trusted Types.
 */
let browser: Browser;

beforeAll(async () => {
  browser = await chromium.launch({
    executablePath: findChrome()!,
    headless: false,
    args: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--no-first-run',
    ],
  });
});
afterAll(async () => browser?.close());

async function editorPage(name: string, trustedTypes: boolean): Promise<Page> {
  const page = await browser.newPage();
  await page.route('https://editors.relance.test/', (r) =>
    r.fulfill({
      status: 200,
      contentType: 'text/html',
      headers: trustedTypes
        ? {
            'content-security-policy':
              "require-trusted-types-for 'script'; trusted-types relance-test-page",
          }
        : {},
      body: '<!doctype html><html><head><meta charset="utf-8"></head><body></body></html>',
    }),
  );
  await page.goto('https://editors.relance.test/');
  // Evaluated through the debugger protocol, which a page's CSP does not govern.
  await page.evaluate(await bundle(name));
  return page;
}

const api = (page: Page) => ({
  mount: () => page.evaluate(() => (window as unknown as Api).relanceEditors.mount()),
  insert: (d: { text: string; html: string }) =>
    page.evaluate((x) => (window as unknown as Api).relanceEditors.insert(x), d),
  text: () => page.evaluate(() => (window as unknown as Api).relanceEditors.text()),
  undo: () => page.evaluate(() => (window as unknown as Api).relanceEditors.undo()),
  focus: () => page.evaluate(() => (window as unknown as Api).relanceEditors.focus()),
});

describe('inserting a draft into real editors', () => {
  for (const trusted of [false, true]) {
    for (const name of trusted ? TRUSTED : EDITORS) {
      it(`${name}${trusted ? ' (Trusted Types page)' : ''}: the editor's model gets the draft, and its undo removes it`, async () => {
        const page = await editorPage(name, trusted);
        const violations: string[] = [];
        page.on('console', (m) => {
          if (/TrustedHTML|Trusted Type/i.test(m.text())) violations.push(m.text());
        });
        const editor = api(page);
        await editor.mount();
        const method = await editor.insert({ text: draft.text, html: draft.html });
        expect(['paste', 'insertText', 'textarea']).toContain(method);
        await expect.poll(editor.text).toMatch(/F-2026-014/);
        const text = await editor.text();
        expect(text).toMatch(/Sauf erreur de notre part/);
        expect(text).toMatch(/Julie Moreau/);
        // The editor's own undo: its history plugin, or the browser's for plain fields.
        await editor.focus();
        await editor.undo();
        await expect.poll(editor.text).not.toMatch(/F-2026-014/);
        const left = await editor.text();
        for (const part of INSERTED_PARTS) expect(left).not.toMatch(part);
        expect(violations).toEqual([]);
        await page.close();
      });
    }
  }
});
