import { db, today } from './state';
import { demoLedger, DEMO_SENDER } from './demo';
import { addEvent, importLedger } from '../ledger/repo';
import { DEFAULT_POLICY } from '../model/policy';
import type { NewEvent } from '../model/event';
import { toBackground } from '../messaging/protocol';
import { readSender, senderItem } from '../settings';
import { pickLang, type UiLang } from './lang';

/** Surface actions shared by the popup, the side panel and the options page. */
export async function recordEvents(events: NewEvent[]): Promise<void> {
  const database = await db();
  for (const e of events) await addEvent(database, e);
  await notifyChanged();
}

export async function notifyChanged(): Promise<void> {
  try {
    await toBackground.sendMessage('ledger:changed', {});
  } catch {
    // The badge catches up at the next alarm; the ledger itself is already written.
  }
}

export async function loadDemoData(): Promise<void> {
  const demo = demoLedger(today());
  await importLedger(await db(), { ...demo, policy: DEFAULT_POLICY }, 'merge');
  if (!(await readSender()).name) await senderItem.setValue(DEMO_SENDER);
  await notifyChanged();
}

export function uiLangFor(pref: 'auto' | 'fr' | 'en'): UiLang {
  return pickLang(pref, browser.i18n.getUILanguage());
}

export async function openSidePanel(query: Record<string, string>): Promise<void> {
  const url = browser.runtime.getURL(`/sidepanel.html?${new URLSearchParams(query)}` as '/sidepanel.html');
  await browser.tabs.create({ url });
}
