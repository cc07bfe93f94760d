import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { DEMO_BUILD, ROOT, launch } from '../tools/chromium/harness';
import { waitForDemoData } from '../tools/chromium/surfaces';

/**
 * What reading replies costs on a long Gmail conversation: 300 messages (~25 000 nodes),
 * the last one a client's promise. Time spent in Relance's Gmail content script (CPU
 * profile samples in its frames) for one full scan, and per click in a storm of clicks in
 * the message bodies (clicks schedule at most one scan per 300 ms).
 */
export interface ThreadCost {
  nodes: number;
  perScanMs: number;
  perClickMs: number;
}

const MESSAGES = 300;

function bigThread(): string {
  let html = readFileSync(join(ROOT, 'tests/fixtures/gmail/thread-2026-12.html'), 'utf8')
    .replaceAll('{{sent:reminder}}', 'lun. 23 nov. 2026, 09:12')
    .replaceAll('{{sent:reply}}', 'lun. 30 nov. 2026, 10:02')
    .replaceAll('{{reply}}', 'Désolé pour le retard, je vous fais le virement vendredi.');
  const start = html.indexOf('<div role="listitem"');
  const end = html.indexOf('<div role="listitem"', start + 1);
  const reminder = html.slice(start, end);
  const filler = Array.from(
    { length: 20 },
    (_, i) =>
      `<div>Ligne ${i} du message, avec un peu de texte pour faire un corps réaliste.</div>`,
  ).join('');
  const copies = Array.from({ length: MESSAGES - 2 }, (_, i) =>
    reminder.replace('Bonjour Marc,', `Bonjour Marc (${i}),${filler}`),
  ).join('');
  html = html.slice(0, end) + copies + html.slice(end);
  return html;
}

async function ours(cdp: CDPSession, run: () => Promise<void>): Promise<number> {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  await run();
  const { profile } = await cdp.send('Profiler.stop');
  const mine = new Set(
    profile.nodes
      .filter((n) => n.callFrame.url.includes('content-scripts/gmail.js'))
      .map((n) => n.id),
  );
  let us = 0;
  profile.samples?.forEach((id, k) => {
    if (mine.has(id)) us += profile.timeDeltas?.[k] ?? 0;
  });
  return us / 1000;
}

const barShown = (page: Page) =>
  page.waitForFunction(() => document.querySelector('relance-reply-bar') !== null, undefined, {
    timeout: 30_000,
  });

export async function threadCost(
  runs: number,
  median: (xs: number[]) => number,
): Promise<ThreadCost> {
  const html = bigThread();
  const scans: number[] = [];
  const clicks: number[] = [];
  let nodes = 0;
  for (let i = 0; i < runs; i++) {
    const app = await launch({ extension: DEMO_BUILD });
    try {
      await waitForDemoData(app);
      await app.context.route('https://mail.google.com/**', (r) =>
        r.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }),
      );
      const page = await app.context.newPage();
      await page.goto('https://mail.google.com/mail/u/0/#inbox/FMfcgzQXJWdnrtLhk');
      await barShown(page);
      nodes = await page.evaluate(() => document.getElementsByTagName('*').length);
      const cdp = await app.context.newCDPSession(page);
      // One full scan: a navigation inside the app (Gmail changes the hash), then the bar again.
      scans.push(
        await ours(cdp, async () => {
          await page.evaluate(() => document.querySelector('relance-reply-bar')?.remove());
          await page.evaluate(() => (location.hash = '#inbox/FMfcgzQXJWdnrtLhk?again'));
          await barShown(page);
        }),
      );
      const storm = 200;
      const box = (await page.locator('div.a3s').nth(5).boundingBox())!;
      clicks.push(
        (await ours(cdp, async () => {
          for (let k = 0; k < storm; k++) await page.mouse.click(box.x + 5, box.y + 5);
          await page.waitForTimeout(400);
        })) / storm,
      );
    } finally {
      await app.close();
    }
  }
  return { nodes, perScanMs: median(scans), perClickMs: median(clicks) };
}
