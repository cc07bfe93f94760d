import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { ROOT } from '../../../tools/chromium/harness';
import {
  clickAt,
  EXT,
  extFrame,
  launchFirefox,
  openExtPage,
  until,
  type Firefox,
  type Route,
} from './harness';
import { browserConsole, closedRootClick, closedRootText } from './privileged';
import { mailRoute, openMail, setUiLang, waitForDemoData } from './surfaces';
import { day, gmailDate, longFr, outlookDate } from '../thread-dates';

/**
 * What the mail content scripts do in a mail page, in real Firefox ESR: a client's reply
 * offered in the conversation and logged by the user's own click (Gmail and Outlook, the
 * fixtures of replies.e2e.test.ts), a tab closed while a message is on its way (nothing
 * for Firefox to report afterwards), and the docked panel's single-use grant, bound to
 * the tab that asked for it.
 */
let ff: Firefox;
const outside: string[] = [];

/** A conversation fixture at the mail app's real address, the client's reply filled in. */
function threadRoute(
  app: 'gmail' | 'outlook',
  who: { from: string; name: string; reply: string },
): Route {
  const host = app === 'gmail' ? 'https://mail.google.com/' : 'https://outlook.office.com/';
  return (url) => {
    if (!url.startsWith(host)) return null;
    if (!url.startsWith(`${host}mail/`))
      return { status: 404, contentType: 'text/plain', body: 'not found' };
    let html = readFileSync(join(ROOT, 'tests/fixtures', `${app}/thread-2026-12.html`), 'utf8');
    const fill: Record<string, string> = {
      'sent:reminder': gmailDate(day(-8)),
      'sent:reply': app === 'gmail' ? gmailDate(day(-1)) : outlookDate(day(-1)),
      reply: who.reply,
    };
    for (const [k, v] of Object.entries(fill)) html = html.replaceAll(`{{${k}}}`, v);
    html = html
      .replaceAll('marc@studio-lumiere.example', who.from)
      .replaceAll('Marc Petit', who.name);
    return {
      contentType: 'text/html; charset=utf-8',
      headers:
        app === 'gmail'
          ? { 'content-security-policy': "require-trusted-types-for 'script'" }
          : undefined,
      body: html,
    };
  };
}

/** The client's events in the ledger, read from IndexedDB by an extension page. */
async function eventsOf(
  clientId: string,
): Promise<{ type: string; note?: string; date: string }[]> {
  const page = await openExtPage(ff.browser, 'popup.html', 'main');
  const events = await page.evaluate(
    (id) =>
      new Promise<{ type: string; note?: string; date: string }[]>((ok, ko) => {
        const r = indexedDB.open('relance-ledger');
        r.onerror = () => ko(r.error);
        r.onsuccess = () => {
          const all = r.result.transaction('events').objectStore('events').getAll();
          all.onsuccess = () => (
            ok(
              (
                all.result as { clientId: string; type: string; note?: string; date: string }[]
              ).filter((e) => e.clientId === id),
            ),
            r.result.close()
          );
        };
      }),
    clientId,
  );
  await page.close();
  return events;
}

beforeAll(async () => {
  ff = await launchFirefox();
  await waitForDemoData(ff.browser);
  await setUiLang(ff.browser, 'fr');
});

afterAll(async () => {
  await ff?.close();
});

describe('mail pages in Firefox', () => {
  it('Gmail: the client’s promise is offered above the reply; the user’s click logs it in the ledger', async () => {
    const promised = day(5);
    const mail = await openMail(
      ff.browser,
      'https://mail.google.com/mail/u/0/#inbox/FMfcgzQXJWdnrtLhk',
      outside,
      threadRoute('gmail', {
        from: 'marc@studio-lumiere.example',
        name: 'Marc Petit',
        reply: `Désolé pour le retard, je vous fais le virement le ${longFr(promised)}.`,
      }),
    );
    const bar = await until(async () => {
      const t = await closedRootText(mail, 'relance-reply-bar');
      return t && /Promesse de paiement pour le/.test(t) ? t : null;
    }, 'the reply bar’s offer');
    expect(bar).toContain(`${longFr(promised)} ${promised.getFullYear()}`);
    expect(bar).toContain(`je vous fais le virement le ${longFr(promised)}`);
    expect(bar).not.toMatch(/Sauf erreur/); // the quoted reminder is not the client's words
    expect(
      await mail.evaluate(() => document.querySelector('relance-reply-bar')!.shadowRoot),
    ).toBeNull(); // closed to the page
    await closedRootClick(mail, 'relance-reply-bar', 'button', 'Enregistrer');
    await until(
      async () =>
        /Enregistré dans Relance/.test((await closedRootText(mail, 'relance-reply-bar')) ?? ''),
      'the bar to say it is saved',
    );
    await mail.close();
    const logged = (await eventsOf('demo:studio')).filter((e) =>
      e.note?.includes('je vous fais le virement'),
    );
    expect(logged).toHaveLength(1);
    expect(logged[0]!.type).toBe('promise');
  });

  it('Outlook: the client’s dispute is offered with its sentence; the user’s click logs it in the ledger', async () => {
    const mail = await openMail(
      ff.browser,
      'https://outlook.office.com/mail/inbox/id/AAQkADAwATM0MDAAMS1',
      outside,
      threadRoute('outlook', {
        from: 'accounts@northwind.example',
        name: 'Emma Clarke',
        reply: 'We never received the final deliverables, so we dispute this invoice.',
      }),
    );
    await until(
      async () =>
        /conteste la facture/.test((await closedRootText(mail, 'relance-reply-bar')) ?? ''),
      'the reply bar’s offer',
    );
    expect(await closedRootText(mail, 'relance-reply-bar')).toContain(
      'We never received the final deliverables, so we dispute this invoice.',
    );
    await closedRootClick(mail, 'relance-reply-bar', 'button', 'Enregistrer');
    await until(
      async () =>
        /Enregistré dans Relance/.test((await closedRootText(mail, 'relance-reply-bar')) ?? ''),
      'the bar to say it is saved',
    );
    await mail.close();
    const logged = (await eventsOf('demo:northwind')).filter((e) =>
      e.note?.includes('We never received the final deliverables'),
    );
    expect(logged).toHaveLength(1);
    expect(logged[0]!.type).toBe('dispute');
  });

  it('a Gmail tab closed while its content script waits for the background: Firefox reports nothing afterwards', async () => {
    const log = await browserConsole(ff.browser);
    // The ledger held by a write an extension page keeps open: the background's answer to
    // the compose's lookup waits until the test lets it go, so the tab surely closes mid-message.
    const holder = await openExtPage(ff.browser, 'popup.html', 'main');
    await holder.evaluate(
      () =>
        new Promise<void>((held, ko) => {
          const r = indexedDB.open('relance-ledger');
          r.onerror = () => ko(r.error);
          r.onsuccess = () => {
            const store = r.result.transaction('clients', 'readwrite').objectStore('clients');
            const w = window as unknown as { relanceRelease?: boolean };
            const spin = () => {
              if (!w.relanceRelease) store.count().onsuccess = spin;
            };
            spin();
            held();
          };
        }),
    );
    const mail = await openMail(
      ff.browser,
      'https://mail.google.com/mail/u/0/#inbox',
      outside,
      mailRoute(),
    );
    // The button is added, and its compose's recipients looked up at once (runner.ts attach).
    await until(
      () => mail.evaluate(() => document.querySelectorAll('relance-compose-button').length === 2),
      'the Relance buttons',
    );
    const since = await log.count();
    await mail.close();
    await holder.evaluate(
      () => ((window as unknown as { relanceRelease?: boolean }).relanceRelease = true),
    );
    // The background answers once the ledger is free: a new Gmail tab gets its count (the background is fine).
    const again = await openMail(
      ff.browser,
      'https://mail.google.com/mail/u/0/#inbox',
      outside,
      mailRoute(),
    );
    await until(
      async () => /\d/.test((await closedRootAttr(again)) ?? ''),
      'the overdue count in the new tab',
    );
    await again.close();
    await holder.close();
    const reported = (await log.since(since)).filter((m) =>
      /context unloaded|context is inactive|Conduits/i.test(m),
    );
    expect(reported).toEqual([]);
  });

  it('the docked panel’s address is out of the page’s reach, and once claimed it shows nothing, in another tab or its own', async () => {
    const tabA = await openMail(
      ff.browser,
      'https://mail.google.com/mail/u/0/#inbox',
      outside,
      mailRoute(),
    );
    const tabB = await openMail(
      ff.browser,
      'https://mail.google.com/mail/u/1/#inbox',
      outside,
      mailRoute(),
    );
    await until(() => tabA.$('[role=dialog] relance-compose-button'), 'the Relance button');
    // A hostile script of the mail page: it looks for any frame address, and for the
    // panel's shadow root, whenever the page changes.
    await tabA.evaluate(() => {
      const w = window as unknown as { relanceSeen: string[] };
      w.relanceSeen = [];
      new MutationObserver(() => {
        for (const f of document.querySelectorAll('iframe'))
          if (/extension/.test(f.src)) w.relanceSeen.push(f.src);
        for (const h of document.querySelectorAll('relance-panel'))
          if (h.shadowRoot) w.relanceSeen.push('shadowRoot');
      }).observe(document.documentElement, { childList: true, subtree: true, attributes: true });
    });
    /** Frames the panel with `src` in `tab`, as a page can: what the panel says of its grant. */
    const frameIn = async (tab: Page, src: string, name: string) => {
      await tab.evaluate(
        (s, n) => {
          const f = document.createElement('iframe');
          f.src = s;
          f.name = n;
          f.style.cssText = 'position:fixed;top:0;left:0;width:400px;height:600px';
          document.body.append(f);
        },
        src,
        name,
      );
      const frame = await until(async () => {
        for (const f of tab.frames()) {
          if (f === tab.mainFrame()) continue;
          const state = await f
            .evaluate(
              (u) =>
                location.href.startsWith(u)
                  ? (document.documentElement.dataset.grant ?? null)
                  : null,
              `${EXT}sidepanel.html`,
            )
            .catch(() => null);
          if (state && (await f.evaluate(() => window.name).catch(() => '')) === name) return f;
        }
        return null;
      }, `the panel framed as ${name}`);
      return {
        grant: await frame.evaluate(() => document.documentElement.dataset.grant),
        client: await frame.evaluate(
          () => document.querySelector('.client-details h2')?.textContent ?? null,
        ),
      };
    };

    await clickAt(tabA, '[role=dialog] relance-compose-button');
    await until(
      () => extFrame(tabA, 'sidepanel.html', '.client-details h2'),
      'the panel in its own tab',
    );
    expect(await tabA.evaluate(() => document.querySelectorAll('relance-panel').length)).toBe(1);
    expect(
      await tabA.evaluate(() => (window as unknown as { relanceSeen: string[] }).relanceSeen),
    ).toEqual([]);
    // Its address (with Firefox's per-profile UUID), read by the test through the closed
    // root as no page can: claimed by our panel, it gives nothing to anyone again.
    const address =
      (await closedRootText(
        tabA,
        'relance-panel',
        (root) => root.querySelector('iframe')?.src ?? '',
      )) ?? '';
    expect(address).toMatch(/#t=[0-9a-f]{64}$/);
    expect(await frameIn(tabB, address, 'other-tab')).toEqual({ grant: 'refused', client: null });
    expect(await frameIn(tabA, address, 'reused')).toEqual({ grant: 'refused', client: null });
    await tabA.close();
    await tabB.close();
  });

  it('no request left the machine', () => {
    expect(outside).toEqual([]);
  });
});

/** The overdue count the button shows, read from its closed root (a data-n attribute). */
async function closedRootAttr(page: Page): Promise<string | null> {
  return (
    (await closedRootText(
      page,
      '[role=dialog] relance-compose-button',
      (root) => (root as ShadowRoot).querySelector('.n')?.getAttribute('data-n') ?? '',
    )) || null
  );
}
