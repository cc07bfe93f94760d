import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clickHost, dockedPanel } from '../../tools/chromium/surfaces';
import { startWebmail, type Webmail } from './webmail';

/**
 * Gmail in Chromium with the built extension (demo build): which client a compose is for
 * (its recipients as typed, never the app's suggestions; an inline reply or forward), and
 * the docked panel (fits its width, never covers its button, follows its compose, leaves
 * with it). Nothing here is sent: the send evidence is webmail-gmail-send.e2e.test.ts.
 */
let w: Webmail;

beforeAll(async () => {
  w = await startWebmail();
});

afterAll(async () => {
  await w?.close();
});

describe('Gmail: the compose’s client and the docked panel', () => {
  it('recipients as typed, never the suggestions; the open panel follows a change', async () => {
    const mail = await w.gmail('compose-empty-2026-12.html');
    await expect.poll(() => mail.locator('relance-compose-button').count()).toBe(1);
    const to = mail.locator('[role=dialog] div[name=to] input[role=combobox]');
    await to.click();
    await to.pressSequentially('gar');
    // Gmail suggests Paul Durand (Garage du Centre); nothing is a recipient yet.
    await mail
      .locator('[role=dialog] [role=listbox].ah [data-hovercard-id="paul@garage-centre.example"]')
      .waitFor();
    await to.fill('');
    await to.pressSequentially('marc@studio-lumiere.example');
    const host = mail.locator('relance-compose-button');
    // The count badge (Studio Lumière's overdue invoices) shows before any chip exists.
    await expect
      .poll(() => host.evaluate((h) => h.getBoundingClientRect().width))
      .toBeGreaterThan(70);
    expect(await mail.locator('[role=dialog] div[name=to] [role=option].afV').count()).toBe(0);
    await w.openPanel(mail, 'relance-compose-button', 'Studio Lumière');
    // A second field changes the client: the first chip removed, another address typed in Cc.
    await mail.locator('[role=dialog] div[name=to] .afX').click();
    const cc = mail.locator('[role=dialog] div[name=cc] input[role=combobox]');
    await cc.click();
    await cc.pressSequentially('paul@garage-centre.example');
    const panel = await dockedPanel(mail);
    await expect
      .poll(() => panel.locator('.client-details h2').textContent())
      .toBe('Garage du Centre');
    // Bcc too: the Cc chip removed, another address typed in Bcc.
    const bcc = mail.locator('[role=dialog] div[name=bcc] input[role=combobox]');
    await bcc.click();
    await mail.locator('[role=dialog] div[name=cc] .afX').click();
    await bcc.click();
    await bcc.pressSequentially('compta@boulangerie-martin.example');
    await expect
      .poll(() => panel.locator('.client-details h2').textContent())
      .toBe('Boulangerie Martin SARL');
    await mail.close();
  });

  it('inline forward (French UI): no recipient yet, then one typed; the panel follows', async () => {
    const mail = await w.gmail('compose-fr-2026-12.html');
    await expect.poll(() => mail.locator('.M9 relance-compose-button').count()).toBe(1);
    await clickHost(mail, '.M9 relance-compose-button');
    const panel = await dockedPanel(mail);
    await panel
      .getByText('Aucun client sélectionné')
      .or(panel.getByText('No client selected'))
      .first()
      .waitFor();
    const to = mail.locator('.M9 div[name=to] input[role=combobox]');
    await to.click();
    await to.pressSequentially('compta@boulangerie-martin.example');
    await expect
      .poll(() => panel.locator('.client-details h2').textContent())
      .toBe('Boulangerie Martin SARL');
    await mail.close();
  });

  it('the docked panel fits its width (the invoice table wraps), never covers its button, follows its compose, leaves with it', async () => {
    const mail = await w.gmail('compose-2026-11.html');
    // Boulangerie Martin: several invoices overdue, so the draft has the invoice table.
    await w.openPanel(mail, '.M9 relance-compose-button', 'Boulangerie Martin SARL');
    const frame = mail.locator('relance-panel');
    const panel = await dockedPanel(mail);
    const table = panel.locator('[data-testid=draft-preview] table').first();
    await table.waitFor();
    const widths = await table.evaluate((t) => [
      t.getBoundingClientRect().right,
      document.documentElement.clientWidth,
      document.documentElement.scrollWidth,
    ]);
    expect(widths[0]).toBeLessThanOrEqual(widths[1]!);
    expect(widths[2]).toBeLessThanOrEqual(widths[1]!);
    const button = (await mail.locator('.M9 relance-compose-button').boundingBox())!;
    const box = (await frame.boundingBox())!;
    expect(
      box.x + box.width <= button.x ||
        box.x >= button.x + button.width ||
        box.y >= button.y + button.height ||
        box.y + box.height <= button.y,
    ).toBe(true);
    // The compose grows: the panel moves with it.
    await mail.locator('.M9').evaluate((d) => ((d as HTMLElement).style.width = '800px'));
    const compose = (await mail.locator('.M9').boundingBox())!;
    await expect
      .poll(async () => (await frame.boundingBox())!.x)
      .toBeGreaterThanOrEqual(compose.x + compose.width);
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

  it('nothing left the machine', () => {
    expect(w.started.outside).toEqual([]);
  });
});
