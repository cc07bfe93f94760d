import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, ElementHandle, Frame, Page } from 'puppeteer-core';
import { BEHAVIOUR_TYPE, behaviourScript } from '../../../tools/chromium/fixture-behaviour';
import { ROOT } from '../../../tools/chromium/harness';
import { EXT, keepLocal, openExtPage, until, type Route } from './harness';

/** Helpers that drive the extension's surfaces in Firefox like a person would. */

const fixture = (path: string) => readFileSync(join(ROOT, 'tests/fixtures', path), 'utf8');

/** Gmail and Outlook at their real addresses, from the fixtures (Gmail enforces Trusted Types; so does its copy). */
export const mailRoute = (gmailPage = 'compose-2026-11.html'): Route =>
  withBehaviour((url) => {
    if (url.startsWith('https://mail.google.com/')) {
      if (!url.startsWith('https://mail.google.com/mail/'))
        return { status: 404, contentType: 'text/plain', body: 'not found' };
      return {
        contentType: 'text/html; charset=utf-8',
        headers: { 'content-security-policy': "require-trusted-types-for 'script'" },
        body: fixture(`gmail/${gmailPage}`),
      };
    }
    if (url.startsWith('https://outlook.live.com/')) {
      if (!url.startsWith('https://outlook.live.com/mail/'))
        return { status: 404, contentType: 'text/plain', body: 'not found' };
      return {
        contentType: 'text/html; charset=utf-8',
        body: fixture('outlook/compose-2026-11.html'),
      };
    }
    return null;
  });

/** The route, with the fixtures' shared behaviour script (the stand-in for the app's own) served first. */
export const withBehaviour =
  (route: Route): Route =>
  (url) => {
    const js = behaviourScript(url);
    return js === null ? route(url) : { contentType: BEHAVIOUR_TYPE, body: js };
  };

export async function openMail(
  browser: Browser,
  url: string,
  outside: string[],
  route: Route = mailRoute(),
): Promise<Page> {
  const page = await browser.newPage();
  await keepLocal(page, route, outside);
  await page.goto(url);
  return page;
}

/** The element matching `selector` whose text matches `text`. */
/**
 * Clicks an element once it has stopped moving: the docked panel lays itself out again when
 * its data arrives, and a click aimed at a button that moved in between lands on nothing (a
 * flaky "no status" on a loaded machine). Settled means the same box over two painted frames.
 */
export async function clickSettled(
  where: Page | Frame,
  el: ElementHandle<Element>,
  what: string,
): Promise<void> {
  const frames = () =>
    where.evaluate(
      () => new Promise<void>((r) => requestAnimationFrame(() => requestAnimationFrame(() => r()))),
    );
  await until(async () => {
    const a = await el.boundingBox();
    await frames();
    const b = await el.boundingBox();
    return !!a && !!b && a.x === b.x && a.y === b.y && a.width === b.width && a.height === b.height;
  }, `${what} to stop moving`);
  await el.click();
}

export async function byText(
  where: Page | Frame,
  selector: string,
  text: RegExp,
): Promise<ElementHandle<Element>> {
  return until(async () => {
    const handle = await where.evaluateHandle(
      (sel, src, flags) => {
        const re = new RegExp(src, flags);
        return (
          [...document.querySelectorAll(sel)].find((e) => re.test(e.textContent ?? '')) ?? null
        );
      },
      selector,
      text.source,
      text.flags,
    );
    const el = handle.asElement() as ElementHandle<Element> | null;
    if (!el) await handle.dispose();
    return el;
  }, `${selector} with text ${text}`);
}

export const textOf = (where: Page | Frame, selector: string) =>
  where.evaluate((sel) => document.querySelector(sel)?.textContent ?? null, selector);

/** Sets the interface language on the options page, as a user would. */
export async function setUiLang(browser: Browser, lang: 'fr' | 'en'): Promise<void> {
  const options = await openExtPage(browser, 'options.html', 'select');
  const select = await until(
    () =>
      options
        .evaluateHandle(
          () =>
            [...document.querySelectorAll('select')].find((s) =>
              s.querySelector('option[value=auto]'),
            ) ?? null,
        )
        .then((h) => h.asElement() as ElementHandle<HTMLSelectElement> | null),
    'the interface language',
  );
  await select.select(lang);
  const form = await select.evaluateHandle((s) =>
    s.closest('form')!.querySelector('button[type=submit]')!,
  );
  await (form as ElementHandle<Element>).click();
  await until(
    () => options.evaluate((l) => document.documentElement.lang === l, lang),
    `the options page in ${lang}`,
  );
  await options.close();
}

/** The demo build seeds its data on install: wait until the popup lists clients. */
export async function waitForDemoData(browser: Browser): Promise<void> {
  const popup = await openExtPage(browser, 'popup.html', 'main');
  await until(
    async () => {
      if (await popup.evaluate(() => document.querySelectorAll('.client-name').length)) return true;
      await popup.evaluate(() => location.reload());
      return false;
    },
    'the demo data',
    20_000,
  );
  await popup.close();
}

/** The tab (an extension page) whose address starts with `path`, found by what each tab says it shows. */
export async function extTab(browser: Browser, path: string): Promise<Page> {
  const want = EXT + path;
  return until(async () => {
    for (const page of await browser.pages()) {
      const href = await page.evaluate(() => location.href).catch(() => '');
      if (href.startsWith(want)) return page;
    }
    return null;
  }, `a tab with ${path}`);
}

/** How many events a client's timeline shows in the side panel. */
export async function timelineCount(browser: Browser, clientId: string): Promise<number> {
  const side = await openExtPage(
    browser,
    `sidepanel.html?client=${encodeURIComponent(clientId)}`,
    '.client-details h2',
  );
  // A client with no event yet shows "—" where the list would be.
  await until(
    () =>
      side.evaluate(
        () =>
          !!document.querySelector('.timeline') ||
          [...document.querySelectorAll('section.card p.muted.small')].some(
            (p) => p.textContent === '—',
          ),
      ),
    'the timeline',
  );
  const n = await side.evaluate(() => document.querySelectorAll('.timeline li').length);
  await side.close();
  return n;
}
