import type { Browser, Page } from 'puppeteer-core';

/**
 * What a test needs that a web page cannot have, through WebDriver BiDi itself (Firefox
 * ESR 153, puppeteer-core 24.43, 2026-12-01):
 * - Relance's UI in a mail page lives in closed shadow roots. BiDi serialises a node's
 *   closed shadow root when asked (serializationOptions.includeShadowTree: "all"), and a
 *   shared reference to that root can be passed back to a function: the test reads the UI
 *   and finds a button's place, then clicks there with the mouse, a trusted click.
 * - The browser console (what Firefox itself reports about an add-on, e.g. "Promise
 *   rejected after context unloaded") is read in the browser's own chrome window, which
 *   BiDi lists with "moz:scope": "chrome" when Firefox runs with --remote-allow-system-access.
 */
interface Bidi {
  send(method: string, params: object): Promise<{ result: Record<string, unknown> }>;
}
const bidi = (browser: Browser) => (browser as unknown as { connection: Bidi }).connection;
const contextOf = (page: Page) => (page.mainFrame() as unknown as { _id: string })._id;

interface Remote {
  type: string;
  value?: unknown;
  sharedId?: string;
}

async function call(
  page: Page,
  fn: string,
  args: object[],
  serialization?: object,
): Promise<Remote> {
  const res = await bidi(page.browser()).send('script.callFunction', {
    functionDeclaration: fn,
    arguments: args,
    target: { context: contextOf(page) },
    awaitPromise: true,
    resultOwnership: 'none',
    ...(serialization ? { serializationOptions: serialization } : {}),
  });
  const out = res.result as { type: string; result?: Remote; exceptionDetails?: { text: string } };
  if (out.type !== 'success' || !out.result)
    throw new Error(out.exceptionDetails?.text ?? 'script failed');
  return out.result;
}

/** A shared reference to the closed shadow root of the element `selector`, or null. */
async function closedRoot(page: Page, selector: string): Promise<string | null> {
  const host = await call(
    page,
    '(sel) => document.querySelector(sel)',
    [{ type: 'string', value: selector }],
    { includeShadowTree: 'all', maxDomDepth: 0 },
  );
  if (host.type !== 'node') return null;
  return (host.value as { shadowRoot?: { sharedId?: string } | null }).shadowRoot?.sharedId ?? null;
}

/** Reads `read(root)` (by default its text, styles left out) in the closed root of `selector`; null when there is none. */
export async function closedRootText(
  page: Page,
  selector: string,
  read: (root: ShadowRoot) => string = (root) => {
    // A shadow root cannot be cloned: its children are read, styles left out.
    const text = [...root.children]
      .filter((e) => e.localName !== 'style')
      .map((e) => e.textContent ?? '')
      .join(' ');
    return text.replace(/\s+/g, ' ').trim();
  },
): Promise<string | null> {
  const root = await closedRoot(page, selector);
  if (!root) return null;
  const res = await call(page, `(root) => (${read.toString()})(root)`, [{ sharedId: root }]);
  return typeof res.value === 'string' ? res.value : null;
}

/** A trusted mouse click on the `target` element with text `text` inside the closed root of `selector`. */
export async function closedRootClick(
  page: Page,
  selector: string,
  target: string,
  text: string,
): Promise<void> {
  const root = await closedRoot(page, selector);
  if (!root) throw new Error(`no closed root at ${selector}`);
  const res = await call(
    page,
    `(root, sel, text) => {
    const el = [...root.querySelectorAll(sel)].find((e) => e.textContent.trim() === text);
    if (!el) return null;
    const r = el.getBoundingClientRect();
    return JSON.stringify({ x: r.x + r.width / 2, y: r.y + r.height / 2 });
  }`,
    [{ sharedId: root }, { type: 'string', value: target }, { type: 'string', value: text }],
  );
  if (typeof res.value !== 'string') throw new Error(`no ${target} “${text}” in ${selector}`);
  const at = JSON.parse(res.value) as { x: number; y: number };
  await page.mouse.click(at.x, at.y);
}

/** The browser console from now on: every message Firefox's console service logs. */
export async function browserConsole(
  browser: Browser,
): Promise<{ count(): Promise<number>; since(n: number): Promise<string[]> }> {
  const tree = await bidi(browser).send('browsingContext.getTree', { 'moz:scope': 'chrome' });
  const context = (tree.result.contexts as { context: string; url: string }[]).find(
    (c) => c.url === 'chrome://browser/content/browser.xhtml',
  )?.context;
  if (!context)
    throw new Error('no chrome window (is Firefox running with --remote-allow-system-access?)');
  const evaluate = async (expression: string) => {
    const res = await bidi(browser).send('script.evaluate', {
      expression,
      target: { context },
      awaitPromise: false,
      resultOwnership: 'none',
    });
    const out = res.result as {
      type: string;
      result?: Remote;
      exceptionDetails?: { text: string };
    };
    if (out.type !== 'success')
      throw new Error(out.exceptionDetails?.text ?? 'chrome script failed');
    return out.result?.value;
  };
  await evaluate(`(() => {
    if (globalThis.relanceConsole) return 0;
    const seen = (globalThis.relanceConsole = []);
    Services.console.registerListener({ observe: (m) => seen.push(String(m.message ?? m.errorMessage ?? m)) });
    return 0;
  })()`);
  return {
    count: async () => Number(await evaluate('globalThis.relanceConsole.length')),
    since: async (n) =>
      JSON.parse(
        String(await evaluate(`JSON.stringify(globalThis.relanceConsole.slice(${Number(n)}))`)),
      ) as string[],
  };
}

/**
 * Clicks the extension's notification as shown on screen. With alerts.useSystemBackend
 * off, Firefox shows a notification in its own alert window (chrome://global/content/
 * alerts/alert.xhtml), listed by BiDi in the chrome scope; a click on its box is what the
 * user's click does there (alert.js: the click callback, then notifications.onClicked).
 */
export async function clickNotification(browser: Browser, title: string): Promise<void> {
  const conn = bidi(browser);
  const deadline = Date.now() + 15_000;
  for (;;) {
    const tree = await conn.send('browsingContext.getTree', { 'moz:scope': 'chrome' });
    const alerts = (tree.result.contexts as { context: string; url: string }[]).filter(
      (c) => c.url === 'chrome://global/content/alerts/alert.xhtml',
    );
    for (const a of alerts) {
      const res = await conn.send('script.evaluate', {
        expression: `(() => { const box = document.getElementById('alertBox'); if (!box || document.getElementById('alertTitleLabel')?.value !== ${JSON.stringify(title)}) return false; box.click(); return true; })()`,
        target: { context: a.context },
        awaitPromise: false,
      });
      if ((res.result as { result?: Remote }).result?.value === true) return;
    }
    if (Date.now() > deadline) throw new Error(`no notification “${title}” on screen`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
