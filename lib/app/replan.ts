import { pickLang } from '@/lib/i18n/languages';
import { translator } from '@/lib/i18n/t';
import { popupView, SNAPSHOT_SIZE } from './snapshot';
import type { AppState } from './state';

/**
 * After every ledger change and once a day (alarm): the popup's snapshot, the badge (the
 * number of reminders due) and, on the daily alarm only, one notification a day.
 */
export interface ReplanDeps {
  loadState(): Promise<AppState>;
  /** The popup's snapshot, as one JSON string (see snapshot-store.ts). */
  writeSnapshot(json: string): Promise<void>;
  setBadge(text: string): Promise<void>;
  lastNotified(): Promise<string>;
  setLastNotified(day: string): Promise<void>;
  notify(message: string): Promise<void>;
  /** The browser's UI language (e.g. 'fr-FR'). */
  uiLanguage(): string;
  now(): Date;
}

/**
 * The daily notification's text, or null when none is due: only when reminders are due,
 * the user did not turn notifications off, the notification hour has come (local time)
 * and none was shown today. The language follows the user's choice, else the browser's.
 */
export function dailyNotice(
  state: Pick<AppState, 'suggestions' | 'preferences' | 'today'>,
  now: Date,
  lastNotified: string,
  uiLanguage: string,
): string | null {
  const due = state.suggestions.filter((s) => s.status === 'due').length;
  if (!due || !state.preferences.notifications) return null;
  if (now.getHours() < state.preferences.notifyHour || lastNotified === state.today) return null;
  return translator(pickLang(state.preferences.uiLang, uiLanguage))('notifyDueToday', due);
}

export async function replan(deps: ReplanDeps, notify = false): Promise<void> {
  const state = await deps.loadState();
  await deps.writeSnapshot(JSON.stringify(popupView(state, SNAPSHOT_SIZE)));
  const due = state.suggestions.filter((s) => s.status === 'due').length;
  await deps.setBadge(due ? String(due) : '');
  if (!notify) return;
  const message = dailyNotice(state, deps.now(), await deps.lastNotified(), deps.uiLanguage());
  if (!message) return;
  await deps.setLastNotified(state.today);
  await deps.notify(message);
}
