/**
 * What the background does each time it starts. Firefox keeps alarms in memory only
 * (they are gone after a browser restart) and a Chrome service worker may start without
 * onInstalled: the re-plan alarm is created whenever it is missing, never re-created
 * when present (that would push its next run back by a period at every wake-up).
 */
export const REPLAN_ALARM = 'replan';
export const REPLAN_PERIOD_MINUTES = 60;

export async function ensureReplanAlarm(): Promise<boolean> {
  if (await browser.alarms.get(REPLAN_ALARM)) return false;
  await browser.alarms.create(REPLAN_ALARM, { periodInMinutes: REPLAN_PERIOD_MINUTES });
  return true;
}

/**
 * The daily notification's click: Chrome's side panel; elsewhere (Firefox has no
 * sidePanel, and its sidebar opens only on a user action in the browser's own UI) the
 * same page in a tab.
 */
export async function openPanelFromNotification(): Promise<'side-panel' | 'tab'> {
  try {
    const win = await browser.windows.getLastFocused();
    // Firefox has no sidePanel: the call throws and the page opens in a tab.
    await browser.sidePanel.open({ windowId: win.id! });
    return 'side-panel';
  } catch {
    await browser.tabs.create({ url: browser.runtime.getURL('/sidepanel.html') });
    return 'tab';
  }
}
