/**
 * `npx tsx bench/detect-ab.ts BASE [LAUNCHES]`: is this checkout's list scan faster than the one
 * in BASE (another checkout, e.g. `git worktree add /tmp/base main`)? A tool for a change, not a
 * benchmark figure.
 *
 * One launch of Chromium varies from the next by ±30 % on the same code (the JIT's choices,
 * the neighbours), more than most changes gain. So both scanners are loaded into one page and
 * their batches alternate with TreeWalker passes, in the renderer main thread's CPU time; the
 * least disturbed batch of each side is kept, and the ratio B/A is given per launch and as the
 * median over the launches. Both must find the same invoices: the results are compared.
 *
 * Even so, the same code on both sides read B/A 0.72 to 1.17 over six launches (2026-12-01):
 * each bundle is compiled its own way. Trust a median over nine launches or more, and only a
 * difference beyond ±15 %.
 */
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { findChrome } from '../tools/chromium/harness';
import { bundle } from './bundle';
import { threadClock } from './detect-cost';
import { invoiceListHtml } from './data';

const base = process.argv[2];
if (!base) throw new Error('usage: npx tsx bench/detect-ab.ts BASE_CHECKOUT [LAUNCHES]');
const launches = Number(process.argv[3] ?? 9);
const ROUNDS = 20;

type Side = 'A' | 'B' | 'walk';

async function launch(a: string, b: string) {
  const browser = await chromium.launch({
    executablePath: findChrome()!,
    args: ['--headless=new', '--no-sandbox', '--disable-gpu'],
    headless: false,
  });
  try {
    const page = await browser.newPage();
    await page.setContent(invoiceListHtml(1000));
    await page.addScriptTag({ content: a });
    await page.addScriptTag({ content: b });
    const { cpu } = await threadClock(page);
    // A string, not a function: tsx's name helper does not exist in the page.
    const batch = (side: Side, n: number) =>
      page.evaluate(`(() => {
        let f = 0;
        for (let i = 0; i < ${n}; i++) {
          if (${JSON.stringify(side)} === 'walk') {
            const w = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
            for (let t = w.nextNode(); t; t = w.nextNode()) f += t.data.length;
          } else f += window.Relance${side}.scanPage(document).invoices.length;
        }
        return f;
      })()`);
    const sizes: Record<Side, number> = { A: 15, B: 15, walk: 100 };
    const best: Record<Side, number> = { A: Infinity, B: Infinity, walk: Infinity };
    const order: Side[] = ['A', 'B', 'walk'];
    for (let r = 0; r < ROUNDS; r++)
      for (const side of r % 2 ? order : [...order].reverse()) {
        const before = await cpu();
        await batch(side, sizes[side]);
        best[side] = Math.min(best[side], ((await cpu()) - before) / sizes[side]);
      }
    const same =
      (await page.evaluate('JSON.stringify(window.RelanceA.scanPage(document))')) ===
      (await page.evaluate('JSON.stringify(window.RelanceB.scanPage(document))'));
    return { ...best, same };
  } finally {
    await browser.close();
  }
}

const a = await bundle('bench/detect-entry.ts', 'RelanceA', resolve(base));
const b = await bundle('bench/detect-entry.ts', 'RelanceB');
const ratios: number[] = [];
for (let i = 0; i < launches; i++) {
  const r = await launch(a, b);
  ratios.push(r.B / r.A);
  const x = (ms: number) => `${ms.toFixed(2)} ms (×${(ms / r.walk).toFixed(1)} a text pass)`;
  console.log(
    `A ${x(r.A)}  B ${x(r.B)}  pass ${r.walk.toFixed(3)} ms  B/A ${(r.B / r.A).toFixed(2)}${r.same ? '' : '  RESULTS DIFFER'}`,
  );
}
const sorted = [...ratios].sort((x, y) => x - y);
console.log(
  `median B/A over ${launches} launches: ${sorted[Math.floor(launches / 2)]!.toFixed(2)}`,
);
