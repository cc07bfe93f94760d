import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { launchFirefox, openExtPage, until, type Firefox } from './harness';
import { waitForDemoData } from './surfaces';

/**
 * A browser restart, as a user has one: the add-on installed in the profile (a temporary
 * add-on would be gone), Firefox closed and started again on the same profile. Firefox
 * keeps alarms in memory only: the re-plan alarm must be there again after the restart
 * (no onInstalled then), and the ledger must still be there.
 */
let profile: string;
let ff: Firefox | null = null;

afterAll(async () => {
  await ff?.close();
  if (profile) await rm(profile, { recursive: true, force: true });
});

const replanAlarm = (page: Page) =>
  page.evaluate(async () => {
    const alarm = await (
      globalThis as unknown as {
        browser: {
          alarms: { get(name: string): Promise<{ periodInMinutes?: number } | undefined> };
        };
      }
    ).browser.alarms.get('replan');
    return alarm ? { periodInMinutes: alarm.periodInMinutes ?? null } : null;
  });

const clientsInLedger = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<number>((ok, ko) => {
        const r = indexedDB.open('relance-ledger');
        r.onerror = () => ko(r.error);
        r.onsuccess = () => {
          const c = r.result.transaction('clients').objectStore('clients').count();
          c.onsuccess = () => (ok(c.result), r.result.close());
        };
      }),
  );

describe('Firefox restart', () => {
  it('after a restart the re-plan alarm is there again and the data is kept', async () => {
    profile = await mkdtemp(join(tmpdir(), 'relance-firefox-restart-'));
    ff = await launchFirefox({ profile, inProfile: true });
    await waitForDemoData(ff.browser);
    const before = await openExtPage(ff.browser, 'popup.html', '.client-name');
    await until(() => replanAlarm(before), 'the re-plan alarm after install');
    const clients = await clientsInLedger(before);
    expect(clients).toBeGreaterThanOrEqual(4);
    await ff.browser.close();
    ff = null;

    ff = await launchFirefox({ profile, inProfile: true });
    const after = await openExtPage(ff.browser, 'popup.html', '.client-name');
    expect(await clientsInLedger(after)).toBe(clients);
    expect(await until(() => replanAlarm(after), 'the re-plan alarm after the restart')).toEqual({
      periodInMinutes: 60,
    });
    expect(
      await after.evaluate(() => document.querySelectorAll('.client-name').length),
    ).toBeGreaterThanOrEqual(4);
  });
});
