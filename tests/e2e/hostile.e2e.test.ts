import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import { ROOT, launch, serve, type Launched } from '../../tools/chromium/harness';
import { shadowAttr } from './closed-shadow';
import {
  clickHost,
  extUrl,
  openExt,
  waitForDemoData,
  dockedPanel,
} from '../../tools/chromium/surfaces';

/**
 * A hostile page at an enabled invoicing origin (the demo build's local
 * server) and a hostile script on the mail page (Gmail's address, served locally) try to
 * read what Relance knows and to act as the user. tests/fixtures/hostile/attack.js runs in
 * the page's own world; the test reads what it got, then checks the ledger from an
 * extension page. Playwright's own clicks are trusted, as a person's are.
 */
let app: Launched;
let fixtures: { url: string; close(): Promise<void> };
const HOSTILE = join(ROOT, 'tests/fixtures/hostile');

beforeAll(async () => {
  fixtures = await serve(join(ROOT, 'tests/fixtures'));
  app = await launch();
  await app.context.route('https://mail.google.com/**', (route) => {
    const path = new URL(route.request().url()).pathname;
    const js = path === '/hostile/attack.js';
    return route.fulfill({
      status: 200,
      contentType: js ? 'text/javascript' : 'text/html; charset=utf-8',
      body: readFileSync(join(HOSTILE, js ? 'attack.js' : 'mail.html'), 'utf8'),
    });
  });
  await waitForDemoData(app);
});

afterAll(async () => {
  await app?.close();
  await fixtures?.close();
});

interface Hostile {
  read: { what: string; value: string }[];
  clicked: number;
  frames: string[];
}
const hostile = (page: Page) =>
  page.evaluate(() => (window as unknown as { __hostile: Hostile }).__hostile);

/** One invoice as the ledger holds it, read from an extension page. */
async function ledgerInvoice(
  id: string,
): Promise<
  { amountDue: number; status: string; conflicts?: { field: string; value: string }[] } | undefined
> {
  const page = await openExt(app, 'popup.html');
  try {
    return await page.evaluate(
      (key) =>
        new Promise((ok, ko) => {
          const r = indexedDB.open('relance-ledger');
          r.onerror = () => ko(r.error);
          r.onsuccess = () => {
            const g = r.result.transaction('invoices').objectStore('invoices').get(key);
            g.onsuccess = () => (ok(g.result), r.result.close());
          };
        }),
      id,
    );
  } finally {
    await page.close();
  }
}

async function ledgerCounts(): Promise<{ invoices: number; events: number }> {
  const page = await openExt(app, 'popup.html');
  try {
    return await page.evaluate(
      () =>
        new Promise((ok, ko) => {
          const r = indexedDB.open('relance-ledger');
          r.onerror = () => ko(r.error);
          r.onsuccess = () => {
            const tx = r.result.transaction(['invoices', 'events']);
            const i = tx.objectStore('invoices').count();
            const e = tx.objectStore('events').count();
            tx.oncomplete = () => (ok({ invoices: i.result, events: e.result }), r.result.close());
          };
        }),
    );
  } finally {
    await page.close();
  }
}

/** The overlay frame, as the user (and only the user) sees it. */
async function overlayFrame(page: Page): Promise<Frame> {
  await page.locator('relance-overlay').waitFor({ state: 'attached' });
  await expect
    .poll(() =>
      page
        .frames()
        .some(
          (f) =>
            /\/overlay\.html/.test(f.url()) &&
            f.parentFrame() === page.mainFrame() &&
            !/#/.test(f.url()),
        ),
    )
    .toBe(true);
  return page.frames().find((f) => /\/overlay\.html/.test(f.url()) && !/#/.test(f.url()))!;
}

/** Our frames say whether they were given a grant on their own root element; the page cannot read it. */
async function grantOf(frame: Frame): Promise<string | undefined> {
  await expect
    .poll(() => frame.evaluate(() => document.documentElement.dataset.grant).catch(() => undefined))
    .toMatch(/^(ok|refused)$/);
  return frame.evaluate(() => document.documentElement.dataset.grant);
}

const ownedText =
  /Non suivie|Not tracked|partiellement payée|Boulangerie Martin SARL|Prochaine étape|retard moyen|Conseil|Relance ·/;

describe('a hostile page at an enabled invoicing origin', () => {
  it('cannot read the overlay, press its buttons, learn about other invoices, open tabs or change the ledger', async () => {
    const before = await ledgerInvoice('inv:F-2026-052');
    expect(before).toMatchObject({ amountDue: 150000, status: 'open' });
    const counts = await ledgerCounts();
    const page = await app.context.newPage();
    await page.goto(`${fixtures.url}/hostile/invoice.html`);
    const frame = await overlayFrame(page);
    await expect.poll(() => frame.getByText('F-2026-052').count()).toBeGreaterThan(0);
    const tabs = app.context.pages().length;

    const sizes = await page.evaluate(() =>
      (
        window as unknown as { __readHost(s: string): { width: number; height: number }[] }
      ).__readHost('relance-overlay'),
    );
    await page.evaluate(() =>
      (window as unknown as { __press(s: string): void }).__press('relance-overlay'),
    );
    const got = await hostile(page);
    expect(got.read.find((r) => r.what === 'shadowRoot')?.value).toBe('null');
    expect(got.read.filter((r) => r.what === 'shadowText')).toEqual([]);
    expect(got.read.find((r) => r.what === 'iframes')?.value).toBe('0');
    for (const r of got.read.filter((x) => x.what === 'frame')) expect(r.value).toBe('');
    for (const r of got.read) expect(r.value, r.what).not.toMatch(ownedText);
    expect(got.clicked).toBeGreaterThan(0);
    expect(sizes).toHaveLength(1);

    // The invoice is a real one, first recorded elsewhere: this site learns nothing of it,
    // and no client profile is asked for until the user does.
    expect(await frame.getByText('Non suivie').count()).toBe(1);
    expect(await frame.locator('.client-profile').count()).toBe(0);
    expect(await frame.locator('form').count()).toBe(0);
    expect(app.context.pages().length).toBe(tabs);
    expect(await ledgerInvoice('inv:F-2026-052')).toEqual(before);
    expect(await ledgerCounts()).toEqual(counts);

    // The user's own click asks for the profile, and gets it.
    await frame.getByRole('button', { name: 'Profil du client' }).click();
    await expect
      .poll(() => frame.locator('.client-profile').textContent())
      .toMatch(/Studio Lumière.*Conseil/);
    // Even the user's own Track + Save of what this page shows does not settle the real
    // invoice, which this overlay did not show as tracked: the page's value waits as a conflict.
    await frame.getByRole('button', { name: 'Suivre cette facture' }).click();
    await frame.getByRole('button', { name: 'Enregistrer' }).click();
    await expect.poll(() => frame.getByRole('status').textContent()).toMatch(/Enregistré/);
    const after = await ledgerInvoice('inv:F-2026-052');
    expect(after).toMatchObject({ amountDue: 150000, status: 'open' });
    expect(after!.conflicts).toEqual(
      expect.arrayContaining([expect.objectContaining({ field: 'amountDue', value: '0' })]),
    );
    await page.close();
  });

  it('a page observation does not settle invoices recorded elsewhere: a list showing them paid, imported by the user, leaves them due', async () => {
    const page = await app.context.newPage();
    await page.goto(`${fixtures.url}/hostile/list.html`);
    const frame = await overlayFrame(page);
    await expect.poll(() => frame.getByText('2 factures détectées').count()).toBe(1);
    await page.evaluate(() =>
      (window as unknown as { __press(s: string): void }).__press('relance-overlay'),
    );
    expect(await ledgerInvoice('inv:F-2026-044')).toMatchObject({
      amountDue: 86400,
      status: 'open',
    });
    await frame.getByRole('button', { name: /Importer la sélection/ }).click();
    await expect.poll(() => frame.getByRole('status').textContent()).toMatch(/Enregistré \(2\)/);
    for (const id of ['inv:F-2026-052', 'inv:F-2026-044']) {
      const inv = await ledgerInvoice(id);
      expect(inv, id).toMatchObject({ status: 'open' });
      expect(inv!.amountDue, id).toBeGreaterThan(0);
      // What the page said is kept for the user to confirm.
      expect(inv!.conflicts, id).toEqual(
        expect.arrayContaining([expect.objectContaining({ field: 'amountDue', value: '0' })]),
      );
    }
    await page.close();
  });

  it('framing overlay.html itself, with no token or a made-up one, shows nothing', async () => {
    const page = await app.context.newPage();
    await page.goto(`${fixtures.url}/hostile/invoice.html`);
    await overlayFrame(page);
    for (const url of [
      extUrl(app, 'overlay.html'),
      extUrl(app, `overlay.html#t=${'0'.repeat(64)}`),
    ]) {
      await page.evaluate(
        (u) => (window as unknown as { __frame(u: string): void }).__frame(u),
        url,
      );
    }
    await expect
      .poll(
        () =>
          page
            .frames()
            .filter((f) => f.parentFrame() === page.mainFrame() && /overlay\.html/.test(f.url()))
            .length,
      )
      .toBe(3);
    const theirs = page
      .frames()
      .filter((f) => /overlay\.html/.test(f.url()))
      .slice(1);
    for (const f of theirs) {
      expect(await grantOf(f)).toBe('refused');
      expect((await f.locator('body').innerText()).trim()).toBe('');
    }
    await page.close();
  });
});

describe('a hostile script on the mail page', () => {
  /** The overdue count our button draws, read through the devtools protocol (which sees closed roots; a page cannot). */
  async function drawnCounts(page: Page): Promise<(string | null)[]> {
    const cdp = await page.context().newCDPSession(page);
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as {
      root: Node;
    };
    await cdp.detach();
    interface Node {
      nodeName: string;
      attributes?: string[];
      children?: Node[];
      shadowRoots?: Node[];
    }
    const out: (string | null)[] = [];
    const walk = (n: Node, inButton: boolean) => {
      const attrs = n.attributes ?? [];
      const cls = attrs[attrs.indexOf('class') + 1];
      if (inButton && n.nodeName === 'SPAN' && attrs.indexOf('class') >= 0 && cls === 'n')
        out.push(attrs.includes('data-n') ? attrs[attrs.indexOf('data-n') + 1]! : null);
      const isHost = n.nodeName === 'RELANCE-COMPOSE-BUTTON';
      for (const c of [...(n.shadowRoots ?? []), ...(n.children ?? [])])
        walk(c, inButton || isHost);
    };
    walk(root, false);
    return out;
  }

  it('cannot tell from the button whether a recipient owes money, nor open the panel with synthetic clicks', async () => {
    const mail = await app.context.newPage();
    await mail.goto('https://mail.google.com/mail/u/0/#inbox');
    await expect.poll(() => mail.locator('relance-compose-button').count()).toBe(2);
    // The client who owes has a count drawn on the button; the stranger none.
    await expect.poll(() => drawnCounts(mail)).toEqual(['2', null]);
    const sizes = await mail.evaluate(() =>
      (
        window as unknown as { __readHost(s: string): { width: number; height: number }[] }
      ).__readHost('relance-compose-button'),
    );
    expect(sizes).toHaveLength(2);
    expect(sizes[0]).toEqual(sizes[1]);
    const got = await hostile(mail);
    for (const r of got.read.filter((x) => x.what === 'innerText' || x.what === 'textContent'))
      expect(r.value).toBe('');
    expect(got.read.filter((r) => r.what === 'shadowRoot').map((r) => r.value)).toEqual([
      'null',
      'null',
    ]);
    expect(got.read.find((r) => r.what === 'selection')?.value).not.toMatch(/Relance|\b2\b/);
    await mail.evaluate(() =>
      (window as unknown as { __press(s: string): void }).__press('relance-compose-button'),
    );
    expect(await mail.locator('relance-panel').count()).toBe(0);
    await mail.close();
  });

  it('framing sidepanel.html with any ?client=, a made-up token or our panel’s own spent URL shows nothing', async () => {
    const mail = await app.context.newPage();
    await mail.goto('https://mail.google.com/mail/u/0/#inbox');
    await expect.poll(() => mail.locator('relance-compose-button').count()).toBe(2);
    // The user's own click: our panel, with its client.
    await clickHost(mail, '#owes relance-compose-button');
    const ours = await dockedPanel(mail);
    await expect
      .poll(() => ours.locator('.client-details h2').textContent())
      .toBe('Boulangerie Martin SARL');
    // The page cannot read our frame's address (it is in a closed shadow root); the test
    // reads it through DevTools, as if a page had.
    expect(
      await mail.evaluate(() =>
        [...document.querySelectorAll('iframe')]
          .map((f) => f.src)
          .filter((u) => /sidepanel/.test(u)),
      ),
    ).toEqual([]);
    const spent = await shadowAttr(mail, 'relance-panel', 'iframe', 'src');
    expect(spent).toMatch(/#t=[0-9a-f]{64}$/);
    const urls = [
      extUrl(app, 'sidepanel.html?client=demo:boulangerie'),
      extUrl(app, 'sidepanel.html?client=demo:studio&compose=x&to=marc@studio-lumiere.example'),
      extUrl(app, `sidepanel.html?client=demo:studio#t=${'a'.repeat(64)}`),
      spent!,
    ];
    for (const url of urls)
      await mail.evaluate(
        (u) => (window as unknown as { __frame(u: string): void }).__frame(u),
        url,
      );
    await expect
      .poll(() => mail.frames().filter((f) => /sidepanel\.html/.test(f.url())).length)
      .toBe(1 + urls.length);
    const theirs = mail
      .frames()
      .filter((f) => /sidepanel\.html/.test(f.url()))
      .slice(1);
    expect(theirs).toHaveLength(urls.length);
    for (const f of theirs) {
      expect(await grantOf(f)).toBe('refused');
      expect((await f.locator('body').innerText()).trim()).toBe('');
    }
    await mail.close();
  });
});
