import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliReading, PAGE_FILES, pageMarkup, READ_IN_PAGE, readerScript } from '../detect-pages';
import { findFirefox, keepLocal, NO_FIREFOX } from './harness';

/** Every fixture page reads in Firefox as in the CLI (see ../detect-pages.ts). */
let browser: Browser;
let page: Page;
let script: string;
const outside: string[] = [];

beforeAll(async () => {
  const executablePath = findFirefox();
  if (!executablePath) throw new Error(NO_FIREFOX);
  script = await readerScript();
  browser = await puppeteer.launch({ browser: 'firefox', executablePath, headless: true });
  page = await browser.newPage();
  // Nothing leaves the machine: what the pages link (stylesheets, images) is refused, never fetched.
  await keepLocal(page, () => null, outside);
});
afterAll(async () => browser?.close());

describe('fixture pages read in Firefox as in the CLI', () => {
  it.each(PAGE_FILES)('%s', async (name) => {
    await page.setContent(pageMarkup(name), { waitUntil: 'domcontentloaded' });
    await page.addScriptTag({ content: script });
    expect(await page.evaluate(READ_IN_PAGE)).toEqual(cliReading(name));
  });
});
