import { join } from 'node:path';
import type { Frame, Page } from 'playwright-core';
import type { Launched } from './harness';

/** Helpers that drive the extension's surfaces like a person would. */

/**
 * The panel docked beside a compose: an extension page framed inside a closed shadow
 * root, which no selector reaches, so it is found among the page's frames. Waits on the
 * page's frame navigations, up to `timeout` ms.
 */
export async function dockedPanel(page: Page, timeout = 30_000): Promise<Frame> {
  const find = () => page.frames().find((f) => /\/sidepanel\.html/.test(f.url()));
  const deadline = Date.now() + timeout;
  for (let frame = find(); ; frame = find()) {
    if (frame) return frame;
    const left = deadline - Date.now();
    if (left <= 0) throw new Error('No Relance panel is docked in this page');
    await page.waitForEvent('framenavigated', { timeout: left }).catch(() => undefined);
  }
}
export function extUrl(app: Launched, path: string): string {
  return `chrome-extension://${app.extensionId}/${path.replace(/^\//, '')}`;
}

export async function openExt(
  app: Launched,
  path: string,
  viewport?: { width: number; height: number },
): Promise<Page> {
  const page = await app.context.newPage();
  if (viewport) await page.setViewportSize(viewport);
  await page.goto(extUrl(app, path));
  return page;
}

/** The demo build seeds its data on install; wait until the popup lists clients. */
export async function waitForDemoData(app: Launched): Promise<void> {
  const page = await openExt(app, 'popup.html');
  // The popup reads the ledger once when it opens: reopen it until the seed is in.
  for (let i = 0; i < 40; i++) {
    const listed = await page
      .locator('.client-name')
      .first()
      .waitFor({ timeout: 500 })
      .then(
        () => true,
        () => false,
      );
    if (listed) break;
    await page.reload();
  }
  await page.close();
}

/** The overlay's extension frame, once it has drawn its box (not the page's own frames). */
export async function overlayDrawn(page: Page): Promise<void> {
  await page.locator('relance-overlay').waitFor({ state: 'attached' });
  // Every turn awaits something: a loop that did not would hold Node's event loop, and with it
  // the very frame event it waits for and every test timeout.
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    const frame = page.frames().find((f) => /\/overlay\.html/.test(f.url()));
    if (!frame) await page.waitForEvent('framenavigated', { timeout: 1000 }).catch(() => undefined);
    else if (
      await frame
        .locator('.box')
        .first()
        .waitFor({ timeout: 1000 })
        .then(
          () => true,
          () => false,
        )
    )
      return;
  }
  throw new Error('the invoice overlay’s frame did not draw its box within 60 s');
}

/** Click inside a closed shadow root: by coordinates, as a user would. */
export async function clickHost(page: Page, selector: string): Promise<void> {
  const box = await page.locator(selector).first().boundingBox();
  if (!box) throw new Error(`${selector} is not visible`);
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
}

export async function captureSurfaces(
  app: Launched,
  base: string,
  dir: string,
  lang: 'fr' | 'en',
): Promise<string[]> {
  const files: string[] = [];
  const shot = async (page: Page, name: string, fullPage = false) => {
    const file = join(dir, `${name}-${lang}.png`);
    await page.screenshot({ path: file, fullPage });
    files.push(file);
  };
  await waitForDemoData(app);

  const popup = await openExt(app, 'popup.html', { width: 460, height: 760 });
  await popup.locator('.client-name').first().waitFor();
  await shot(popup, 'popup', true);
  await popup.close();

  const side = await openExt(app, 'sidepanel.html?client=demo:boulangerie', {
    width: 760,
    height: 1000,
  });
  await side.locator('[data-testid=draft-preview]').waitFor();
  await shot(side, 'sidepanel', true);
  await side.close();

  const options = await openExt(app, 'options.html', { width: 1000, height: 1000 });
  await options.locator('#identity').waitFor();
  await shot(options, 'options', true);
  await options.close();

  const dashboard = await openExt(app, 'dashboard.html', { width: 1000, height: 900 });
  await dashboard.locator('h2').first().waitFor();
  await shot(dashboard, 'dashboard', true);
  await dashboard.close();

  const letter = await openExt(
    app,
    `letter.html?client=demo:boulangerie&kind=formal-notice&lang=${lang}`,
    { width: 900, height: 1200 },
  );
  await letter.locator('h1').waitFor();
  await shot(letter, 'letter', true);
  await letter.close();

  const invoice = await app.context.newPage();
  await invoice.goto(`${base}/facture/F-2026-061.html`);
  await overlayDrawn(invoice);
  await shot(invoice, 'invoice-page');
  await invoice.goto(`${base}/factures.html`);
  await overlayDrawn(invoice);
  await shot(invoice, 'invoice-list');
  await invoice.close();

  const mail = await app.context.newPage();
  await mail.goto(`${base}/webmail.html`);
  // Drawn inside its closed shadow root: the host has a size once the button is in.
  await mail.waitForFunction(
    () =>
      (document.querySelector('relance-compose-button')?.getBoundingClientRect().width ?? 0) > 0,
  );
  await clickHost(mail, 'relance-compose-button');
  const panel = await dockedPanel(mail);
  await panel.locator('[data-testid=draft-preview]').waitFor();
  await shot(mail, 'compose-panel');
  await panel
    .getByRole('button', {
      name: lang === 'fr' ? 'Insérer dans l’e-mail ouvert' : 'Insert into the open e-mail',
    })
    .click();
  await mail.waitForFunction(
    () => (document.querySelector('[g_editable]')?.textContent ?? '').length > 50,
  );
  await shot(mail, 'compose-inserted');
  await mail.close();
  return files;
}
