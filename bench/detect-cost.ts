import type { Page } from 'playwright-core';

/**
 * What `scanPage` costs on a page, against one TreeWalker pass over the same document
 * that reads every text node's data: the least any reader of the page's text could do.
 *
 * On a 2-core machine shared by several jobs, wall-clock time says more about the
 * neighbours than about the code, and even CPU time swells when they thrash the caches.
 * So both are taken in the renderer main thread's CPU time (the DevTools protocol's
 * `ThreadTime`), over batches of ~60 ms (the protocol round trip is noise beside them),
 * after a warm-up of 1.5 s of CPU on each side that lets V8 optimise both; batches of scans and of passes alternate on
 * the same page for many rounds, and the least disturbed batch of each is kept (the
 * minimum: disturbance only ever adds). The median of the rounds' ratios is given beside.
 */
export interface DetectCost {
  found: number;
  /** CPU ms per scan, in the least disturbed batch. */
  scanCpu: number;
  /** CPU ms per TreeWalker pass, in the least disturbed batch. */
  walkCpu: number;
  /** scanCpu / walkCpu: the figure. */
  ratio: number;
  /** The median of the rounds' own ratios (a scan batch over the pass batch after it). */
  medianRatio: number;
  /** Fastest wall-clock scan and pass (ms; the page's clock is coarsened to 0.1 ms). */
  scanMin: number;
  walkMin: number;
}

type Side = 'scan' | 'walk';

/** CPU ms of one batch, and of each side's warm-up. */
const BATCH_CPU = 60;
const WARM_CPU = 1500;

/** The page's renderer main thread's CPU time in ms (the DevTools protocol's `ThreadTime`). */
export async function threadClock(page: Page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  const cpu = async () =>
    ((await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'ThreadTime')!
      .value as number) * 1000;
  return { cpu, detach: () => cdp.detach() };
}

export async function detectCost(page: Page, rounds: number): Promise<DetectCost> {
  const { cpu, detach } = await threadClock(page);
  const batch = (side: Side, n: number) =>
    page.evaluate(
      ({ side, n }) => {
        const w = window as unknown as {
          RelanceDetect: { scanPage(d: Document): { invoices: unknown[] } };
        };
        let min = Infinity;
        let found = 0;
        let chars = 0;
        for (let i = 0; i < n; i++) {
          const t = performance.now();
          if (side === 'scan') found = w.RelanceDetect.scanPage(document).invoices.length;
          else {
            const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
            for (let t = walker.nextNode(); t; t = walker.nextNode())
              chars += (t as Text).data.length;
          }
          min = Math.min(min, performance.now() - t);
        }
        return { min, found, chars };
      },
      { side, n },
    );
  const timed = async (side: Side, n: number) => {
    const before = await cpu();
    const r = await batch(side, n);
    return { ...r, cpu: ((await cpu()) - before) / n };
  };
  // Warm-up: each side runs for WARM_CPU ms of CPU, in batches that grow as it gets faster,
  // so that V8 has optimised it; the batch sizes come from the last, warm, batch (sizing them
  // from the first, cold, scans made the batches a fifth of their intended length, and left
  // the scan measured before V8 had finished optimising it).
  const warmUp = async (side: Side) => {
    let spent = 0;
    let last = await timed(side, 1);
    while (spent < WARM_CPU) {
      last = await timed(side, Math.max(1, Math.min(2000, Math.round(BATCH_CPU / last.cpu))));
      spent += BATCH_CPU;
    }
    return Math.max(5, Math.min(2000, Math.round(BATCH_CPU / last.cpu)));
  };
  const n = { scan: await warmUp('scan'), walk: await warmUp('walk') };
  const scans: number[] = [];
  const walks: number[] = [];
  const ratios: number[] = [];
  let scanMin = Infinity;
  let walkMin = Infinity;
  let found = 0;
  for (let r = 0; r < rounds; r++) {
    const s = await timed('scan', n.scan);
    const w = await timed('walk', n.walk);
    scans.push(s.cpu);
    walks.push(w.cpu);
    ratios.push(s.cpu / w.cpu);
    scanMin = Math.min(scanMin, s.min);
    walkMin = Math.min(walkMin, w.min);
    found = s.found;
  }
  await detach();
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  const scanCpu = Math.min(...scans);
  const walkCpu = Math.min(...walks);
  return {
    found,
    scanCpu,
    walkCpu,
    ratio: scanCpu / walkCpu,
    scanMin,
    walkMin,
    medianRatio: median(ratios),
  };
}
