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
let code: string;
const draft = renderDraft({
  kind: 'reminder-1', lang: 'fr', tone: 'polite',
  client: { name: 'Boulangerie Martin', contactName: 'Claire Martin', kind: 'b2b' },
  sender: { name: 'Julie Moreau', company: 'Atelier Moreau' },
  invoices: [{ invoiceId: 'i', number: 'F-2026-014', issueDate: '2026-09-01', dueDate: '2026-10-01', daysLate: 53, currency: 'EUR', total: 120000, paid: 0, amountDue: 120000, interest: 0, fixedFee: 0, uncertainDueDate: false }],
  amounts: [{ currency: 'EUR', principal: 120000, paid: 0, interest: 0, fixedFees: 0, totalClaimed: 120000 }],
  daysLate: 53, history: [], jurisdiction: 'fr-b2b', lawRef: '', today: '2026-11-23',
});

beforeAll(async () => {
  const out = await build({ entryPoints: [join(ROOT, 'tests/e2e/editors/entry.ts')], bundle: true, format: 'iife', write: false, platform: 'browser', target: 'es2022', loader: { '.css': 'empty' } });
  code = out.outputFiles[0]!.text;
  browser = await chromium.launch({ executablePath: findChrome()!, headless: false, args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'] });
});
afterAll(async () => browser?.close());

async function editorPage(trustedTypes: boolean): Promise<Page> {
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
  await page.evaluate(code);
  return page;
}

type Api = { relanceEditors: { mount(n: string): void; insert(n: string, d: { text: string; html: string }): Promise<string>; text(n: string): string; undo(n: string): void; focus(n: string): void } };

describe('inserting a draft into real editors', () => {
  // On the Trusted Types page, the editors whose own code stays within that policy.
  for (const trusted of [false, true]) {
    for (const name of trusted ? ['prosemirror', 'plain', 'textarea'] : ['quill', 'prosemirror', 'roosterjs', 'plain', 'textarea']) {
      it(`${name}${trusted ? ' (Trusted Types page)' : ''}: the editor's model gets the draft, and its undo removes it`, async () => {
        const page = await editorPage(trusted);
        const violations: string[] = [];
        page.on('console', (m) => {
          if (/TrustedHTML|Trusted Type/i.test(m.text())) violations.push(m.text());
        });
        await page.evaluate((n) => (window as unknown as Api).relanceEditors.mount(n), name);
        const method = await page.evaluate(([n, d]) => (window as unknown as Api).relanceEditors.insert(n as string, d as { text: string; html: string }), [name, { text: draft.text, html: draft.html }] as const);
        expect(['paste', 'insertText', 'textarea']).toContain(method);
        await expect.poll(() => page.evaluate((n) => (window as unknown as Api).relanceEditors.text(n), name)).toMatch(/F-2026-014/);
        const text = await page.evaluate((n) => (window as unknown as Api).relanceEditors.text(n), name);
        expect(text).toMatch(/Sauf erreur de notre part/);
        expect(text).toMatch(/Julie Moreau/);
        // The editor's own undo: its history plugin, or the browser's for plain fields.
        await page.evaluate((n) => (window as unknown as Api).relanceEditors.focus(n), name);
        await page.evaluate((n) => (window as unknown as Api).relanceEditors.undo(n), name);
        await expect.poll(() => page.evaluate((n) => (window as unknown as Api).relanceEditors.text(n), name)).not.toMatch(/F-2026-014/);
        expect(violations).toEqual([]);
        await page.close();
      });
    }
  }
});
