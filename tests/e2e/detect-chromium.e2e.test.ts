import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findChrome } from '../../tools/chromium/harness';
import { cliReading, PAGE_FILES, pageMarkup, READ_IN_PAGE, readerScript } from './detect-pages';

/** Every fixture page reads in Chromium as in the CLI (see detect-pages.ts). */
let browser: Browser;
let page: Page;
let script: string;
beforeAll(async () => {
  const chrome = findChrome();
  if (!chrome)
    throw new Error(
      'No Chromium found: install it (Debian: apt-get install -y chromium) or set CHROME_PATH',
    );
  script = await readerScript();
  browser = await chromium.launch({
    executablePath: chrome,
    args: ['--headless=new', '--no-sandbox', '--disable-gpu'],
  });
  const context = await browser.newContext();
  // Nothing leaves the machine: the pages' stylesheets and images are not fetched.
  await context.route('**/*', (r) => r.abort());
  page = await context.newPage();
});
afterAll(async () => {
  await browser?.close();
});

describe('fixture pages read in Chromium as in the CLI', () => {
  it.each(PAGE_FILES)('%s', async (name) => {
    await page.setContent(pageMarkup(name), { waitUntil: 'domcontentloaded' });
    await page.addScriptTag({ content: script });
    expect(await page.evaluate(READ_IN_PAGE)).toEqual(cliReading(name));
  });
});
