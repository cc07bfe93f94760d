import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  ensureReplanAlarm,
  openPanelFromNotification,
  REPLAN_ALARM,
  REPLAN_PERIOD_MINUTES,
} from './background-start';

describe('background start', () => {
  beforeEach(() => fakeBrowser.reset());

  it('creates the re-plan alarm when the browser starts without it (Firefox forgets alarms at restart)', async () => {
    expect(await fakeBrowser.alarms.get(REPLAN_ALARM)).toBeUndefined();
    expect(await ensureReplanAlarm()).toBe(true);
    const alarm = await fakeBrowser.alarms.get(REPLAN_ALARM);
    expect(alarm?.periodInMinutes).toBe(REPLAN_PERIOD_MINUTES);
  });

  it('leaves an existing alarm as it is, so waking the background does not push the re-plan back', async () => {
    await fakeBrowser.alarms.create(REPLAN_ALARM, {
      periodInMinutes: REPLAN_PERIOD_MINUTES,
      when: Date.now() + 5 * 60_000,
    });
    const before = await fakeBrowser.alarms.get(REPLAN_ALARM);
    expect(await ensureReplanAlarm()).toBe(false);
    expect(await fakeBrowser.alarms.get(REPLAN_ALARM)).toEqual(before);
  });

  it('a notification click without a side panel API (Firefox) opens the panel in a tab', async () => {
    expect(await openPanelFromNotification()).toBe('tab');
    const tabs = await fakeBrowser.tabs.query({});
    expect(tabs.map((t) => t.url)).toContain(fakeBrowser.runtime.getURL('/sidepanel.html'));
  });

  it('with the side panel API (Chrome) opens the side panel of the focused window, and no tab', async () => {
    const opened: unknown[] = [];
    const focused = fakeBrowser.windows.getLastFocused;
    fakeBrowser.windows.getLastFocused = (async () => ({ id: 7 })) as never;
    (fakeBrowser as unknown as { sidePanel: unknown }).sidePanel = {
      open: async (o: unknown) => void opened.push(o),
    };
    try {
      const before = (await fakeBrowser.tabs.query({})).length;
      expect(await openPanelFromNotification()).toBe('side-panel');
      expect(opened).toEqual([{ windowId: 7 }]);
      expect((await fakeBrowser.tabs.query({})).length).toBe(before);
    } finally {
      delete (fakeBrowser as unknown as { sidePanel?: unknown }).sidePanel;
      fakeBrowser.windows.getLastFocused = focused;
    }
  });
});
