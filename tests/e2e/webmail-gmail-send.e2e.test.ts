import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openExt } from '../../tools/chromium/surfaces';
import { GMAIL_POPOUT, noticeSettles, sentByHand, startWebmail, type Webmail } from './webmail';

/**
 * Gmail in Chromium with the built extension (demo build), the fixtures served at Gmail's
 * real address: a reminder is logged only when Gmail itself confirms the send; every
 * false-send path (refused send then tab closed or Save & close, discard, undo, a synthetic
 * click, a pop-out closed by the user) logs nothing. Absences are checked after a later real
 * send of the same client is seen logged once, so no test waits on a fixed delay.
 */
let w: Webmail;

beforeAll(async () => {
  w = await startWebmail();
});

afterAll(async () => {
  await w?.close();
});

describe('Gmail: a reminder is logged only on Gmail’s own evidence', () => {
  it('Insert, Send, “Message sent”, the undo window over: logged once, and the planner moves on', async () => {
    const before = await w.sentCount('demo:studio');
    const mail = await w.gmail('compose-2026-11.html');
    await expect.poll(() => mail.locator('relance-compose-button').count()).toBe(2);
    await w.insert(
      mail,
      '[role=dialog] relance-compose-button',
      'Studio Lumière',
      '[role=dialog] [g_editable]',
      /F-2026-052/,
    );
    expect(await mail.locator('[role=dialog] input[name=subjectbox]').inputValue()).toBe(
      'Rappel de paiement – facture n° F-2026-052',
    );
    expect(await mail.locator('.M9 [g_editable]').textContent()).not.toMatch(/F-2026-052/);
    await mail.locator('[role=dialog] .aoO').click();
    // The panel leaves with its compose.
    await expect.poll(() => mail.locator('relance-panel').count()).toBe(0);
    await noticeSettles(mail);
    await expect.poll(() => w.sentCount('demo:studio')).toBe(before + 1);
    expect((await w.timeline('demo:studio')).join('\n')).toMatch(
      /Relance envoyée \(première relance\)/,
    );
    await mail.close();
    const popup = await openExt(w.app, 'popup.html');
    await expect
      .poll(() =>
        popup.locator('li.card', { hasText: 'Studio Lumière' }).locator('.reason').textContent(),
      )
      .toMatch(/1 relance sans règlement.*→ appel téléphonique/);
    await popup.close();
  });

  it('refused send (offline) then the tab closed; refused send then Save & close; discard; a synthetic click: nothing — then a real send is logged once', async () => {
    const before = await w.sentCount('demo:studio');
    // Refused, then the tab closes (at any delay: the background no longer logs on a tab closing).
    let mail = await w.gmail('compose-de-2026-12.html');
    await w.insert(
      mail,
      '[role=dialog] relance-compose-button',
      'Studio Lumière',
      '[role=dialog] [g_editable]',
      /F-2026-05/,
    );
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
    mail = await w.gmail('compose-es-2026-12.html');
    await w.insert(
      mail,
      '[role=dialog] relance-compose-button',
      'Studio Lumière',
      '[role=dialog] [g_editable]',
      /F-2026-05/,
    );
    await mail.evaluate(() => (document.body.dataset.offline = '1'));
    await mail.locator('[role=dialog] .aoO').click();
    await mail.locator('[role=alertdialog]').waitFor();
    await mail.locator('[role=alertdialog] button').click();
    await mail.locator('[role=dialog] img.Ha').click();
    await expect.poll(() => mail.locator('[role=dialog]').count()).toBe(0);
    expect(await mail.locator('relance-panel').count()).toBe(0);
    // Discard, in another compose of the same page (after reloading it).
    await mail.reload();
    await w.insert(
      mail,
      '[role=dialog] relance-compose-button',
      'Studio Lumière',
      '[role=dialog] [g_editable]',
      /F-2026-05/,
    );
    await mail.locator('[role=dialog] .og').click();
    await expect.poll(() => mail.locator('relance-panel').count()).toBe(0);
    // A synthetic click on Send: the page (or another extension) sent it, not the user: not ours to log.
    await mail.reload();
    await w.insert(
      mail,
      '[role=dialog] relance-compose-button',
      'Studio Lumière',
      '[role=dialog] [g_editable]',
      /F-2026-05/,
    );
    await mail.evaluate(() =>
      (document.querySelector('[role=dialog] .aoO') as HTMLElement).click(),
    );
    await noticeSettles(mail);
    await mail.close();

    // Now a real one, by Ctrl+Enter (German UI): logged once, so none of the above was.
    mail = await w.gmail('compose-de-2026-12.html');
    await w.insert(
      mail,
      '[role=dialog] relance-compose-button',
      'Studio Lumière',
      '[role=dialog] [g_editable]',
      /F-2026-05/,
    );
    await mail.locator('[role=dialog] [g_editable]').focus();
    await mail.keyboard.press('Control+Enter');
    await noticeSettles(mail);
    await expect.poll(() => w.sentCount('demo:studio')).toBe(before + 1);
    await mail.close();
  });

  it('Undo send cancels; sent again, it is logged once; a refused send leaves “Je l’ai envoyé” in the panel', async () => {
    const before = await w.sentCount('demo:studio');
    const mail = await w.gmail('compose-es-2026-12.html');
    await w.insert(
      mail,
      '[role=dialog] relance-compose-button',
      'Studio Lumière',
      '[role=dialog] [g_editable]',
      /F-2026-05/,
    );
    await mail.locator('[role=dialog] .aoO').click();
    await mail.locator('#link_undo').click();
    await expect.poll(() => mail.locator('[role=dialog]').count()).toBe(1);
    await expect.poll(() => mail.locator('[role=dialog] relance-compose-button').count()).toBe(1);
    await mail.locator('[role=dialog] .aoO').click();
    await noticeSettles(mail);
    await expect.poll(() => w.sentCount('demo:studio')).toBe(before + 1);
    await mail.close();

    // No evidence (offline): the user says it, once.
    const again = await w.gmail('compose-fr-2026-12.html');
    const panel = await w.insert(
      again,
      '[role=dialog] relance-compose-button',
      'Studio Lumière',
      '[role=dialog] [g_editable]',
      /F-2026-05/,
    );
    await again.evaluate(() => (document.body.dataset.offline = '1'));
    await again.locator('[role=dialog] .aoO').click();
    await again.locator('[role=alertdialog]').waitFor();
    await sentByHand(panel).click();
    await expect
      .poll(() => panel.getByRole('status').last().textContent())
      .toMatch(/enregistrée comme envoyée/);
    await expect.poll(() => w.sentCount('demo:studio')).toBe(before + 2);
    await again.close();
  });

  it('inline reply in a thread: its own button and client; the draft goes above the quoted text; Send logged', async () => {
    const before = await w.sentCount('demo:boulangerie');
    const mail = await w.gmail('compose-2026-11.html');
    await w.insert(
      mail,
      '.M9 relance-compose-button',
      'Boulangerie Martin SARL',
      '.M9 [g_editable]',
      /F-2026-0/,
    );
    const order = await mail.locator('.M9 [g_editable]').evaluate((body) => {
      const text = body.textContent ?? '';
      return [text.search(/F-2026-0/), text.indexOf('nous avons bien reçu')];
    });
    expect(order[0]).toBeGreaterThanOrEqual(0);
    expect(order[0]).toBeLessThan(order[1]!);
    // The thread's sender shown above the reply is not read as a recipient of the new message.
    expect(await mail.locator('.M9 input[type=hidden][name=subjectbox]').inputValue()).toBe(
      'Re: Facture F-2026-031',
    );
    await mail.locator('.M9 .aoO').click();
    await noticeSettles(mail);
    await expect.poll(() => w.sentCount('demo:boulangerie')).toBe(before + 1);
    await mail.close();
  });

  it('full screen (French UI): the send only empties the compose; Gmail’s notice makes it logged', async () => {
    const before = await w.sentCount('demo:garage');
    const mail = await w.gmail('fullscreen-2026-11.html');
    await w.insert(
      mail,
      '.aSs relance-compose-button',
      'Garage du Centre',
      '.aSs [g_editable]',
      /F-2026-047/,
    );
    await mail.locator('.aSs .aoO').click();
    await expect.poll(() => mail.locator('.aSs [g_editable]').count()).toBe(0);
    expect(await mail.locator('.aSs [role=dialog]').count()).toBe(1);
    await expect.poll(() => mail.locator('relance-panel').count()).toBe(0);
    await noticeSettles(mail);
    await expect.poll(() => w.sentCount('demo:garage')).toBe(before + 1);
    await mail.close();
  });

  it('pop-out window: a refused send keeps it open with “Je l’ai envoyé”; closed by the user, nothing; a real send closes it and the notice in the tab that opened it logs it once', async () => {
    const before = await w.sentCount('demo:studio');
    const inbox = await w.gmail('compose-de-2026-12.html');
    let pop = await w.popOut(inbox, GMAIL_POPOUT);
    const panel = await w.insert(
      pop,
      'relance-compose-button',
      'Studio Lumière',
      '[g_editable]',
      /F-2026-05/,
    );
    await pop.evaluate(() => (document.body.dataset.offline = '1'));
    await pop.locator('.aoO').click();
    await pop.locator('[role=alertdialog]').waitFor();
    expect(await pop.locator('[g_editable]').count()).toBe(1);
    await sentByHand(panel).waitFor();
    // The user closes the window: a window closing is no evidence of a send.
    await pop.close();
    // A real send: the window closes itself and Gmail's notice shows in the tab that opened it.
    // Logged once: the refused one above was not.
    pop = await w.popOut(inbox, GMAIL_POPOUT);
    await w.insert(pop, 'relance-compose-button', 'Studio Lumière', '[g_editable]', /F-2026-05/);
    const closed = pop.waitForEvent('close');
    await pop.locator('.aoO').click();
    await closed;
    await noticeSettles(inbox);
    await expect.poll(() => w.sentCount('demo:studio')).toBe(before + 1);
    await inbox.close();
  });

  it('nothing left the machine', () => {
    expect(w.started.outside).toEqual([]);
  });
});
