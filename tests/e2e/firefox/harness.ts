import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type Frame, type HTTPRequest, type Page } from 'puppeteer-core';
import { ROOT } from '../../../tools/chromium/harness';

/**
 * Real Firefox (Debian's firefox-esr) with the Firefox build of the extension, driven
 * over WebDriver BiDi by puppeteer-core. What was learned driving it (Firefox ESR 153,
 * puppeteer-core 24.43, 2026-12-01):
 * - extension pages open only when Firefox runs with --remote-allow-system-access;
 * - page.goto on a moz-extension:// page may never resolve: navigate, then poll the content;
 * - extension tabs and the panel docked in a mail page are listed as about:blank: a frame
 *   is found by evaluating in each frame of the browsing-context tree;
 * - the extension's UUID (its moz-extension:// host) is fixed by the
 *   extensions.webextensions.uuids preference;
 * - an add-on installed with browser.installExtension is temporary: gone at the next
 *   start. A restart test installs it as a store install lives, in the profile's
 *   extensions folder (unsigned, which Firefox ESR accepts with signatures off).
 */
export const FIREFOX_DEMO_BUILD = join(ROOT, '.output/firefox-mv3-demo');
export const FIREFOX_BUILD = join(ROOT, '.output/firefox-mv3');
export const ADDON_ID = 'relance@relance.app';
export const EXTENSION_UUID = '3f6d2a9e-8c41-4b7a-9e15-6a0d4c2b7f31';
export const EXT = `moz-extension://${EXTENSION_UUID}/`;

const FIREFOX_CANDIDATES = [
  '/usr/bin/firefox-esr',
  '/usr/bin/firefox',
  '/Applications/Firefox.app/Contents/MacOS/firefox',
];

export function findFirefox(): string | null {
  const env = process.env.FIREFOX_PATH;
  if (env && existsSync(env)) return env;
  return FIREFOX_CANDIDATES.find((p) => existsSync(p)) ?? null;
}

export const NO_FIREFOX = `No Firefox found for the Firefox end-to-end tests.
Install Firefox ESR, then run the command again:
  Debian/Ubuntu:  sudo apt-get update && sudo apt-get install -y firefox-esr
or point FIREFOX_PATH at a Firefox binary.`;

export interface Firefox {
  browser: Browser;
  profile: string;
  close(): Promise<void>;
}

/**
 * Firefox with the add-on. `profile` reuses (and keeps) that profile, for a restart;
 * `inProfile` installs the add-on in the profile (it survives a restart) instead of as a
 * temporary add-on.
 */
export async function launchFirefox(
  opts: {
    extension?: string;
    profile?: string;
    inProfile?: boolean;
    prefs?: Record<string, unknown>;
  } = {},
): Promise<Firefox> {
  const executablePath = findFirefox();
  if (!executablePath) throw new Error(NO_FIREFOX);
  const extension = opts.extension ?? FIREFOX_DEMO_BUILD;
  if (!existsSync(join(extension, 'manifest.json')))
    throw new Error(
      `No built extension at ${extension}: run "npx wxt build -b firefox --mode demo" first`,
    );
  const profile = opts.profile ?? (await mkdtemp(join(tmpdir(), 'relance-firefox-')));
  if (opts.inProfile) {
    // A proxy file: the add-on's id, holding the path of its unpacked directory.
    await mkdir(join(profile, 'extensions'), { recursive: true });
    await writeFile(join(profile, 'extensions', ADDON_ID), extension);
  }
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless: true,
    dumpio: !!process.env.RELANCE_FIREFOX_LOG,
    userDataDir: profile,
    args: ['--remote-allow-system-access', '--width=1280', '--height=860'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: EXTENSION_UUID }),
      'xpinstall.signatures.required': false,
      'extensions.autoDisableScopes': 0,
      'extensions.enabledScopes': 15,
      'intl.accept_languages': 'fr-FR, fr',
      // Nothing of Firefox's own leaves the machine either.
      'browser.safebrowsing.malware.enabled': false,
      'browser.safebrowsing.phishing.enabled': false,
      'network.captive-portal-service.enabled': false,
      'network.connectivity-service.enabled': false,
      'browser.newtabpage.enabled': false,
      // RELANCE_FIREFOX_LOG=1: the browser console (extension errors included) on stderr.
      ...(process.env.RELANCE_FIREFOX_LOG
        ? { 'devtools.console.stdout.chrome': true, 'devtools.console.stdout.content': true }
        : {}),
      ...opts.prefs,
    },
  });
  if (!opts.inProfile) await browser.installExtension(extension);
  return {
    browser,
    profile,
    async close() {
      await browser.close();
      if (!opts.profile) await rm(profile, { recursive: true, force: true });
    },
  };
}

/** Waits until `fn` returns something truthy (or the time is up: then the last error). */
export async function until<T>(
  fn: () => Promise<T> | T,
  what: string,
  timeoutMs = 15_000,
): Promise<NonNullable<T>> {
  const end = Date.now() + timeoutMs;
  let last: unknown = null;
  for (;;) {
    try {
      const v = await fn();
      if (v) return v as NonNullable<T>;
    } catch (err) {
      last = err;
    }
    if (Date.now() > end)
      throw new Error(`timed out waiting for ${what}${last ? `: ${(last as Error).message}` : ''}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * Opens an extension page in a new tab and waits until it is loaded (goto may not
 * resolve for moz-extension:// pages). `ready` is a selector the page shows when ready.
 */
export async function openExtPage(browser: Browser, path: string, ready = 'body *'): Promise<Page> {
  const page = await browser.newPage();
  const url = EXT + path.replace(/^\//, '');
  page.goto(url).catch(() => undefined);
  await until(
    () =>
      page.evaluate(
        (u, sel) =>
          location.href === u &&
          document.readyState === 'complete' &&
          !!document.querySelector(sel),
        url,
        ready,
      ),
    `${path} to load`,
  );
  return page;
}

/** The extension's frame docked in a web page: found by its own URL, through the browsing-context tree. */
export async function extFrame(page: Page, path: string, ready = 'body *'): Promise<Frame> {
  const want = EXT + path.replace(/^\//, '');
  return until(async () => {
    for (const frame of page.frames()) {
      if (frame === page.mainFrame()) continue;
      const ok = await frame
        .evaluate(
          (u, sel) => location.href.startsWith(u) && !!document.querySelector(sel),
          want,
          ready,
        )
        .catch(() => false);
      if (ok) return frame;
    }
    return null;
  }, `the docked ${path}`);
}

export type Route = (url: string) => {
  status?: number;
  contentType: string;
  body: string | Buffer;
  headers?: Record<string, string>;
} | null;

/**
 * Every request of the page is answered locally: by `route` (fixtures at their real
 * addresses), or let through to 127.0.0.1 and the extension; anything else is aborted and
 * recorded in `outside`.
 */
export async function keepLocal(page: Page, route: Route, outside: string[]): Promise<void> {
  await page.setRequestInterception(true);
  page.on('request', (req: HTTPRequest) => {
    if (req.isInterceptResolutionHandled()) return;
    const url = req.url();
    const answer = route(url);
    if (answer) {
      void req.respond({
        status: answer.status ?? 200,
        contentType: answer.contentType,
        body: answer.body,
        headers: answer.headers,
      });
      return;
    }
    if (/^(http:\/\/127\.0\.0\.1[:/]|moz-extension:|data:|blob:|about:)/.test(url)) {
      void req.continue();
      return;
    }
    outside.push(url);
    void req.abort();
  });
}

/** Clicks what is at the middle of an element (a button in a closed shadow root is reached so, as a user would). */
export async function clickAt(page: Page | Frame, selector: string): Promise<void> {
  const el = await until(() => page.$(selector), selector);
  const box = await until(() => el.boundingBox(), `${selector} to be visible`);
  const target = 'page' in page ? page.page() : page;
  await target.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
}
