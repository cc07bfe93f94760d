import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseHtmlInNode } from '../../lib/cli/node-dom';
import { detectedJson } from '../../lib/detect/invoice-reading';
import { scanFile } from '../../lib/detect/scan-file';
import { ROOT, findChrome } from '../../tools/chromium/harness';

/**
 * Invoices printed to PDF by a real layout engine: Chromium prints our invoice pages (its
 * fonts embedded as subsets, its own text runs and spacing, tight table columns), and
 * Relance reads each PDF from its text. What it reads must be what it reads on the page —
 * or nothing, never another figure.
 */
let browser: Browser;
beforeAll(async () => {
  const chrome = findChrome();
  if (!chrome)
    throw new Error(
      'No Chromium found: install it (Debian: apt-get install -y chromium) or set CHROME_PATH',
    );
  browser = await chromium.launch({
    executablePath: chrome,
    args: ['--headless=new', '--no-sandbox', '--disable-gpu'],
  });
});
afterAll(async () => {
  await browser?.close();
});

const FIELDS = ['invoiceNumber', 'issueDate', 'dueDate', 'currency', 'amountDue'] as const;

describe('printed PDFs read from their text', () => {
  it.each([
    'fr-generic-invoice.html',
    'en-us-invoice.html',
    'terms-invoice.html',
    'stripe-hosted-invoice.html',
    'ambiguous-date.html',
  ])('%s printed to PDF reads as the page does', async (name) => {
    const html = readFileSync(join(ROOT, 'tests/fixtures/pages', name));
    const page = await browser.newPage();
    await page.setContent(html.toString('utf8'));
    const pdf = new Uint8Array(await page.pdf({ format: 'A4' }));
    await page.close();
    const fromPage = await scanFile(name, html, { parseHtml: parseHtmlInNode });
    const fromPdf = await scanFile(`${name}.pdf`, pdf, { parseHtml: parseHtmlInNode });
    expect(fromPdf.error).toBeNull();
    expect(fromPdf.fromText).toBe(true);
    const want = detectedJson(fromPage.invoices[0]!);
    const got = detectedJson(fromPdf.invoices[0]!);
    for (const f of FIELDS) expect(got[f], `${name}: ${f}`).toEqual(want[f]);
    expect(got.confidence).toBeLessThan(0.7);
  });
});
