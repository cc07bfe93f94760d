import { build } from 'esbuild';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright-core';
import { renderDraft } from '../../lib/drafts/render';
import { ROOT, findChrome } from './harness';

/**
 * Relance's insertion code against the real editors mail and invoicing apps are built
 * on (installed from npm), in Chromium: the editor's own model receives the draft, the
 * editor's undo removes it, and it works on a page that enforces Trusted Types.
 */
let browser: Browser;
const bundles = new Map<string, string>();

/** One bundle per editor: an editor's start-up code must not break another's page. */
async function bundle(name: string): Promise<string> {
  let code = bundles.get(name);
  if (!code) {
    const out = await build({
      stdin: { contents: `import mount from './${name}'; import { expose } from './page'; expose(${JSON.stringify(name)}, mount);`, resolveDir: join(ROOT, 'tests/e2e/editors'), loader: 'ts' },
      bundle: true, format: 'iife', write: false, platform: 'browser', target: 'es2022', loader: { '.css': 'empty' },
    });
    code = out.outputFiles[0]!.text;
    bundles.set(name, code);
  }
  return code;
}
const draft = renderDraft({
  kind: 'reminder-1', lang: 'fr', tone: 'polite',
  client: { name: 'Boulangerie Martin', contactName: 'Claire Martin', kind: 'b2b' },
  sender: { name: 'Julie Moreau', company: 'Atelier Moreau' },
  invoices: [{ invoiceId: 'i', number: 'F-2026-014', issueDate: '2026-09-01', dueDate: '2026-10-01', daysLate: 53, currency: 'EUR', total: 120000, paid: 0, amountDue: 120000, interest: 0, fixedFee: 0, uncertainDueDate: false }],
  amounts: [{ currency: 'EUR', principal: 120000, paid: 0, interest: 0, fixedFees: 0, totalClaimed: 120000 }],
  daysLate: 53, history: [], jurisdiction: 'fr-b2b', lawRef: '', today: '2026-11-23',
});

beforeAll(async () => {
  browser = await chromium.launch({ executablePath: findChrome()!, headless: false, args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'] });
});
afterAll(async () => browser?.close());

async function editorPage(name: string, trustedTypes: boolean): Promise<Page> {
  const page = await browser.newPage();
  await page.route('https://editors.relance.test/', (r) =>
    r.fulfill({
      status: 200,
      contentType: 'text/html',
      headers: trustedTypes ? { 'content-security-policy': "require-trusted-types-for 'script'; trusted-types relance-test-page" } : {},
      body: '<!doctype html><html><head><meta charset="utf-8"></head><body></body></html>',
    }),
  );
  await page.goto('https://editors.relance.test/');
  // Evaluated through the debugger protocol, which a page's CSP does not govern.
  await page.evaluate(await bundle(name));
  return page;
}

type Api = { relanceEditors: { mount(): Promise<void>; insert(d: { text: string; html: string }): Promise<string>; text(): string; undo(): void; focus(): void } };
const api = (page: Page) => ({
  mount: () => page.evaluate(() => (window as unknown as Api).relanceEditors.mount()),
  insert: (d: { text: string; html: string }) => page.evaluate((x) => (window as unknown as Api).relanceEditors.insert(x), d),
  text: () => page.evaluate(() => (window as unknown as Api).relanceEditors.text()),
  undo: () => page.evaluate(() => (window as unknown as Api).relanceEditors.undo()),
  focus: () => page.evaluate(() => (window as unknown as Api).relanceEditors.focus()),
});

const EDITORS = ['quill', 'prosemirror', 'roosterjs', 'lexical', 'ckeditor5', 'tinymce', 'plain', 'textarea'];
// Quill, roosterjs, CKEditor 5 and TinyMCE assign innerHTML or call DOMParser themselves,
// so they cannot start on a page that requires Trusted Types; the others can.
const TRUSTED = ['prosemirror', 'lexical', 'plain', 'textarea'];

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
        expect(violations).toEqual([]);
        await page.close();
      });
    }
  }
});
