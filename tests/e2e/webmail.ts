import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import { BEHAVIOUR_TYPE, behaviourScript } from '../../tools/chromium/fixture-behaviour';
import { ROOT } from '../../tools/chromium/harness';
import { clickHost, openExt, dockedPanel } from '../../tools/chromium/surfaces';
import { startChromium, type Started } from './chromium-app';

/**
 * What the webmail e2e files share: a Chromium of their own with the built demo extension,
 * the Gmail and Outlook fixtures served at the apps' real addresses (request interception),
 * and the steps every send scenario takes (open a compose, Insert, read the timeline).
 */
export const GMAIL_POPOUT = 'https://mail.google.com/mail/u/0/?view=cm&fs=1&tf=1';
/**
 * Outlook's pop-out compose window is /mail/deeplink/compose?popoutv2=1 (public Selenium and
 * AutoIt scripts driving outlook.office.com / outlook.office365.com, 2021–2024, read
 * 2026-12-01); the reading-pane compose is served for every other page.
 */
export const OUTLOOK_POPOUT = 'https://outlook.live.com/mail/0/deeplink/compose?popoutv2=1';
const outlookPage = (url: string) =>
  new URL(url).searchParams.get('popoutv2') === '1'
    ? 'popout-2026-12.html'
    : 'compose-2026-11.html';

export interface Webmail {
  started: Started;
  app: Started['app'];
  /** Opens Gmail's inbox served from this fixture (the pop-out, view=cm, always gets its own). */
  gmail(file: string): Promise<Page>;
  /** The reminders and notes a client's timeline shows. */
  timeline(clientId: string): Promise<string[]>;
  /** How many sent reminders a client's timeline shows. */
  sentCount(clientId: string): Promise<number>;
  openPanel(mail: Page, button: string, client: string): Promise<Frame>;
  insert(mail: Page, button: string, client: string, body: string, number: RegExp): Promise<Frame>;
  /** Opens a pop-out compose window from the mail tab, as the app's pop-out button does (window.open). */
  popOut(from: Page, url: string): Promise<Page>;
  close(): Promise<void>;
}

export async function startWebmail(): Promise<Webmail> {
  const started = await startChromium();
  const { app } = started;
  /** Which Gmail page the next navigation gets. */
  let gmailFile = 'compose-2026-11.html';
  await app.context.route('https://mail.google.com/**', (route) =>
    route.fulfill({
      status: 200,
      contentType: 'text/html; charset=utf-8',
      headers: { 'content-security-policy': "require-trusted-types-for 'script'" },
      body: readFileSync(
        join(
          ROOT,
          'tests/fixtures/gmail',
          new URL(route.request().url()).searchParams.get('view') === 'cm'
            ? 'popout-2026-11.html'
            : gmailFile,
        ),
        'utf8',
      ),
    }),
  );
  await app.context.route('https://outlook.live.com/**', (route) =>
    route.fulfill({
      status: 200,
      contentType: 'text/html; charset=utf-8',
      body: readFileSync(
        join(ROOT, 'tests/fixtures/outlook', outlookPage(route.request().url())),
        'utf8',
      ),
    }),
  );
  // The fixtures' shared behaviour script (standing in for the app's own); registered last, so tried first.
  await app.context.route(
    /^https:\/\/(mail\.google\.com|outlook\.live\.com)\/relance-fixture\//,
    (route) =>
      route.fulfill({
        status: 200,
        contentType: BEHAVIOUR_TYPE,
        body: behaviourScript(route.request().url()) ?? '',
      }),
  );

  async function timeline(clientId: string): Promise<string[]> {
    const side = await openExt(app, `sidepanel.html?client=${clientId}`);
    await side.locator('.client-details h2').waitFor();
    const items = await side.locator('.timeline li').allTextContents();
    await side.close();
    return items;
  }
  async function openPanel(mail: Page, button: string, client: string): Promise<Frame> {
    await expect.poll(() => mail.locator(button).count()).toBe(1);
    await clickHost(mail, button);
    const panel = await dockedPanel(mail);
    await panel.locator('[data-testid=draft-preview]').waitFor();
    expect(await panel.locator('.client-details h2').textContent()).toBe(client);
    return panel;
  }
  return {
    started,
    app,
    async gmail(file) {
      gmailFile = file;
      const page = await app.context.newPage();
      await page.goto('https://mail.google.com/mail/u/0/#inbox');
      return page;
    },
    timeline,
    sentCount: async (clientId) =>
      (await timeline(clientId)).filter((t) => /Relance envoyée|E-mail envoyé|E-mail sent/.test(t))
        .length,
    openPanel,
    async insert(mail, button, client, body, number) {
      const panel = await openPanel(mail, button, client);
      await panel.getByRole('button', { name: 'Insérer dans l’e-mail ouvert' }).click();
      await expect.poll(() => mail.locator(body).textContent()).toMatch(number);
      return panel;
    },
    async popOut(from, url) {
      const [pop] = await Promise.all([
        app.context.waitForEvent('page'),
        from.evaluate((u) => void window.open(u, '_blank', 'popup,width=700,height=700'), url),
      ]);
      await pop.waitForLoadState();
      return pop;
    },
    close: () => started.close(),
  };
}

/** The draft's own "Je l'ai envoyé" (not the lines about earlier composes closed without evidence). */
export const sentByHand = (panel: Frame) =>
  panel.locator('section:not(.unconfirmed-sends)').getByRole('button', { name: 'Je l’ai envoyé' });

/** Waits for Gmail's own "sent" notice to come and its Undo to go. */
export async function noticeSettles(mail: Page) {
  await mail.locator('#link_vsm').waitFor();
  await mail.locator('#link_undo').waitFor({ state: 'detached' });
}
