import { createServer, type Server } from 'node:http';
import { readFile, mkdtemp, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

/**
 * What the end-to-end suite, `npm start` and the benchmarks share: a static server on
 * 127.0.0.1 for demo and fixture pages, and a real Chromium with the built extension.
 */
export const ROOT = resolve(import.meta.dirname, '../..');
export const DEMO_BUILD = join(ROOT, '.output/chrome-mv3-demo');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.xml': 'application/xml',
  '.pdf': 'application/pdf',
  '.csv': 'text/csv',
};

function localDate(offsetDays: number): string {
  const d = new Date();
  d.setDate(d.getDate() + offsetDays);
  return `${String(d.getDate()).padStart(2, '0')}/${String(d.getMonth() + 1).padStart(2, '0')}/${d.getFullYear()}`;
}

/** Fill {{date:N}} with today + N days (dd/mm/yyyy), so the demo always tells the same story. */
export function fillDates(html: string): string {
  return html.replace(/\{\{date:(-?\d+)\}\}/g, (_, n: string) => localDate(Number(n)));
}

export async function serve(
  dir: string,
  port = 0,
): Promise<{ url: string; close(): Promise<void> }> {
  const server: Server = createServer(async (req, res) => {
    const path = normalize(
      decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname),
    ).replace(/^(\.\.[/\\])+/, '');
    const file = join(dir, path === '/' ? 'index.html' : path);
    if (!file.startsWith(dir) || !existsSync(file)) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    const body = await readFile(file);
    res
      .writeHead(200, { 'content-type': type, 'cache-control': 'no-store' })
      .end(type.startsWith('text/html') ? fillDates(body.toString('utf8')) : body);
  });
  await new Promise<void>((ok, ko) => {
    // A port in use is an error the caller can explain, not an uncaught exception.
    server.once('error', ko);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', ko);
      ok();
    });
  });
  const address = server.address();
  const actual = typeof address === 'object' && address ? address.port : port;
  return {
    url: `http://127.0.0.1:${actual}`,
    // Chromium keeps sockets open, some never used (preconnects): Node would wait up to its
    // headers timeout (60 s) plus a check interval for those before `close` returns.
    close: () =>
      new Promise((ok) => {
        server.close(() => ok());
        server.closeAllConnections();
      }),
  };
}

export const CHROME_CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/snap/bin/chromium',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
];

export function findChrome(): string | null {
  const env = process.env.CHROME_PATH;
  if (env && existsSync(env)) return env;
  return CHROME_CANDIDATES.find((p) => existsSync(p)) ?? null;
}

export const NO_BROWSER = `No Chromium or Chrome found.
Install one, then run the command again:
  Debian/Ubuntu:  sudo apt-get update && sudo apt-get install -y chromium
  Fedora:         sudo dnf install chromium
  macOS:          brew install --cask chromium
or point CHROME_PATH at a Chromium/Chrome binary (branded Chrome 137+ ignores --load-extension: prefer Chromium).`;

export interface Launched {
  context: BrowserContext;
  extensionId: string;
  close(): Promise<void>;
}

/** Chromium's command line for a profile with the extension loaded (Playwright or not). */
export function chromiumArgs(
  extension: string,
  opts: { headless?: boolean; locale?: string } = {},
): string[] {
  if (!existsSync(join(extension, 'manifest.json')))
    throw new Error(`No built extension at ${extension}: run "npx wxt build --mode demo" first`);
  const args = [
    `--disable-extensions-except=${extension}`,
    `--load-extension=${extension}`,
    '--no-first-run',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-quic',
    `--lang=${opts.locale ?? 'fr-FR'}`,
  ];
  if (process.getuid?.() === 0 || process.env.CI) args.push('--no-sandbox');
  if (opts.headless !== false) args.push('--headless=new');
  return args;
}

/**
 * Chromium with the extension, driven by Playwright. `profile` keeps the profile in that
 * directory after close (the benchmarks reopen it without Playwright); otherwise it is
 * a temporary one, removed on close.
 */
export async function launch(
  opts: { extension?: string; headless?: boolean; locale?: string; profile?: string } = {},
): Promise<Launched> {
  const executablePath = findChrome();
  if (!executablePath) throw new Error(NO_BROWSER);
  const args = chromiumArgs(opts.extension ?? DEMO_BUILD, opts);
  const profile = opts.profile ?? (await mkdtemp(join(tmpdir(), 'relance-profile-')));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: false,
    args,
    locale: opts.locale ?? 'fr-FR',
    viewport: { width: 1280, height: 860 },
  });
  const worker =
    context.serviceWorkers()[0] ??
    (await context.waitForEvent('serviceworker', { timeout: 20_000 }));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    extensionId,
    async close() {
      await context.close();
      if (!opts.profile) await rm(profile, { recursive: true, force: true });
    },
  };
}
