import { join } from 'node:path';
import { expect } from 'vitest';
import type { Frame, Page, Request } from 'playwright-core';
import { ROOT, launch, serve, type Launched } from '../../tools/chromium/harness';
import { waitForDemoData } from '../../tools/chromium/surfaces';

/**
 * What each Chromium e2e file starts with: its own browser and profile (so its own
 * ledger, seeded by the demo build), the fixtures served on its own port, and a watch on
 * every request of every page and of the worker: nothing may leave the machine.
 */
export interface Started {
  app: Launched;
  fixtures: { url: string; close(): Promise<void> };
  /** Every request that went anywhere but this machine or the extension. */
  outside: string[];
  close(): Promise<void>;
}

const LOCAL =
  /^(http:\/\/127\.0\.0\.1[:/]|chrome-extension:|data:|blob:|about:|https:\/\/mail\.google\.com\/|https:\/\/outlook\.live\.com\/)/;

export async function startChromium(): Promise<Started> {
  const fixtures = await serve(join(ROOT, 'tests/fixtures'));
  const app = await launch();
  const outside: string[] = [];
  const watch = (r: Request) => {
    if (!LOCAL.test(r.url())) outside.push(r.url());
  };
  app.context.on('request', watch);
  for (const w of app.context.serviceWorkers()) w.on('request' as never, watch as never);
  await waitForDemoData(app);
  return {
    app,
    fixtures,
    outside,
    async close() {
      await app.close();
      await fixtures.close();
    },
  };
}

/** How many invoices the ledger holds, read from an extension page. */
export function invoiceCount(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((ok, ko) => {
        const r = indexedDB.open('relance-ledger');
        r.onerror = () => ko(r.error);
        r.onsuccess = () => {
          const c = r.result.transaction('invoices').objectStore('invoices').count();
          c.onsuccess = () => (ok(c.result), r.result.close());
        };
      }),
  );
}

/** The overlay: an extension page framed in a closed shadow root, found as a frame of the page. */
export async function overlay(page: Page): Promise<Frame> {
  await page.locator('relance-overlay').waitFor({ state: 'attached' });
  await expect.poll(() => page.frames().some((f) => /\/overlay\.html/.test(f.url()))).toBe(true);
  return page.frames().find((f) => /\/overlay\.html/.test(f.url()))!;
}
