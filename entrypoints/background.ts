import { pickLang } from '@/lib/i18n/languages';
import { translator } from '@/lib/i18n/t';
import { db, loadClientSlices, loadState, today } from '@/lib/app/state';
import { popupView, SNAPSHOT_SIZE } from '@/lib/app/snapshot';
import { LEGACY_SNAPSHOT_KEY, SNAPSHOT_STORAGE_KEY } from '@/lib/app/snapshot-early';
import { seedDemoData } from '@/lib/app/actions';
import { alreadyLogged, owedInvoiceIds, replyEvent } from '@/lib/app/reply-log';
import { ensureReplanAlarm, openPanelFromNotification, REPLAN_ALARM } from '@/lib/app/background-start';
import { riskProfile } from '@/lib/escalation/portfolio';
import { firstOrigin, invoiceId, matchClient } from '@/lib/ledger/merge';
import { claimGrant, createGrant } from '@/lib/app/grants';
import type { ClientSummary } from '@/lib/messaging/protocol';
import { STEP_LABELS } from '@/lib/escalation/steps';
import { addEvent, addEvents, readLedger, recordObservations, saveClient } from '@/lib/ledger/repo';
import { handle, originOf, type Caller } from '@/lib/messaging/handle';
import { toBackground, toTab } from '@/lib/messaging/protocol';
import * as S from '@/lib/messaging/schemas';
import { minorToDecimal } from '@/lib/model/money';
import { daysBetween } from '@/lib/model/dates';
import type { StepId } from '@/lib/model/policy';
import { startSiteScripts } from '@/lib/app/site-scripts';
import { lastNotifiedItem, readPreferences, readSender } from '@/lib/settings';
import { sendLog, type Pending } from '@/lib/app/send-log';

/**
 * The background owns the ledger for content scripts: it answers their validated
 * messages, re-plans daily (alarm), sets the badge and the daily notification. It keeps
 * nothing in memory that matters: pending inserts live in storage.session.
 */
/** Records a sent reminder: the reminder event for its step (or a note), then re-plans. */
async function recordSent(pending: Pending): Promise<void> {
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
}

const session = (key: string) => `session:${key}` as `session:${string}`;
const makeSendLog = () => sendLog({
  now: () => Date.now(),
  record: recordSent,
  store: {
    get: (key) => storage.getItem<Pending>(session(key)),
    set: (key, value) => storage.setItem(session(key), value),
    remove: (key) => storage.removeItem(session(key)),
    all: () => browser.storage.session.get(null),
  },
});

export default defineBackground(() => {
  const sent = makeSendLog();
  const env = { extensionId: browser.runtime.id, extensionOrigin: originOf(browser.runtime.getURL('/'))! };
  const on = <K extends Parameters<typeof toBackground.onMessage>[0]>(type: K, from: readonly Caller[], schema: Parameters<typeof handle>[0]['schema'], fn: Parameters<typeof handle>[1]) =>
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    toBackground.onMessage(type, handle({ from, schema }, fn, env) as any);

  on('scan:record', ['extension'], S.RecordScanSchema, async (data) => {
    const d = data as import('valibot').InferOutput<typeof S.RecordScanSchema>;
    const sender = await readSender();
    const at = new Date().toISOString();
    const report = await recordObservations(
      await db(),
      d.invoices.map((detected) => ({ detected, source: { kind: d.kind, where: d.url, at }, confirmed: d.confirmed })),
      { today: today(), senderCountry: sender.country, language: (await readPreferences()).defaultLanguage },
    );
    await replan();
    return report;
  });

  // The invoice content script hands over what it read; only the overlay frame (an
  // extension page the site cannot read) gets it back, with the ledger's side.
  on('overlay:open', ['site', 'mail'], S.OverlayOpenSchema, async (data, { sender }) => {
    const d = data as import('valibot').InferOutput<typeof S.OverlayOpenSchema>;
    const tabId = sender.tab?.id;
    const origin = sender.origin ?? originOf(sender.url ?? '');
    if (tabId === undefined || !origin) throw new Error('refused: the overlay opens only in a tab');
    // The browser's record of where the script runs, not what the page could make it say.
    const url = (sender.url && originOf(sender.url) === origin ? sender.url : origin).slice(0, 2000);
    const token = await createGrant(browser.storage.session, { page: 'overlay', tabId, origin, url, lang: d.lang, kind: d.kind, app: d.app, note: d.note, invoices: d.invoices, missing: d.missing });
    return { token };
  });
  on('overlay:claim', ['extension'], S.ClaimSchema, async (data, { sender }) => claimGrant(browser.storage.session, (data as { token: string }).token, 'overlay', sender.tab?.id));

  // The demo build's Gmail-like page is on the local server (a 'site').
  on('compose:panel', import.meta.env.MODE === 'demo' ? ['mail', 'site'] : ['mail'], S.ComposePanelSchema, async (data, { sender }) => {
    const d = data as import('valibot').InferOutput<typeof S.ComposePanelSchema>;
    const tabId = sender.tab?.id;
    const origin = sender.origin ?? originOf(sender.url ?? '');
    if (tabId === undefined || !origin) throw new Error('refused: the compose panel opens only in a tab');
    return { token: await createGrant(browser.storage.session, { page: 'sidepanel', tabId, origin, compose: d.composeId, to: d.recipients }) };
  });
  on('panel:claim', ['extension'], S.ClaimSchema, async (data, { sender }) => claimGrant(browser.storage.session, (data as { token: string }).token, 'sidepanel', sender.tab?.id));

  on('page:lookup', ['extension'], S.PageLookupSchema, async (data) => {
    const { origin, numbers, buyer } = data as import('valibot').InferOutput<typeof S.PageLookupSchema>;
    const day = today();
    const database = await db();
    const scope = `site:${new URL(origin).host}`;
    // By key (derived from the number) and by index: never the whole ledger. Only invoices
    // first seen on this site: another site's page learns nothing of the others.
    const found = await Promise.all(numbers.map(async (n) => {
      const own = await database.get('invoices', invoiceId(n, scope));
      if (own) return own;
      const first = await database.get('invoices', invoiceId(n));
      return first && firstOrigin(first) === origin ? first : undefined;
    }));
    // The buyer's profile is sent only when the user asked for it in the overlay.
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

  // Replies read in a conversation: which senders are clients with money owed, then the
  // event a reply stands for, once the user confirmed it with a click (lib/app/reply-log).
  on('reply:lookup', ['mail'], S.ReplyLookupSchema, async (data) => {
    const { senders } = data as import('valibot').InferOutput<typeof S.ReplyLookupSchema>;
    const slices = await loadClientSlices({ emails: senders });
    return slices
      .filter((s) => owedInvoiceIds(s).length > 0)
      .flatMap((s) => s.client.emails.filter((e) => senders.includes(e)).map((email) => ({ email, notes: s.events.flatMap((e) => (e.note ? [e.note] : [])).slice(-50) })));
  });
  on('reply:log', ['mail'], S.ReplyLogSchema, async (data) => {
    const d = data as import('valibot').InferOutput<typeof S.ReplyLogSchema>;
    const [slice] = await loadClientSlices({ emails: [d.from] });
    if (!slice) throw new Error(translator(d.lang)('noClientWithAddress', d.from));
    if (alreadyLogged(slice, d.sentence)) return { logged: false, duplicate: true };
    await addEvent(await db(), replyEvent({ ...d, clientId: slice.client.id, invoiceIds: owedInvoiceIds(slice) }));
    await replan();
    return { logged: true, duplicate: false };
  });

  on('panel:insert', ['extension'], S.PanelInsertSchema, async (data, { sender }) => {
    const d = data as import('valibot').InferOutput<typeof S.PanelInsertSchema>;
    // The panel docked in a mail tab cannot know its tab (Firefox gives a framed extension
    // page no tabs API): the tab its message came from is the mail tab.
    const tabId = d.tabId ?? sender.tab?.id;
    if (tabId === undefined) throw new Error('no mail tab: open the panel from the compose window');
    await sent.inserted(tabId, d.composeId, { clientId: d.clientId, step: d.step, invoiceIds: d.invoiceIds, subject: d.subject, text: d.text });
    const res = await toTab.sendMessage('compose:insert', { composeId: d.composeId, subject: d.subject, text: d.text, html: d.html }, tabId);
    if (!res.ok) throw new Error(res.error);
    // The tab, for "I sent it" in a panel that could not know it.
    return { ...res.value, tabId };
  });

  // The send-logging rule is lib/app/send-log.ts: only the page's evidence or the user logs a send.
  on('compose:sending', ['mail'], S.ComposeSendingSchema, async (data, { sender }) => {
    const tabId = sender.tab?.id;
    const d = data as { composeId: string; popout?: boolean };
    return { pending: tabId !== undefined && (await sent.sending(tabId, d.composeId, d.popout === true)) };
  });
  on('compose:sent', ['mail'], S.ComposeSentSchema, async (data, { sender }) => {
    const tabId = sender.tab?.id;
    return { logged: tabId !== undefined && (await sent.sent(tabId, (data as { composeId: string }).composeId)) };
  });
  on('compose:sent-elsewhere', ['mail'], S.SentElsewhereSchema, async (data) => ({ logged: await sent.sentElsewhere((data as { noticeAt: number }).noticeAt) }));
  on('panel:mark-sent', ['extension'], S.MarkSentSchema, async (data) => {
    const d = data as { tabId: number; composeId: string };
    return { logged: await sent.markedSent(d.tabId, d.composeId) };
  });
  browser.tabs.onRemoved.addListener((tabId) => void sent.tabClosed(tabId));

  // Opening a tab is the user's act: only from Relance's own pages (the overlay frame among them).
  on('panel:open', ['extension'], S.OpenPanelSchema, async (data) => {
    const { clientId, invoiceNumber } = data as { clientId?: string; invoiceNumber?: string };
    const params = new URLSearchParams();
    if (clientId) params.set('client', clientId);
    if (invoiceNumber) params.set('invoice', invoiceNumber);
    await browser.tabs.create({ url: browser.runtime.getURL(`/sidepanel.html?${params}`) });
    return null;
  });

  on('letter:open', ['extension'], S.OpenLetterSchema, async (data, { sender }) => {
    const { clientId, kind, lang } = data as import('valibot').InferOutput<typeof S.OpenLetterSchema>;
    const params = new URLSearchParams({ client: clientId, kind, lang });
    const opener = sender.tab?.id;
    await browser.tabs.create({ url: browser.runtime.getURL(`/letter.html?${params}` as '/letter.html'), ...(opener === undefined ? {} : { openerTabId: opener }) });
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

  // Every start, not only at install: Firefox forgets alarms when the browser restarts.
  void ensureReplanAlarm();
  browser.runtime.onInstalled.addListener(async () => {
    await ensureReplanAlarm();
    await browser.storage.local.remove(LEGACY_SNAPSHOT_KEY);
    // The demo build opens on sample data so anyone can try it without an account.
    if (import.meta.env.MODE === 'demo') {
      if (!(await readLedger(await db())).invoices.length) await seedDemoData();
    }
    await replan();
  });
  browser.runtime.onStartup.addListener(() => void replan());
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === REPLAN_ALARM) void replan(true);
  });
  browser.notifications?.onClicked.addListener(() => void openPanelFromNotification());
  // Invoicing sites the user enabled get the invoice content script, again at every start:
  // the browser drops run-time registrations when the extension reloads or updates.
  void startSiteScripts(browser);
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
  const lang = pickLang(state.preferences.uiLang, browser.i18n.getUILanguage());
  await browser.notifications.create('relance-daily', {
    type: 'basic',
    iconUrl: browser.runtime.getURL('/icon/128.png'),
    title: 'Relance',
    message: translator(lang)('notifyDueToday', due),
  });
}
