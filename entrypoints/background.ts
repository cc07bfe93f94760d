import { db, loadClientSlices, loadState, today } from '@/lib/app/state';
import { popupView, SNAPSHOT_SIZE } from '@/lib/app/snapshot';
import { LEGACY_SNAPSHOT_KEY, SNAPSHOT_STORAGE_KEY } from '@/lib/app/snapshot-early';
import { seedDemoData } from '@/lib/app/actions';
import { riskProfile } from '@/lib/escalation/portfolio';
import { invoiceId, matchClient } from '@/lib/ledger/merge';
import type { ClientSummary } from '@/lib/messaging/protocol';
import { STEP_LABELS } from '@/lib/escalation/steps';
import { addEvent, addEvents, readLedger, recordObservations, saveClient } from '@/lib/ledger/repo';
import { handle, originOf, type Caller } from '@/lib/messaging/handle';
import { toBackground, toTab } from '@/lib/messaging/protocol';
import * as S from '@/lib/messaging/schemas';
import { minorToDecimal } from '@/lib/model/money';
import { daysBetween } from '@/lib/model/dates';
import type { StepId } from '@/lib/model/policy';
import { lastNotifiedItem, readPreferences, readSender } from '@/lib/settings';

/**
 * The background owns the ledger for content scripts: it answers their validated
 * messages, re-plans daily (alarm), sets the badge and the daily notification. It keeps
 * nothing in memory that matters: pending inserts live in storage.session.
 */
const PENDING = (tabId: number, composeId: string) => `session:pending:${tabId}:${composeId}`;

interface Pending {
  clientId: string;
  step: string | null;
  invoiceIds: string[];
  subject: string;
  text: string;
  /** When Send was clicked in that compose (ms since epoch). */
  sendingAt?: number;
}
const SENDING_WINDOW_MS = 60_000;

/** Logs what Relance inserted into a compose as sent, once; false when Relance did not fill it. */
async function logSent(key: string): Promise<boolean> {
  const pending = await storage.getItem<Pending>(key as `session:${string}`);
  if (!pending) return false;
  await storage.removeItem(key as `session:${string}`);
  const ledger = await db();
  const known = await Promise.all(pending.invoiceIds.map((id) => ledger.get('invoices', id)));
  const invoiceIds = pending.invoiceIds.filter((_, i) => known[i]?.clientId === pending.clientId);
  const step = pending.step && pending.step in STEP_LABELS ? (pending.step as StepId) : null;
  if (step) {
    await addEvent(ledger, { type: 'reminder', step, channel: 'email', clientId: pending.clientId, invoiceIds, date: today(), subject: pending.subject, body: pending.text });
  } else {
    await addEvent(ledger, { type: 'note', clientId: pending.clientId, invoiceIds, date: today(), note: `E-mail sent: ${pending.subject}` });
  }
  await replan();
  return true;
}

export default defineBackground(() => {
  const env = { extensionId: browser.runtime.id, extensionOrigin: originOf(browser.runtime.getURL('/'))! };
  const on = <K extends Parameters<typeof toBackground.onMessage>[0]>(type: K, from: readonly Caller[], schema: Parameters<typeof handle>[0]['schema'], fn: Parameters<typeof handle>[1]) =>
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    toBackground.onMessage(type, handle({ from, schema }, fn, env) as any);

  on('scan:record', ['extension', 'site', 'mail'], S.RecordScanSchema, async (data) => {
    const d = data as import('valibot').InferOutput<typeof S.RecordScanSchema>;
    const sender = await readSender();
    const at = new Date().toISOString();
    const report = await recordObservations(
      await db(),
      d.invoices.map((detected) => ({ detected, source: { kind: d.kind, where: d.url, at } })),
      { today: today(), senderCountry: sender.country, language: (await readPreferences()).defaultLanguage },
    );
    await replan();
    return report;
  });

  on('page:lookup', ['extension', 'site', 'mail'], S.PageLookupSchema, async (data) => {
    const { numbers, buyer } = data as import('valibot').InferOutput<typeof S.PageLookupSchema>;
    const day = today();
    const database = await db();
    // By key (derived from the number) and by index: never the whole ledger.
    const found = await Promise.all(numbers.map((n) => database.get('invoices', invoiceId(n))));
    const known = buyer ? matchClient(await database.getAll('clients'), { name: buyer.name, email: buyer.email }) : null;
    const slices = await loadClientSlices({ clientIds: [...new Set([...found.flatMap((i) => (i ? [i.clientId] : [])), ...(known ? [known.id] : [])])] }, day);
    const slice = (clientId: string) => slices.find((s) => s.client.id === clientId);
    let client: ClientSummary | null = null;
    const mine = known && slice(known.id);
    if (mine) {
      const p = riskProfile(mine.client, mine.invoices, mine.events, day);
      client = { name: mine.client.name, averageDaysLate: p.averageDaysLate, worstDaysLate: p.worstDaysLate, highestStep: p.highestStep, disputes: p.disputes, recommendation: p.recommendation };
    }
    const invoices = numbers.map((number, k) => {
      const inv = found[k];
      if (!inv) return { number, tracked: false, status: null, daysLate: 0, amountDue: null, nextStep: null, reason: null };
      const s = slice(inv.clientId)?.suggestion ?? null;
      return {
        number,
        tracked: true,
        status: inv.status,
        daysLate: inv.dueDate ? Math.max(0, daysBetween(inv.dueDate, day)) : 0,
        amountDue: minorToDecimal(inv.amountDue, inv.currency) + ' ' + inv.currency,
        nextStep: s?.step ?? null,
        reason: s?.reason ?? null,
      };
    });
    return { invoices, client };
  });

  on('compose:lookup', ['mail', 'extension'], S.ComposeLookupSchema, async (data) => {
    const { recipients } = data as { recipients: string[] };
    const slices = await loadClientSlices({ emails: recipients });
    return slices.map(({ client, suggestion }) => ({ clientId: client.id, clientName: client.name, overdueCount: suggestion ? suggestion.invoices.filter((i) => i.daysLate > 0).length : 0 }));
  });

  on('panel:insert', ['extension'], S.PanelInsertSchema, async (data) => {
    const d = data as import('valibot').InferOutput<typeof S.PanelInsertSchema>;
    const pending: Pending = { clientId: d.clientId, step: d.step, invoiceIds: d.invoiceIds, subject: d.subject, text: d.text };
    await storage.setItem(PENDING(d.tabId, d.composeId) as `session:${string}`, pending);
    const res = await toTab.sendMessage('compose:insert', { composeId: d.composeId, subject: d.subject, text: d.text, html: d.html }, d.tabId);
    if (!res.ok) throw new Error(res.error);
    return res.value;
  });

  on('compose:sending', ['mail'], S.ComposeSentSchema, async (data, { sender }) => {
    const tabId = sender.tab?.id;
    if (tabId === undefined) return { pending: false };
    const key = PENDING(tabId, (data as { composeId: string }).composeId) as `session:${string}`;
    const pending = await storage.getItem<Pending>(key);
    if (!pending) return { pending: false };
    await storage.setItem(key, { ...pending, sendingAt: Date.now() });
    return { pending: true };
  });

  on('compose:sent', ['mail'], S.ComposeSentSchema, async (data, { sender }) => {
    const tabId = sender.tab?.id;
    if (tabId === undefined) return { logged: false };
    return { logged: await logSent(PENDING(tabId, (data as { composeId: string }).composeId)) };
  });

  // A compose whose Send was clicked just before its tab closed (Gmail's pop-out window
  // closes itself once the message is sent) is logged as sent; the rest are forgotten.
  browser.tabs.onRemoved.addListener(async (tabId) => {
    const all = await browser.storage.session.get(null);
    for (const [key, value] of Object.entries(all)) {
      if (!key.startsWith(`pending:${tabId}:`)) continue;
      const sendingAt = (value as Pending).sendingAt;
      if (sendingAt && Date.now() - sendingAt < SENDING_WINDOW_MS) await logSent(`session:${key}`);
      else await browser.storage.session.remove(key);
    }
  });

  on('panel:open', ['site', 'mail', 'extension'], S.OpenPanelSchema, async (data) => {
    const { clientId, invoiceNumber } = data as { clientId?: string; invoiceNumber?: string };
    const params = new URLSearchParams();
    if (clientId) params.set('client', clientId);
    if (invoiceNumber) params.set('invoice', invoiceNumber);
    await browser.tabs.create({ url: browser.runtime.getURL(`/sidepanel.html?${params}`) });
    return null;
  });

  on('ledger:state', ['extension'], S.EmptySchema, () => loadState());
  on('ledger:add-events', ['extension'], S.AddEventsSchema, async (data) => {
    const { events } = data as import('valibot').InferOutput<typeof S.AddEventsSchema>;
    await addEvents(await db(), events);
    await replan();
    return null;
  });

  on('ledger:save-client', ['extension'], S.SaveClientSchema, async (data) => {
    const { client, base } = data as import('valibot').InferOutput<typeof S.SaveClientSchema>;
    await saveClient(await db(), client, base);
    await replan();
    return null;
  });

  on('ledger:changed', ['extension'], S.EmptySchema, async () => {
    await replan();
    return null;
  });

  browser.runtime.onInstalled.addListener(async () => {
    browser.alarms.create('replan', { periodInMinutes: 60 });
    await browser.storage.local.remove(LEGACY_SNAPSHOT_KEY);
    // The demo build opens on sample data so anyone can try it without an account.
    if (import.meta.env.MODE === 'demo') {
      if (!(await readLedger(await db())).invoices.length) await seedDemoData();
    }
    await replan();
  });
  browser.runtime.onStartup.addListener(() => void replan());
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === 'replan') void replan(true);
  });
  browser.notifications?.onClicked.addListener(async () => {
    try {
      const win = await browser.windows.getLastFocused();
      // eslint-disable-next-line @typescript-eslint/no-explicit-any
      await (browser as any).sidePanel.open({ windowId: win.id });
    } catch {
      await browser.tabs.create({ url: browser.runtime.getURL('/sidepanel.html') });
    }
  });
  // Invoicing sites the user enabled get the invoice content script.
  browser.permissions.onAdded.addListener(() => void syncSiteScripts());
  browser.permissions.onRemoved.addListener(() => void syncSiteScripts());
});

async function replan(notify = false): Promise<void> {
  const state = await loadState();
  await browser.storage.local.set({ [SNAPSHOT_STORAGE_KEY]: JSON.stringify(popupView(state, SNAPSHOT_SIZE)) });
  const due = state.suggestions.filter((s) => s.status === 'due').length;
  await browser.action.setBadgeText({ text: due ? String(due) : '' });
  await browser.action.setBadgeBackgroundColor({ color: '#b3261e' });
  if (!notify || !due || !state.preferences.notifications) return;
  const now = new Date();
  if (now.getHours() < state.preferences.notifyHour || (await lastNotifiedItem.getValue()) === state.today) return;
  await lastNotifiedItem.setValue(state.today);
  const fr = browser.i18n.getUILanguage().startsWith('fr') ? state.preferences.uiLang !== 'en' : state.preferences.uiLang === 'fr';
  await browser.notifications.create('relance-daily', {
    type: 'basic',
    iconUrl: browser.runtime.getURL('/icon/128.png'),
    title: 'Relance',
    message: fr ? `${due} relance${due > 1 ? 's' : ''} à faire aujourd’hui` : `${due} reminder${due > 1 ? 's' : ''} to send today`,
  });
}

async function syncSiteScripts(): Promise<void> {
  const granted = await browser.permissions.getAll();
  const mail = ['mail.google.com', 'outlook.live.com', 'outlook.office.com', 'outlook.office365.com'];
  const origins = (granted.origins ?? []).filter((o) => !mail.some((m) => o.includes(m)) && !o.includes('127.0.0.1') && !o.includes('localhost'));
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: ['relance-invoice-sites'] });
  if (existing.length) await browser.scripting.unregisterContentScripts({ ids: ['relance-invoice-sites'] });
  if (origins.length) {
    await browser.scripting.registerContentScripts([{ id: 'relance-invoice-sites', matches: origins, js: ['content-scripts/invoice.js'], runAt: 'document_idle' }]);
  }
}
