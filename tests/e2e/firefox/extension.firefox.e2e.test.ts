import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ElementHandle, Frame, Page } from 'puppeteer-core';
import { fillDates, ROOT } from '../../../tools/chromium/harness';
import {
  clickAt,
  extFrame,
  keepLocal,
  launchFirefox,
  openExtPage,
  until,
  type Firefox,
  type Route,
} from './harness';
import { bundle, type EditorsApi } from '../editors/bundle';
import { clickNotification } from './privileged';
import {
  byText,
  clickSettled,
  extTab,
  openMail,
  setUiLang,
  textOf,
  timelineCount,
  waitForDemoData,
  withBehaviour,
} from './surfaces';

/**
 * The Firefox build (demo mode) installed as an add-on in real Firefox ESR: popup,
 * options import, the side panel page at the sidebar's width, Gmail's and Outlook's
 * compose button, docked panel, Insert (the panel is a framed extension page: no tabs
 * API in Firefox), the printable letter from that panel, Send logged on the mail app's
 * own evidence (Gmail's "Message sent" notice and its Undo gone; Outlook's compose closed
 * past its undo delay), and an invoicing app's overlay (an extension page framed in a
 * closed shadow root) once the user has granted that site's optional permission.
 */
let ff: Firefox;
const outside: string[] = [];

/** An invoicing app at an address of its own: neither the demo's nor a mail app's, so its permission is optional. */
const SITE = 'https://factures.atelier-exemple.fr';
const INVOICE = `${SITE}/factures/FA-2026-0142`;
const siteRoute: Route = (url) => {
  if (!url.startsWith(`${SITE}/`)) return null;
  if (url !== INVOICE) return { status: 404, contentType: 'text/plain', body: 'not found' };
  return {
    contentType: 'text/html; charset=utf-8',
    body: fillDates(
      readFileSync(join(ROOT, 'tests/fixtures/pages/fr-generic-invoice.html'), 'utf8'),
    ),
  };
};

const granted = (page: Page) =>
  page.evaluate(
    (origin) =>
      (
        globalThis as unknown as {
          browser: { permissions: { contains(p: { origins: string[] }): Promise<boolean> } };
        }
      ).browser.permissions.contains({ origins: [origin] }),
    `${SITE}/*`,
  );

/**
 * The overlay: an extension page (overlay.html, given a single-use grant) framed in a
 * closed shadow root. The page cannot reach into it; the test finds it as the user's
 * browser does, as a frame of the browsing-context tree, once it shows `ready`.
 */
const overlay = (page: Page, ready = '.box') => extFrame(page, 'overlay.html', ready);

beforeAll(async () => {
  // Firefox's permission prompt is answered "allow" by its testing preference; the click that asks is a real one.
  // Notifications in Firefox's own alert window (not the desktop's), which the test can click.
  ff = await launchFirefox({
    prefs: {
      'extensions.webextOptionalPermissionPrompts': false,
      'alerts.useSystemBackend': false,
    },
  });
  await waitForDemoData(ff.browser);
  // Firefox ESR without a French language pack speaks English to extensions: the user's choice here.
  await setUiLang(ff.browser, 'fr');
});

afterAll(async () => {
  await ff?.close();
});

/** Opens the Relance panel docked next to a compose (the button's host selector) and inserts the draft for `client`. */
async function insertFromPanel(mail: Page, button: string, client: string): Promise<Frame> {
  await until(() => mail.$(button), button);
  await clickAt(mail, button);
  const panel = await extFrame(mail, 'sidepanel.html', '[data-testid=draft-preview]');
  expect(await textOf(panel, '.client-details h2')).toBe(client);
  const insert = await byText(panel, 'button', /^Insérer dans l’e-mail ouvert$/);
  await clickSettled(panel, insert, 'the insert button');
  // The panel has more than one status line once a draft went in ("Je l'ai envoyé" comes with
  // its own): wait for the insert's own ✓, read in one go, and say what the panel said otherwise.
  const said = () =>
    panel.evaluate(() =>
      [...document.querySelectorAll('[role=status]')].map((e) => e.textContent?.trim() ?? ''),
    );
  const ok = await until(async () => (await said()).includes('✓'), 'the insert status ✓').catch(
    async (err: Error) => {
      throw new Error(`${err.message}; the panel says: ${JSON.stringify(await said())}`);
    },
  );
  expect(ok).toBe(true);
  return panel;
}

/** Gmail's own evidence of a send: its "Message sent" notice comes, then its Undo goes (the undo window is over). */
async function noticeSettles(mail: Page): Promise<void> {
  await until(() => mail.$('div.b8[role=alert] #link_vsm'), 'Gmail’s “Message sent” notice');
  await until(
    () => mail.evaluate(() => !document.querySelector('#link_undo')),
    'the notice’s Undo to go',
  );
}

const reasonOf = (popup: Page, client: string) =>
  popup.evaluate(
    (name) =>
      [...document.querySelectorAll('li.card')]
        .find((li) => li.textContent?.includes(name))
        ?.querySelector('.reason')?.textContent ?? null,
    client,
  );

describe('the extension in Firefox', () => {
  it('the popup lists the overdue clients of the demo data', async () => {
    const popup = await openExtPage(ff.browser, 'popup.html', '.client-name');
    const names = await popup.evaluate(() =>
      [...document.querySelectorAll('.client-name')].map((e) => e.textContent),
    );
    expect(names).toContain('Studio Lumière');
    expect(names.length).toBeGreaterThanOrEqual(4);
    expect(await reasonOf(popup, 'Studio Lumière')).toMatch(/→ première relance/);
    await popup.close();
  });

  it('the side panel page at the sidebar’s width: client list with one-line status labels, and a client card', async () => {
    const side = await openExtPage(ff.browser, 'sidepanel.html', 'li .pill');
    await side.setViewport({ width: 250, height: 800 });
    // Every status label stays on one line (a wrapped pill turns into an oval).
    const pills = await side.evaluate(() =>
      [...document.querySelectorAll('.pill')].map((p) => ({
        text: p.textContent,
        lines: p.getClientRects().length,
        height: p.getBoundingClientRect().height,
        right: p.getBoundingClientRect().right,
        width: document.documentElement.clientWidth,
        font:
          parseFloat(getComputedStyle(p).lineHeight) ||
          parseFloat(getComputedStyle(p).fontSize) * 1.6,
      })),
    );
    expect(pills.length).toBeGreaterThanOrEqual(4);
    for (const p of pills) {
      expect(p.lines, p.text ?? '').toBe(1);
      expect(p.height, p.text ?? '').toBeLessThan(p.font * 1.9);
      expect(p.right, p.text ?? '').toBeLessThanOrEqual(p.width); // and fits: a label, not a sentence
    }
    await (await byText(side, 'li button', /Studio Lumière/)).click();
    await until(() => textOf(side, '.client-details h2'), 'the client card');
    expect(await textOf(side, '.client-details h2')).toBe('Studio Lumière');
    expect(await side.evaluate(() => !!document.querySelector('[data-testid=draft-preview]'))).toBe(
      true,
    );
    await side.close();
  });

  it('the options page imports an e-invoice dropped on it into IndexedDB', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'relance-import-'));
    const file = join(dir, 'facture.xml');
    await writeFile(
      file,
      readFileSync(join(ROOT, '../shared/corpus/einvoice/akretion-ubl-21-en16931.xml')),
    );
    const options = await openExtPage(
      ff.browser,
      'options.html#import',
      '#import input[type=file]',
    );
    const input = (await options.$('#import input[type=file]')) as ElementHandle<HTMLInputElement>;
    await input.uploadFile(file);
    await (await byText(options, '#import button', /^Importer 1 facture/)).click();
    await until(
      () =>
        options.evaluate(() =>
          /1 ajoutée/.test(document.querySelector('#import')?.textContent ?? ''),
        ),
      'the import result',
    );
    const stored = await options.evaluate(
      () =>
        new Promise<string | null>((ok, ko) => {
          const r = indexedDB.open('relance-ledger');
          r.onerror = () => ko(r.error);
          r.onsuccess = () => {
            const all = r.result.transaction('invoices').objectStore('invoices').getAll();
            all.onsuccess = () =>
              ok(
                (all.result as { number: string }[]).find((i) => i.number === 'F124212')?.number ??
                  null,
              );
          };
        }),
    );
    expect(stored).toBe('F124212');
    await options.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('Gmail: the Relance button in each compose, the docked panel, Insert (one undo removes it), Send → the reminder is logged', async () => {
    const events = await timelineCount(ff.browser, 'demo:studio');
    const mail = await openMail(ff.browser, 'https://mail.google.com/mail/u/0/#inbox', outside);
    await until(
      () => mail.evaluate(() => document.querySelectorAll('relance-compose-button').length === 2),
      'a Relance button in both composes',
    );
    const reply = await textOf(mail, '.M9 [g_editable]');
    expect(reply).not.toMatch(/F-2026-052/);
    const panel = await insertFromPanel(
      mail,
      '[role=dialog] relance-compose-button',
      'Studio Lumière',
    );
    const body = '[role=dialog] [g_editable]';
    await until(
      async () => /F-2026-052/.test((await textOf(mail, body)) ?? ''),
      'the draft in the compose',
    );
    expect(
      await mail.$eval(
        '[role=dialog] input[name=subjectbox]',
        (i) => (i as HTMLInputElement).value,
      ),
    ).toBe('Rappel de paiement – facture n° F-2026-052');
    expect(await textOf(mail, '.M9 [g_editable]')).toBe(reply); // the inline reply (its quote only) was left alone
    // The browser's undo, as for typed text: once, and none of the draft is left.
    await mail.focus(body);
    await mail.keyboard.down('Control');
    await mail.keyboard.press('z');
    await mail.keyboard.up('Control');
    await until(
      async () => !/F-2026-052/.test((await textOf(mail, body)) ?? ''),
      'one undo to remove the draft',
    );
    expect(await textOf(mail, body)).not.toMatch(/Bonjour|Sauf erreur|Julie Moreau/);
    await clickSettled(
      panel,
      await byText(panel, 'button', /^Insérer dans l’e-mail ouvert$/),
      'the insert button',
    );
    await until(
      async () => /F-2026-052/.test((await textOf(mail, body)) ?? ''),
      'the draft inserted again',
    );
    await (await mail.$('[role=dialog] [role=button][data-tooltip^="Send"]'))!.click();
    await until(
      () => mail.evaluate(() => !document.querySelector('[role=dialog]')),
      'the compose to close once sent',
    );
    // The panel leaves with its compose.
    await until(
      () => mail.evaluate(() => !document.querySelector('relance-panel')),
      'the panel to go with its compose',
    );
    await noticeSettles(mail);
    const popup = await openExtPage(ff.browser, 'popup.html', '.client-name');
    await until(async () => {
      await popup.evaluate(() => location.reload());
      await until(
        () => popup.evaluate(() => !!document.querySelector('.client-name')),
        'the popup',
      );
      return /1 relance sans règlement.*→ appel téléphonique/.test(
        (await reasonOf(popup, 'Studio Lumière')) ?? '',
      );
    }, 'the planner to move on');
    await popup.close();
    await mail.close();
    expect(await timelineCount(ff.browser, 'demo:studio')).toBe(events + 1); // logged once
    const side = await openExtPage(ff.browser, 'sidepanel.html?client=demo:studio', '.timeline');
    expect(await textOf(side, '.timeline')).toMatch(/Relance envoyée \(première relance\)/);
    await side.close();
  });

  it('Gmail: “Lettre à imprimer” in the docked panel opens the letter in a tab', async () => {
    const mail = await openMail(ff.browser, 'https://mail.google.com/mail/u/0/#inbox', outside);
    await clickAt(mail, '[role=dialog] relance-compose-button');
    const panel = await extFrame(mail, 'sidepanel.html', '[data-testid=draft-preview]');
    await panel.select('select[name=kind]', 'formal-notice');
    await (await byText(panel, 'button', /^Lettre à imprimer$/)).click();
    const letter = await extTab(
      ff.browser,
      'letter.html?client=demo%3Astudio&kind=formal-notice&lang=fr',
    );
    await until(
      () => letter.evaluate(() => /Mise en demeure/i.test(document.body?.textContent ?? '')),
      'the formal notice',
    );
    expect(await letter.evaluate(() => document.body.textContent)).toMatch(/F-2026-052/);
    await letter.close();
    await mail.close();
  });

  it('Outlook on the web: button, docked panel, Insert into the body, Send logged', async () => {
    const events = await timelineCount(ff.browser, 'demo:northwind');
    const mail = await openMail(
      ff.browser,
      'https://outlook.live.com/mail/0/deeplink/compose',
      outside,
    );
    await insertFromPanel(mail, 'relance-compose-button', 'Northwind Traders Ltd');
    await until(
      async () => /INV-2026-009/.test((await textOf(mail, '#editorParent_1')) ?? ''),
      'the draft in the compose',
    );
    expect(
      await mail.$eval('input[aria-label="Add a subject"]', (i) => (i as HTMLInputElement).value),
    ).toMatch(/INV-2026-009/);
    await (await mail.$('button[aria-label=Send]'))!.click();
    await until(
      () => mail.evaluate(() => !document.querySelector('[data-app-section=MailCompose]')),
      'the compose to close once sent',
    );
    // Outlook's evidence: the compose stays closed through its longest undo delay (10 s), so this takes that long.
    await until(
      async () => (await timelineCount(ff.browser, 'demo:northwind')) === events + 1,
      'the reminder in the timeline',
      25_000,
    );
    await mail.close();
    const side = await openExtPage(ff.browser, 'sidepanel.html?client=demo:northwind', '.timeline');
    expect(await textOf(side, '.timeline')).toMatch(/deuxième relance|Second reminder/);
    await side.close();
  });

  it('an invoicing app: after the user enables its address on the options page, its invoice page gets the overlay; Track records it', async () => {
    const options = await openExtPage(ff.browser, 'options.html#sites', '#sites input');
    expect(await granted(options)).toBe(false);
    await options.type('#sites input', 'factures.atelier-exemple.fr');
    await (await options.$('#sites button[type=submit]'))!.click();
    await until(
      () =>
        options.evaluate(() => document.querySelector('#sites [role=status]')?.textContent ?? ''),
      'the answer',
    );
    expect(
      await options.evaluate(() => document.querySelector('#sites [role=status]')?.textContent),
    ).toBe(`Activé pour ${SITE}`);
    expect(await granted(options)).toBe(true);
    await options.close();

    const page = await ff.browser.newPage();
    await keepLocal(page, siteRoute, outside);
    await page.goto(INVOICE);
    expect(
      await page.evaluate(() => document.querySelectorAll('relance-overlay').length),
    ).toBeLessThanOrEqual(1);
    const box = await overlay(page);
    await until(
      async () => /FA-2026-0142/.test((await textOf(box, 'body')) ?? ''),
      'the overlay with the invoice',
    );
    await (await byText(box, 'button', /^Suivre cette facture$/)).click();
    await (await byText(box, 'button', /^Enregistrer$/)).click();
    await until(
      async () => /Enregistré/.test((await textOf(box, '[role=status]')) ?? ''),
      'the invoice recorded',
    );
    expect(await page.evaluate(() => document.querySelectorAll('relance-overlay').length)).toBe(1);
    await page.close();

    const popup = await openExtPage(ff.browser, 'popup.html', 'main');
    await until(async () => {
      await popup.evaluate(() => location.reload());
      return until(
        () =>
          popup.evaluate(() =>
            [...document.querySelectorAll('li.card')].some(
              (li) =>
                /Menuiserie Lefèvre/.test(li.textContent ?? '') &&
                /FA-2026-0142/.test(li.textContent ?? ''),
            ),
          ),
        'the popup',
        2000,
      ).catch(() => false);
    }, 'the tracked invoice in the popup');
    await popup.close();
  });

  // Outlook's compose with each real editor as its body, driven from the docked panel.
  // TinyMCE (its body in an iframe of its own) and a textarea are not what a mail app's
  // compose is; they are in the editors matrix (editors.firefox.e2e.test.ts).
  for (const name of ['plain', 'prosemirror', 'lexical', 'ckeditor5', 'roosterjs', 'quill']) {
    it(`the docked panel inserts into ${name} as Outlook's message body; one undo of the editor removes it`, async () => {
      const html = readFileSync(
        join(ROOT, 'tests/fixtures/outlook/compose-2026-11.html'),
        'utf8',
      ).replace(
        /(<div id="editorParent_1"[^>]*><div>)<div class="editor" contenteditable="true"[^>]*><div><br><\/div><\/div>/,
        '$1<div id="relance-editor-host"></div>',
      );
      expect(html).toContain('relance-editor-host');
      const mail = await openMail(
        ff.browser,
        'https://outlook.live.com/mail/0/deeplink/compose',
        outside,
        withBehaviour((url) =>
          url.startsWith('https://outlook.live.com/mail/')
            ? { contentType: 'text/html; charset=utf-8', body: html }
            : url.startsWith('https://outlook.live.com/')
              ? { status: 404, contentType: 'text/plain', body: 'not found' }
              : null,
        ),
      );
      await mail.evaluate(await bundle(name));
      await mail.evaluate(() =>
        (window as unknown as EditorsApi).relanceEditors.mountIn('#relance-editor-host', {
          role: 'textbox',
          'aria-label': 'Message body, press Alt+F10 to exit',
          'aria-multiline': 'true',
        }),
      );
      // The compose takes focus when it opens, as in the app.
      await mail.evaluate(() => (window as unknown as EditorsApi).relanceEditors.focus());
      await insertFromPanel(mail, 'relance-compose-button', 'Northwind Traders Ltd');
      const text = () =>
        mail.evaluate(() => (window as unknown as EditorsApi).relanceEditors.text());
      await until(async () => /INV-2026-009/.test(await text()), `the draft in ${name}'s model`);
      // All of it: the greeting (named or formal, by the step the client is at) down to the signature.
      expect(await text()).toMatch(/(Dear|Hello) [^,\n]*,/);
      expect(await text()).toMatch(/Julie Moreau/);
      await mail.evaluate(() => (window as unknown as EditorsApi).relanceEditors.focus());
      await mail.evaluate(() => (window as unknown as EditorsApi).relanceEditors.undo());
      await until(async () => !/INV-2026-009/.test(await text()), 'one undo to remove the draft');
      expect(await text()).not.toMatch(/Northwind|Emma Clarke|Dear |Hello |Julie Moreau/);
      await mail.close();
    });
  }

  it('a click on Relance’s notification opens the panel in a tab (Firefox has no sidePanel.open)', async () => {
    // The daily notification as the background shows it (its alarm fires after the user's
    // hour); any notification of the extension goes to the same click listener.
    const popup = await openExtPage(ff.browser, 'popup.html', '.client-name');
    await popup.evaluate(() => {
      const b = (
        globalThis as unknown as {
          browser: {
            notifications: { create(id: string, o: object): Promise<string> };
            runtime: { getURL(p: string): string };
          };
        }
      ).browser;
      return b.notifications.create('relance-daily', {
        type: 'basic',
        iconUrl: b.runtime.getURL('/icon/128.png'),
        title: 'Relance',
        message: '4 relances à faire aujourd’hui',
      });
    });
    await popup.close();
    const before = (await ff.browser.pages()).length;
    await clickNotification(ff.browser, 'Relance');
    const panel = await extTab(ff.browser, 'sidepanel.html');
    await until(
      () => panel.evaluate(() => document.querySelectorAll('li .pill').length >= 4),
      'the panel’s client list',
    );
    expect((await ff.browser.pages()).length).toBe(before + 1);
    await panel.close();
  });

  it('no request left the machine', () => {
    expect(outside).toEqual([]);
  });
});
