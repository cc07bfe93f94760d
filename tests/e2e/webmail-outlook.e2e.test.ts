import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clickHost, openExt, dockedPanel } from '../../tools/chromium/surfaces';
import { OUTLOOK_POPOUT, sentByHand, startWebmail, type Webmail } from './webmail';

/**
 * Outlook on the web in Chromium with the built extension (demo build), the fixtures served
 * at Outlook's real address: the reading-pane compose and the pop-out window, a reminder
 * logged only on Outlook's evidence or the user's word, and recipients as typed.
 */
let w: Webmail;

beforeAll(async () => {
  w = await startWebmail();
});

afterAll(async () => {
  await w?.close();
});

describe('Outlook on the web: reading-pane compose', () => {
  it('button beside Send, panel, Insert into the roosterjs body inside #editorParent_1; refused send then Discard, a pop-out closing after Send: nothing; a real send is logged once', async () => {
    const before = await w.sentCount('demo:northwind');
    let mail = await w.app.context.newPage();
    await mail.goto('https://outlook.live.com/mail/0/deeplink/compose');
    await w.insert(
      mail,
      'relance-compose-button',
      'Northwind Traders Ltd',
      '#editorParent_1 [contenteditable=true]',
      /INV-2026-009/,
    );
    expect(await mail.locator('input[aria-label="Add a subject"]').inputValue()).toMatch(
      /INV-2026-009/,
    );
    // The button sits in the row of Send and Discard.
    expect(await mail.locator('.kpB5d relance-compose-button').count()).toBe(1);
    // Refused: no recipient left. Then Discard.
    await mail.locator('.well[aria-label=To] .chip').evaluate((c) => c.remove());
    await mail.locator('button[aria-label=Send]').click();
    await mail.locator('[role=alertdialog]').waitFor();
    await mail.locator('button[aria-label=Discard]').click();
    await expect.poll(() => mail.locator('relance-panel').count()).toBe(0);
    await mail.close();

    // The pop-out window (from a reading-pane tab, as Outlook opens it): button, Insert, and
    // a Send after which it closes itself. Outlook shows no confirmation there and the
    // window closing is no evidence: nothing is logged until the user says so.
    mail = await w.app.context.newPage();
    await mail.goto('https://outlook.live.com/mail/0/inbox');
    const pop = await w.popOut(mail, OUTLOOK_POPOUT);
    expect(await pop.locator('[data-app-section=Form_Content]').count()).toBe(1);
    const popPanel = await w.insert(
      pop,
      'relance-compose-button',
      'Northwind Traders Ltd',
      '#editorParent_1 [contenteditable=true]',
      /INV-2026-009/,
    );
    expect(await pop.locator('input[aria-label="Add a subject"]').inputValue()).toMatch(
      /INV-2026-009/,
    );
    expect(await pop.locator('.kpB5d relance-compose-button').count()).toBe(1);
    await sentByHand(popPanel).waitFor();
    const closed = pop.waitForEvent('close');
    await pop.locator('button[aria-label=Send]').click();
    await closed;
    // The window and its "Je l'ai envoyé" are gone: the client's side panel asks, and one
    // trusted click logs the reminder once; the line then leaves.
    // The popup asks too, for every client: both lines are there, named.
    const popup = await openExt(w.app, 'popup.html');
    const asked = popup.locator('.unconfirmed-sends p');
    await expect.poll(() => asked.count()).toBe(2);
    for (const text of await asked.allTextContents())
      expect(text).toMatch(/Relance du .+ à Northwind Traders Ltd : envoyée \?/);
    await popup.close();
    const side = await openExt(w.app, 'sidepanel.html?client=demo:northwind');
    // Newest first: the pop-out's, then the refused send's tab closed after Discard.
    const line = side.locator('.unconfirmed-sends p');
    await expect.poll(() => line.count()).toBe(2);
    for (const text of await line.allTextContents())
      expect(text).toMatch(
        /Relance du .+ à Northwind Traders Ltd : envoyée \?|Reminder to Northwind Traders Ltd of .+: sent\?/,
      );
    expect(await w.sentCount('demo:northwind')).toBe(before);
    await line
      .first()
      .getByRole('button', { name: /Je l’ai envoyé|I sent it/ })
      .click();
    await expect.poll(() => line.count()).toBe(1);
    await line
      .first()
      .getByRole('button', { name: /Non, pas envoyée|No, not sent/ })
      .click();
    await expect.poll(() => line.count()).toBe(0);
    await side.close();
    expect(await w.sentCount('demo:northwind')).toBe(before + 1);

    await mail.goto('https://outlook.live.com/mail/0/deeplink/compose');
    await w.insert(
      mail,
      'relance-compose-button',
      'Northwind Traders Ltd',
      '#editorParent_1 [contenteditable=true]',
      /INV-2026-009/,
    );
    await mail.locator('#editorParent_1 [contenteditable=true]').focus();
    await mail.keyboard.press('Control+Enter');
    await expect.poll(() => mail.locator('#docking_InitVisiblePart_0').count()).toBe(0);
    // Outlook's evidence: the compose stays closed through its longest undo delay (10 s).
    await expect
      .poll(() => w.sentCount('demo:northwind'), { timeout: 20_000, interval: 1000 })
      .toBe(before + 2);
    expect((await w.timeline('demo:northwind')).join('\n')).toMatch(
      /Second reminder|deuxième relance/,
    );
    await mail.close();
  });

  it('recipients as typed in the To well (no chip yet), never the floating suggestions; the open panel follows', async () => {
    const mail = await w.app.context.newPage();
    await mail.goto('https://outlook.live.com/mail/0/deeplink/compose');
    await expect.poll(() => mail.locator('relance-compose-button').count()).toBe(1);
    await mail.locator('.well[aria-label=To] .chip').evaluate((c) => c.remove());
    await clickHost(mail, 'relance-compose-button');
    const panel = await dockedPanel(mail);
    await panel
      .getByText('Aucun client sélectionné')
      .or(panel.getByText('No client selected'))
      .first()
      .waitFor();
    await mail.locator('.well[aria-label=To]').click();
    await mail.keyboard.type('accounts@northwind.example');
    // Outlook shows a suggestion (another client's address) in its floating layer: not a recipient.
    await mail.locator('.ms-Suggestions:not([hidden])').waitFor();
    await expect
      .poll(() => panel.locator('.client-details h2').textContent())
      .toBe('Northwind Traders Ltd');
    await mail.close();
  });

  it('nothing left the machine', () => {
    expect(w.started.outside).toEqual([]);
  });
});
