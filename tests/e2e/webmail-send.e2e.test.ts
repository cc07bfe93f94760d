import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FrameLocator, Page, Request } from 'playwright-core';
import { BEHAVIOUR_TYPE, behaviourScript } from '../../tools/chromium/fixture-behaviour';
import { ROOT, launch, type Launched } from '../../tools/chromium/harness';
import { clickHost, openExt, waitForDemoData } from '../../tools/chromium/surfaces';

/**
 * Gmail and Outlook in Chromium with the built extension (demo build), the fixtures served
 * at the apps' real addresses. A reminder is logged only when the app itself confirms the
 * send; every false-send path (refused send then tab closed or Save & close, discard, undo,
 * a synthetic click) logs nothing. Absences are checked after a later real send of the same
 * client is seen logged once, so no test waits on a fixed delay.
 */
let app: Launched;
const outside: string[] = [];
const LOCAL = /^(chrome-extension:|data:|blob:|about:|https:\/\/mail\.google\.com\/|https:\/\/outlook\.live\.com\/)/;
/** Which Gmail page the next navigation gets (the pop-out, view=cm, always gets its own). */
let gmailFile = 'compose-2026-11.html';
/**
 * Outlook's pop-out compose window is /mail/deeplink/compose?popoutv2=1 (public Selenium and
 * AutoIt scripts driving outlook.office.com / outlook.office365.com, 2021–2024, read
 * 2026-12-01); the reading-pane compose is served for every other page.
 */
const GMAIL_POPOUT = 'https://mail.google.com/mail/u/0/?view=cm&fs=1&tf=1';
const OUTLOOK_POPOUT = 'https://outlook.live.com/mail/0/deeplink/compose?popoutv2=1';
const outlookPage = (url: string) => (new URL(url).searchParams.get('popoutv2') === '1' ? 'popout-2026-12.html' : 'compose-2026-11.html');

beforeAll(async () => {
  app = await launch();
  const watch = (r: Request) => {
    if (!LOCAL.test(r.url())) outside.push(r.url());
  };
  app.context.on('request', watch);
  await app.context.route('https://mail.google.com/**', (route) =>
    route.fulfill({
      status: 200,
      contentType: 'text/html; charset=utf-8',
      headers: { 'content-security-policy': "require-trusted-types-for 'script'" },
      body: readFileSync(join(ROOT, 'tests/fixtures/gmail', new URL(route.request().url()).searchParams.get('view') === 'cm' ? 'popout-2026-11.html' : gmailFile), 'utf8'),
    }),
  );
  await app.context.route('https://outlook.live.com/**', (route) =>
    route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: readFileSync(join(ROOT, 'tests/fixtures/outlook', outlookPage(route.request().url())), 'utf8') }),
  );
  // The fixtures' shared behaviour script (standing in for the app's own); registered last, so tried first.
  await app.context.route(/^https:\/\/(mail\.google\.com|outlook\.live\.com)\/relance-fixture\//, (route) =>
    route.fulfill({ status: 200, contentType: BEHAVIOUR_TYPE, body: behaviourScript(route.request().url()) ?? '' }),
  );
  await waitForDemoData(app);
});

afterAll(async () => {
  await app?.close();
});

async function gmail(file: string): Promise<Page> {
  gmailFile = file;
  const page = await app.context.newPage();
  await page.goto('https://mail.google.com/mail/u/0/#inbox');
  return page;
}

/** The reminders and notes a client's timeline shows. */
async function timeline(clientId: string): Promise<string[]> {
  const side = await openExt(app, `sidepanel.html?client=${clientId}`);
  await side.locator('.client-details h2').waitFor();
  const items = await side.locator('.timeline li').allTextContents();
  await side.close();
  return items;
}
const sentCount = async (clientId: string) => (await timeline(clientId)).filter((t) => /Relance envoyée|E-mail envoyé|E-mail sent/.test(t)).length;

async function openPanel(mail: Page, button: string, client: string): Promise<FrameLocator> {
  await expect.poll(() => mail.locator(button).count()).toBe(1);
  await clickHost(mail, button);
  const panel = mail.frameLocator('iframe[data-relance-panel]');
  await panel.locator('[data-testid=draft-preview]').waitFor();
  expect(await panel.locator('.client-details h2').textContent()).toBe(client);
  return panel;
}

async function insert(mail: Page, button: string, client: string, body: string, number: RegExp): Promise<FrameLocator> {
  const panel = await openPanel(mail, button, client);
  await panel.getByRole('button', { name: 'Insérer dans l’e-mail ouvert' }).click();
  await expect.poll(() => mail.locator(body).textContent()).toMatch(number);
  return panel;
}

/** The draft's own "Je l'ai envoyé" (not the lines about earlier composes closed without evidence). */
const sentByHand = (panel: FrameLocator) => panel.locator('section:not(.unconfirmed-sends)').getByRole('button', { name: 'Je l’ai envoyé' });

/** Opens a pop-out compose window from the mail tab, as the app's pop-out button does (window.open). */
async function popOut(from: Page, url: string): Promise<Page> {
  const [pop] = await Promise.all([app.context.waitForEvent('page'), from.evaluate((u) => void window.open(u, '_blank', 'popup,width=700,height=700'), url)]);
  await pop.waitForLoadState();
  return pop;
}

/** Waits for the page's own "sent" notice to come and its Undo to go. */
async function noticeSettles(mail: Page) {
  await mail.locator('#link_vsm').waitFor();
  await mail.locator('#link_undo').waitFor({ state: 'detached' });
}

describe('Gmail: a reminder is logged only on Gmail’s own evidence', () => {
  it('Insert, Send, “Message sent”, the undo window over: logged once, and the planner moves on', async () => {
    const before = await sentCount('demo:studio');
    const mail = await gmail('compose-2026-11.html');
    await expect.poll(() => mail.locator('relance-compose-button').count()).toBe(2);
    await insert(mail, '[role=dialog] relance-compose-button', 'Studio Lumière', '[role=dialog] [g_editable]', /F-2026-052/);
    expect(await mail.locator('[role=dialog] input[name=subjectbox]').inputValue()).toBe('Rappel de paiement – facture n° F-2026-052');
    expect(await mail.locator('.M9 [g_editable]').textContent()).not.toMatch(/F-2026-052/);
    await mail.locator('[role=dialog] .aoO').click();
    // The panel leaves with its compose.
    await expect.poll(() => mail.locator('iframe[data-relance-panel]').count()).toBe(0);
    await noticeSettles(mail);
    await expect.poll(() => sentCount('demo:studio')).toBe(before + 1);
    expect((await timeline('demo:studio')).join('\n')).toMatch(/Relance envoyée \(première relance\)/);
    await mail.close();
    const popup = await openExt(app, 'popup.html');
    await expect.poll(() => popup.locator('li.card', { hasText: 'Studio Lumière' }).locator('.reason').textContent()).toMatch(/1 relance sans règlement.*→ appel téléphonique/);
    await popup.close();
  });

  it('refused send (offline) then the tab closed; refused send then Save & close; discard; a synthetic click: nothing — then a real send is logged once', async () => {
    const before = await sentCount('demo:studio');
    // Refused, then the tab closes (at any delay: the background no longer logs on a tab closing).
    let mail = await gmail('compose-de-2026-12.html');
    await insert(mail, '[role=dialog] relance-compose-button', 'Studio Lumière', '[role=dialog] [g_editable]', /F-2026-05/);
    await mail.evaluate(() => (document.body.dataset.offline = '1'));
    const clicked = Date.now();
    await mail.locator('[role=dialog] .aoO').click();
    await mail.locator('[role=alertdialog]').waitFor();
    expect(await mail.locator('[role=dialog]').count()).toBe(1);
    // The path: the tab closed 17 s after the refused Send (past the old 15 s give-up,
    // inside the old 60 s tab rule). The delay is the scenario, not a wait for a condition.
    await mail.waitForTimeout(Math.max(0, 17_000 - (Date.now() - clicked)));
    await mail.close();

    // Refused, then Save & close: the compose leaves without Gmail saying sent.
    mail = await gmail('compose-es-2026-12.html');
    await insert(mail, '[role=dialog] relance-compose-button', 'Studio Lumière', '[role=dialog] [g_editable]', /F-2026-05/);
    await mail.evaluate(() => (document.body.dataset.offline = '1'));
    await mail.locator('[role=dialog] .aoO').click();
    await mail.locator('[role=alertdialog]').waitFor();
    await mail.locator('[role=alertdialog] button').click();
    await mail.locator('[role=dialog] img.Ha').click();
    await expect.poll(() => mail.locator('[role=dialog]').count()).toBe(0);
    expect(await mail.locator('iframe[data-relance-panel]').count()).toBe(0);
    // Discard, in another compose of the same page (after reloading it).
    await mail.reload();
    await insert(mail, '[role=dialog] relance-compose-button', 'Studio Lumière', '[role=dialog] [g_editable]', /F-2026-05/);
    await mail.locator('[role=dialog] .og').click();
    await expect.poll(() => mail.locator('iframe[data-relance-panel]').count()).toBe(0);
    // A synthetic click on Send: the page (or another extension) sent it, not the user: not ours to log.
    await mail.reload();
    await insert(mail, '[role=dialog] relance-compose-button', 'Studio Lumière', '[role=dialog] [g_editable]', /F-2026-05/);
    await mail.evaluate(() => (document.querySelector('[role=dialog] .aoO') as HTMLElement).click());
    await noticeSettles(mail);
    await mail.close();

    // Now a real one, by Ctrl+Enter (German UI): logged once, so none of the above was.
    mail = await gmail('compose-de-2026-12.html');
    await insert(mail, '[role=dialog] relance-compose-button', 'Studio Lumière', '[role=dialog] [g_editable]', /F-2026-05/);
    await mail.locator('[role=dialog] [g_editable]').focus();
    await mail.keyboard.press('Control+Enter');
    await noticeSettles(mail);
    await expect.poll(() => sentCount('demo:studio')).toBe(before + 1);
    await mail.close();
  });

  it('Undo send cancels; sent again, it is logged once; a refused send leaves “Je l’ai envoyé” in the panel', async () => {
    const before = await sentCount('demo:studio');
    const mail = await gmail('compose-es-2026-12.html');
    await insert(mail, '[role=dialog] relance-compose-button', 'Studio Lumière', '[role=dialog] [g_editable]', /F-2026-05/);
    await mail.locator('[role=dialog] .aoO').click();
    await mail.locator('#link_undo').click();
    await expect.poll(() => mail.locator('[role=dialog]').count()).toBe(1);
    await expect.poll(() => mail.locator('[role=dialog] relance-compose-button').count()).toBe(1);
    await mail.locator('[role=dialog] .aoO').click();
    await noticeSettles(mail);
    await expect.poll(() => sentCount('demo:studio')).toBe(before + 1);
    await mail.close();

    // No evidence (offline): the user says it, once.
    const again = await gmail('compose-fr-2026-12.html');
    const panel = await insert(again, '[role=dialog] relance-compose-button', 'Studio Lumière', '[role=dialog] [g_editable]', /F-2026-05/);
    await again.evaluate(() => (document.body.dataset.offline = '1'));
    await again.locator('[role=dialog] .aoO').click();
    await again.locator('[role=alertdialog]').waitFor();
    await sentByHand(panel).click();
    await expect.poll(() => panel.getByRole('status').last().textContent()).toMatch(/enregistrée comme envoyée/);
    await expect.poll(() => sentCount('demo:studio')).toBe(before + 2);
    await again.close();
  });

  it('recipients as typed, never the suggestions; the open panel follows a change', async () => {
    const mail = await gmail('compose-empty-2026-12.html');
    await expect.poll(() => mail.locator('relance-compose-button').count()).toBe(1);
    const to = mail.locator('[role=dialog] div[name=to] input[role=combobox]');
    await to.click();
    await to.pressSequentially('gar');
    // Gmail suggests Paul Durand (Garage du Centre); nothing is a recipient yet.
    await mail.locator('[role=dialog] [role=listbox].ah [data-hovercard-id="paul@garage-centre.example"]').waitFor();
    await to.fill('');
    await to.pressSequentially('marc@studio-lumiere.example');
    const host = mail.locator('relance-compose-button');
    // The count badge (Studio Lumière's overdue invoices) shows before any chip exists.
    await expect.poll(() => host.evaluate((h) => h.getBoundingClientRect().width)).toBeGreaterThan(70);
    expect(await mail.locator('[role=dialog] div[name=to] [role=option].afV').count()).toBe(0);
    await openPanel(mail, 'relance-compose-button', 'Studio Lumière');
    // A second field changes the client: the first chip removed, another address typed in Cc.
    await mail.locator('[role=dialog] div[name=to] .afX').click();
    const cc = mail.locator('[role=dialog] div[name=cc] input[role=combobox]');
    await cc.click();
    await cc.pressSequentially('paul@garage-centre.example');
    const panel = mail.frameLocator('iframe[data-relance-panel]');
    await expect.poll(() => panel.locator('.client-details h2').textContent()).toBe('Garage du Centre');
    // Bcc too: the Cc chip removed, another address typed in Bcc.
    const bcc = mail.locator('[role=dialog] div[name=bcc] input[role=combobox]');
    await bcc.click();
    await mail.locator('[role=dialog] div[name=cc] .afX').click();
    await bcc.click();
    await bcc.pressSequentially('compta@boulangerie-martin.example');
    await expect.poll(() => panel.locator('.client-details h2').textContent()).toBe('Boulangerie Martin SARL');
    await mail.close();
  });

  it('inline reply in a thread: its own button and client; the draft goes above the quoted text; Send logged', async () => {
    const before = await sentCount('demo:boulangerie');
    const mail = await gmail('compose-2026-11.html');
    await insert(mail, '.M9 relance-compose-button', 'Boulangerie Martin SARL', '.M9 [g_editable]', /F-2026-0/);
    const order = await mail.locator('.M9 [g_editable]').evaluate((body) => {
      const text = body.textContent ?? '';
      return [text.search(/F-2026-0/), text.indexOf('nous avons bien reçu')];
    });
    expect(order[0]).toBeGreaterThanOrEqual(0);
    expect(order[0]).toBeLessThan(order[1]!);
    // The thread's sender shown above the reply is not read as a recipient of the new message.
    expect(await mail.locator('.M9 input[type=hidden][name=subjectbox]').inputValue()).toBe('Re: Facture F-2026-031');
    await mail.locator('.M9 .aoO').click();
    await noticeSettles(mail);
    await expect.poll(() => sentCount('demo:boulangerie')).toBe(before + 1);
    await mail.close();
  });

  it('inline forward (French UI): no recipient yet, then one typed; the panel follows', async () => {
    const mail = await gmail('compose-fr-2026-12.html');
    await expect.poll(() => mail.locator('.M9 relance-compose-button').count()).toBe(1);
    await clickHost(mail, '.M9 relance-compose-button');
    const panel = mail.frameLocator('iframe[data-relance-panel]');
    await panel.getByText('Aucun client sélectionné').or(panel.getByText('No client selected')).first().waitFor();
    const to = mail.locator('.M9 div[name=to] input[role=combobox]');
    await to.click();
    await to.pressSequentially('compta@boulangerie-martin.example');
    await expect.poll(() => panel.locator('.client-details h2').textContent()).toBe('Boulangerie Martin SARL');
    await mail.close();
  });

  it('full screen (French UI): the send only empties the compose; Gmail’s notice makes it logged', async () => {
    const before = await sentCount('demo:garage');
    const mail = await gmail('fullscreen-2026-11.html');
    await insert(mail, '.aSs relance-compose-button', 'Garage du Centre', '.aSs [g_editable]', /F-2026-047/);
    await mail.locator('.aSs .aoO').click();
    await expect.poll(() => mail.locator('.aSs [g_editable]').count()).toBe(0);
    expect(await mail.locator('.aSs [role=dialog]').count()).toBe(1);
    await expect.poll(() => mail.locator('iframe[data-relance-panel]').count()).toBe(0);
    await noticeSettles(mail);
    await expect.poll(() => sentCount('demo:garage')).toBe(before + 1);
    await mail.close();
  });

  it('pop-out window: a refused send keeps it open with “Je l’ai envoyé”; closed by the user, nothing; a real send closes it and the notice in the tab that opened it logs it once', async () => {
    const before = await sentCount('demo:studio');
    const inbox = await gmail('compose-de-2026-12.html');
    let pop = await popOut(inbox, GMAIL_POPOUT);
    const panel = await insert(pop, 'relance-compose-button', 'Studio Lumière', '[g_editable]', /F-2026-05/);
    await pop.evaluate(() => (document.body.dataset.offline = '1'));
    await pop.locator('.aoO').click();
    await pop.locator('[role=alertdialog]').waitFor();
    expect(await pop.locator('[g_editable]').count()).toBe(1);
    await sentByHand(panel).waitFor();
    // The user closes the window: a window closing is no evidence of a send.
    await pop.close();
    // A real send: the window closes itself and Gmail's notice shows in the tab that opened it.
    // Logged once: the refused one above was not.
    pop = await popOut(inbox, GMAIL_POPOUT);
    await insert(pop, 'relance-compose-button', 'Studio Lumière', '[g_editable]', /F-2026-05/);
    const closed = pop.waitForEvent('close');
    await pop.locator('.aoO').click();
    await closed;
    await noticeSettles(inbox);
    await expect.poll(() => sentCount('demo:studio')).toBe(before + 1);
    await inbox.close();
  });

  it('the docked panel fits its width (the invoice table wraps), never covers its button, follows its compose, leaves with it', async () => {
    const mail = await gmail('compose-2026-11.html');
    // Boulangerie Martin: several invoices overdue, so the draft has the invoice table.
    await openPanel(mail, '.M9 relance-compose-button', 'Boulangerie Martin SARL');
    const frame = mail.locator('iframe[data-relance-panel]');
    const panel = mail.frameLocator('iframe[data-relance-panel]');
    const table = panel.locator('[data-testid=draft-preview] table').first();
    await table.waitFor();
    const widths = await table.evaluate((t) => [t.getBoundingClientRect().right, document.documentElement.clientWidth, document.documentElement.scrollWidth]);
    expect(widths[0]).toBeLessThanOrEqual(widths[1]!);
    expect(widths[2]).toBeLessThanOrEqual(widths[1]!);
    const button = (await mail.locator('.M9 relance-compose-button').boundingBox())!;
    const box = (await frame.boundingBox())!;
    expect(box.x + box.width <= button.x || box.x >= button.x + button.width || box.y >= button.y + button.height || box.y + box.height <= button.y).toBe(true);
    // The compose grows: the panel moves with it.
    await mail.locator('.M9').evaluate((d) => ((d as HTMLElement).style.width = '800px'));
    const compose = (await mail.locator('.M9').boundingBox())!;
    await expect.poll(async () => (await frame.boundingBox())!.x).toBeGreaterThanOrEqual(compose.x + compose.width);
    // Moved to another container (as Gmail's full screen does), then that container goes:
    // the panel leaves with it, without a click or focus.
    await mail.evaluate(() => {
      const outer = document.createElement('div');
      const box = document.createElement('div');
      box.id = 'elsewhere';
      outer.append(box);
      document.body.append(outer);
      box.append(document.querySelector('.M9')!);
    });
    await mail.waitForFunction(() => document.querySelector('#elsewhere .M9') !== null);
    expect(await frame.count()).toBe(1);
    await mail.locator('#elsewhere').evaluate((d) => d.remove());
    await expect.poll(() => frame.count()).toBe(0);
    await mail.close();
  });
});

describe('Outlook on the web: reading-pane compose', () => {
  it('button beside Send, panel, Insert into the roosterjs body inside #editorParent_1; refused send then Discard, a pop-out closing after Send: nothing; a real send is logged once', async () => {
    const before = await sentCount('demo:northwind');
    let mail = await app.context.newPage();
    await mail.goto('https://outlook.live.com/mail/0/deeplink/compose');
    await insert(mail, 'relance-compose-button', 'Northwind Traders Ltd', '#editorParent_1 [contenteditable=true]', /INV-2026-009/);
    expect(await mail.locator('input[aria-label="Add a subject"]').inputValue()).toMatch(/INV-2026-009/);
    // The button sits in the row of Send and Discard.
    expect(await mail.locator('.kpB5d relance-compose-button').count()).toBe(1);
    // Refused: no recipient left. Then Discard.
    await mail.locator('.well[aria-label=To] .chip').evaluate((c) => c.remove());
    await mail.locator('button[aria-label=Send]').click();
    await mail.locator('[role=alertdialog]').waitFor();
    await mail.locator('button[aria-label=Discard]').click();
    await expect.poll(() => mail.locator('iframe[data-relance-panel]').count()).toBe(0);
    await mail.close();

    // The pop-out window (from a reading-pane tab, as Outlook opens it): button, Insert, and
    // a Send after which it closes itself. Outlook shows no confirmation there and the
    // window closing is no evidence: nothing is logged until the user says so.
    mail = await app.context.newPage();
    await mail.goto('https://outlook.live.com/mail/0/inbox');
    const pop = await popOut(mail, OUTLOOK_POPOUT);
    expect(await pop.locator('[data-app-section=Form_Content]').count()).toBe(1);
    const popPanel = await insert(pop, 'relance-compose-button', 'Northwind Traders Ltd', '#editorParent_1 [contenteditable=true]', /INV-2026-009/);
    expect(await pop.locator('input[aria-label="Add a subject"]').inputValue()).toMatch(/INV-2026-009/);
    expect(await pop.locator('.kpB5d relance-compose-button').count()).toBe(1);
    await sentByHand(popPanel).waitFor();
    const closed = pop.waitForEvent('close');
    await pop.locator('button[aria-label=Send]').click();
    await closed;
    // The window and its "Je l'ai envoyé" are gone: the client's side panel asks, and one
    // trusted click logs the reminder once; the line then leaves.
    const side = await openExt(app, 'sidepanel.html?client=demo:northwind');
    // Newest first: the pop-out's, then the refused send's tab closed after Discard.
    const line = side.locator('.unconfirmed-sends p');
    await expect.poll(() => line.count()).toBe(2);
    for (const text of await line.allTextContents()) expect(text).toMatch(/Relance du .+ à Northwind Traders Ltd : envoyée \?|Reminder to Northwind Traders Ltd of .+: sent\?/);
    expect(await sentCount('demo:northwind')).toBe(before);
    await line.first().getByRole('button', { name: /Je l’ai envoyé|I sent it/ }).click();
    await expect.poll(() => line.count()).toBe(1);
    await line.first().getByRole('button', { name: /Non, pas envoyée|No, not sent/ }).click();
    await expect.poll(() => line.count()).toBe(0);
    await side.close();
    expect(await sentCount('demo:northwind')).toBe(before + 1);

    await mail.goto('https://outlook.live.com/mail/0/deeplink/compose');
    await insert(mail, 'relance-compose-button', 'Northwind Traders Ltd', '#editorParent_1 [contenteditable=true]', /INV-2026-009/);
    await mail.locator('#editorParent_1 [contenteditable=true]').focus();
    await mail.keyboard.press('Control+Enter');
    await expect.poll(() => mail.locator('#docking_InitVisiblePart_0').count()).toBe(0);
    // Outlook's evidence: the compose stays closed through its longest undo delay (10 s).
    await expect.poll(() => sentCount('demo:northwind'), { timeout: 20_000, interval: 1000 }).toBe(before + 2);
    expect((await timeline('demo:northwind')).join('\n')).toMatch(/Second reminder|deuxième relance/);
    await mail.close();
  });

  it('recipients as typed in the To well (no chip yet), never the floating suggestions; the open panel follows', async () => {
    const mail = await app.context.newPage();
    await mail.goto('https://outlook.live.com/mail/0/deeplink/compose');
    await expect.poll(() => mail.locator('relance-compose-button').count()).toBe(1);
    await mail.locator('.well[aria-label=To] .chip').evaluate((c) => c.remove());
    await clickHost(mail, 'relance-compose-button');
    const panel = mail.frameLocator('iframe[data-relance-panel]');
    await panel.getByText('Aucun client sélectionné').or(panel.getByText('No client selected')).first().waitFor();
    await mail.locator('.well[aria-label=To]').click();
    await mail.keyboard.type('accounts@northwind.example');
    // Outlook shows a suggestion (another client's address) in its floating layer: not a recipient.
    await mail.locator('.ms-Suggestions:not([hidden])').waitFor();
    await expect.poll(() => panel.locator('.client-details h2').textContent()).toBe('Northwind Traders Ltd');
    await mail.close();
  });

  it('nothing left the machine', () => {
    expect(outside).toEqual([]);
  });
});
