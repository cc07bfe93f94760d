import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CDPSession } from 'playwright-core';
import { BEHAVIOUR_TYPE, behaviourScript } from '../tools/chromium/fixture-behaviour';
import { DEMO_BUILD, ROOT, launch } from '../tools/chromium/harness';
import { waitForDemoData } from '../tools/chromium/surfaces';

/**
 * What the compose engine costs while someone works in a compose on a large mail page: the
 * Gmail compose fixture (a compose window and an inline reply, the shared behaviour script
 * standing in for Gmail's) above an inbox of ROWS conversation rows (~20 000 nodes), the
 * Relance button attached and its panel open. A storm of clicks in the compose body, then
 * typing in it; for each, the time in Relance's content script (CPU profile samples in its
 * frames) and the page's own script time over the same interactions (the renderer's
 * ScriptDuration minus Relance's share), both per interaction.
 */
export interface ComposeCost {
  nodes: number;
  clicks: number;
  keys: number;
  perClickMs: number;
  perKeyMs: number;
  pagePerClickMs: number;
  pagePerKeyMs: number;
}

const ROWS = 2000;
const CLICKS = 200;
const TEXT =
  'Bonjour, voici un rappel concernant la facture en attente de règlement. Merci. '.repeat(2);

function bigInbox(): string {
  const html = readFileSync(join(ROOT, 'tests/fixtures/gmail/compose-2026-11.html'), 'utf8');
  const rows = Array.from(
    { length: ROWS },
    (_, i) =>
      `<tr class="zA yO" role="row"><td class="oZ-x3"><div role="checkbox" aria-checked="false"></div></td><td class="yX"><span class="yP" email="sender${i}@example.com" name="Expéditeur ${i}">Expéditeur ${i}</span></td><td class="xY a4W"><span class="bog">Objet du message ${i}</span><span class="y2"> – un extrait du message numéro ${i}</span></td><td class="xW"><span title="lun. 30 nov. 2026">30 nov.</span></td></tr>`,
  ).join('');
  const inbox = `<div class="AO"><table class="F cf zt" role="grid"><tbody>${rows}</tbody></table></div>`;
  return html.replace(/<body[^>]*>/, (b) => `${b}${inbox}`);
}

async function ours(
  cdp: CDPSession,
  run: () => Promise<void>,
): Promise<{ ours: number; script: number }> {
  const script = async () =>
    ((await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'ScriptDuration')!
      .value as number) * 1000;
  await cdp.send('Performance.enable');
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  const before = await script();
  await cdp.send('Profiler.start');
  await run();
  const { profile } = await cdp.send('Profiler.stop');
  const total = (await script()) - before;
  const mine = new Set(
    profile.nodes
      .filter((n) => n.callFrame.url.includes('content-scripts/gmail.js'))
      .map((n) => n.id),
  );
  let us = 0;
  profile.samples?.forEach((id, k) => {
    if (mine.has(id)) us += profile.timeDeltas?.[k] ?? 0;
  });
  return { ours: us / 1000, script: total };
}

export async function composeCost(
  runs: number,
  median: (xs: number[]) => number,
): Promise<ComposeCost> {
  const html = bigInbox();
  const clicks: number[] = [];
  const keys: number[] = [];
  const pageClicks: number[] = [];
  const pageKeys: number[] = [];
  let nodes = 0;
  for (let i = 0; i < runs; i++) {
    const app = await launch({ extension: DEMO_BUILD });
    try {
      await waitForDemoData(app);
      await app.context.route('https://mail.google.com/**', (r) => {
        const js = behaviourScript(r.request().url());
        return r.fulfill({
          status: 200,
          contentType: js === null ? 'text/html; charset=utf-8' : BEHAVIOUR_TYPE,
          body: js ?? html,
        });
      });
      const page = await app.context.newPage();
      await page.goto('https://mail.google.com/mail/u/0/#inbox');
      const button = page.locator('[role=dialog] relance-compose-button');
      await button.waitFor({ timeout: 30_000 });
      // The panel open, as while a reminder is being written: it follows the recipients.
      const host = (await button.boundingBox())!;
      await page.mouse.click(host.x + host.width / 2, host.y + host.height / 2);
      await page.locator('iframe[data-relance-panel]').waitFor({ timeout: 30_000 });
      nodes = await page.evaluate(() => document.getElementsByTagName('*').length);
      const body = page.locator('[role=dialog] [g_editable]');
      const box = (await body.boundingBox())!;
      const cdp = await app.context.newCDPSession(page);
      const c = await ours(cdp, async () => {
        for (let k = 0; k < CLICKS; k++) await page.mouse.click(box.x + 10 + (k % 20), box.y + 10);
        await page.waitForTimeout(600);
      });
      clicks.push(c.ours / CLICKS);
      pageClicks.push(Math.max(0, c.script - c.ours) / CLICKS);
      await body.focus();
      const t = await ours(cdp, async () => {
        await page.keyboard.type(TEXT);
        await page.waitForTimeout(600);
      });
      keys.push(t.ours / TEXT.length);
      pageKeys.push(Math.max(0, t.script - t.ours) / TEXT.length);
    } finally {
      await app.close();
    }
  }
  return {
    nodes,
    clicks: CLICKS,
    keys: TEXT.length,
    perClickMs: median(clicks),
    perKeyMs: median(keys),
    pagePerClickMs: median(pageClicks),
    pagePerKeyMs: median(pageKeys),
  };
}
