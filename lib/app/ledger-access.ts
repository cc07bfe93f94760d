import { db, loadState, today, type AppState } from './state';
import { demoLedger, DEMO_SENDER } from './demo';
import { addEvents, importLedger, saveClient } from '../ledger/repo';
import type { Client } from '../model/client';
import { DEFAULT_POLICY } from '../model/policy';
import type { NewEvent } from '../model/event';
import type { DraftKind, DraftLang } from '../drafts/kinds';
import { toBackground } from '../messaging/protocol';
import { background, type AnswerOf, type DataOf, type MessageType } from '../messaging/port';
import { readSender, senderItem } from '../settings';
import { pickLang, type UiLang, type UiLangPref } from './lang';

/** Surface actions shared by the popup, the side panel and the options page. */
/** A page framed inside a mail app gets partitioned storage: it goes through the background. */
export const framed = () => typeof window !== 'undefined' && window.top !== window;

/**
 * A message to the background from an extension page. Framed in someone's page, the page
 * lives as long as that tab: its messages go over the port (lib/messaging/port.ts), so a tab
 * closed mid-message leaves Firefox nothing to report; a page of its own uses sendMessage.
 */
export function ask<K extends MessageType>(type: K, data: DataOf<K>): Promise<AnswerOf<K>> {
  if (framed()) return background().send(type, data);
  return toBackground.sendMessage(type, data);
}

export async function loadStateAnywhere(): Promise<AppState> {
  if (!framed()) return loadState();
  const res = await ask('ledger:state', {});
  if (!res.ok) throw new Error(res.error);
  return res.value;
}

export async function recordEvents(events: NewEvent[]): Promise<void> {
  if (framed()) {
    const res = await ask('ledger:add-events', { events });
    if (!res.ok) throw new Error(res.error);
    return;
  }
  // One transaction: a call and the dispute it reports are recorded together or not at all.
  await addEvents(await db(), events);
  await notifyChanged();
}

export async function notifyChanged(): Promise<void> {
  try {
    await ask('ledger:changed', {});
  } catch {
    // The badge catches up at the next alarm; the ledger itself is already written.
  }
}

/** Sample data dated from today, and the sample sender if the user has none yet. */
export async function seedDemoData(): Promise<void> {
  await importLedger(await db(), { ...demoLedger(today()), policy: DEFAULT_POLICY }, 'merge');
  if (!(await readSender()).name) await senderItem.setValue(DEMO_SENDER);
}

export async function loadDemoData(): Promise<void> {
  await seedDemoData();
  await notifyChanged();
}

export function uiLangFor(pref: UiLangPref): UiLang {
  return pickLang(pref, browser.i18n.getUILanguage());
}

export async function openSidePanel(query: Record<string, string>): Promise<void> {
  const url = browser.runtime.getURL(
    `/sidepanel.html?${new URLSearchParams(query)}` as '/sidepanel.html',
  );
  await browser.tabs.create({ url });
}

/** `base`: the client as the form loaded it; only what the user changed is written. */
export async function saveClientAnywhere(client: Client, base?: Client): Promise<void> {
  if (framed()) {
    const res = await ask('ledger:save-client', { client, ...(base ? { base } : {}) });
    if (!res.ok) throw new Error(res.error);
    return;
  }
  await saveClient(await db(), client, base);
  await notifyChanged();
}

/** The printable page of a client: a letter, the statement of account or the evidence file. */
export const letterPath = (q: {
  client: string;
  kind: DraftKind | 'statement' | 'evidence';
  lang: UiLang;
}) => `/letter.html?${new URLSearchParams(q)}` as '/letter.html';

export const letterUrl = (q: Parameters<typeof letterPath>[0]) =>
  browser.runtime.getURL(letterPath(q));

/**
 * A printable letter in a new tab, for the kinds that are letters (other drafts are e-mails);
 * the docked panel (no tabs API in Firefox) asks the background.
 */
export async function openLetter(q: {
  client: string;
  kind: DraftKind;
  lang: DraftLang;
}): Promise<void> {
  const { client, kind, lang } = q;
  if (kind !== 'formal-notice' && kind !== 'final-notice' && kind !== 'stop-work') return;
  if (framed()) {
    const res = await ask('letter:open', { clientId: client, kind, lang });
    if (!res.ok) throw new Error(res.error);
    return;
  }
  await browser.tabs.create({ url: letterUrl({ client, kind, lang }) });
}
