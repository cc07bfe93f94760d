import { translator } from '@/lib/i18n/t';
import { db, loadClientSlices, loadState, today } from '@/lib/app/state';
import { LEGACY_SNAPSHOT_KEY, SNAPSHOT_STORAGE_KEY } from '@/lib/app/snapshot-store';
import { letterPath, seedDemoData } from '@/lib/app/ledger-access';
import { alreadyLogged, owedInvoiceIds, replyClients, replyEvent } from '@/lib/app/reply-log';
import { composeMatches, scanObservations } from '@/lib/app/scan-record';
import {
  ensureReplanAlarm,
  openPanelFromNotification,
  REPLAN_ALARM,
} from '@/lib/app/background-start';
import { claimGrant, createGrant } from '@/lib/app/grants';
import { pageLookup } from '@/lib/app/page-lookup';
import { replan as replanWith } from '@/lib/app/replan';
import { addEvent, addEvents, readLedger, recordObservations, saveClient } from '@/lib/ledger/repo';
import { originOf } from '@/lib/messaging/handle';
import { toTab } from '@/lib/messaging/protocol';
import { servePort } from '@/lib/messaging/port';
import { listen, type Routes } from '@/lib/messaging/routes';
import * as S from '@/lib/messaging/schemas';
import { startSiteScripts } from '@/lib/app/site-scripts';
import { lastNotifiedItem, readPreferences, readSender } from '@/lib/settings';
import { sendLog, sentEvent, type Pending } from '@/lib/app/send-log';

/**
 * The background owns the ledger for content scripts: it answers their validated
 * messages, re-plans daily (alarm), sets the badge and the daily notification. It keeps
 * nothing in memory that matters: pending inserts live in storage.session. This file is
 * wiring: each message's rule lives in lib/app/.
 */
const replan = (notify = false) =>
  replanWith(
    {
      loadState: () => loadState(),
      writeSnapshot: (json) => browser.storage.local.set({ [SNAPSHOT_STORAGE_KEY]: json }),
      setBadge: async (text) => {
        await browser.action.setBadgeText({ text });
        await browser.action.setBadgeBackgroundColor({ color: '#b3261e' });
      },
      lastNotified: () => lastNotifiedItem.getValue(),
      setLastNotified: (day) => lastNotifiedItem.setValue(day),
      notify: async (message) => {
        await browser.notifications.create('relance-daily', {
          type: 'basic',
          iconUrl: browser.runtime.getURL('/icon/128.png'),
          title: 'Relance',
          message,
        });
      },
      uiLanguage: () => browser.i18n.getUILanguage(),
      now: () => new Date(),
    },
    notify,
  );

/** Records a sent reminder: the reminder event for its step (or a note), then re-plans. */
async function recordSent(pending: Pending): Promise<void> {
  const ledger = await db();
  const known = await Promise.all(pending.invoiceIds.map((id) => ledger.get('invoices', id)));
  await addEvent(
    ledger,
    sentEvent(
      pending,
      known.map((i) => i?.clientId),
      today(),
    ),
  );
  await replan();
}

const session = (key: string) => `session:${key}` as `session:${string}`;
const makeSendLog = () =>
  sendLog({
    now: () => Date.now(),
    record: recordSent,
    store: {
      get: (key) => storage.getItem<Pending>(session(key)),
      set: (key, value) => storage.setItem(session(key), value),
      remove: (key) => storage.removeItem(session(key)),
      all: () => browser.storage.session.get(null),
    },
  });

function routes(sent: ReturnType<typeof makeSendLog>): Routes {
  return {
    'scan:record': {
      from: ['extension'],
      schema: S.RecordScanSchema,
      run: async (d) => {
        const sender = await readSender();
        const at = new Date().toISOString();
        const report = await recordObservations(await db(), scanObservations(d, at), {
          today: today(),
          senderCountry: sender.country,
          language: (await readPreferences()).defaultLanguage,
        });
        await replan();
        return report;
      },
    },

    // The invoice content script hands over what it read; only the overlay frame (an
    // extension page the site cannot read) gets it back, with the ledger's side.
    'overlay:open': {
      from: ['site', 'mail'],
      schema: S.OverlayOpenSchema,
      run: async (d, { sender }) => {
        const tabId = sender.tab?.id;
        const origin = sender.origin ?? originOf(sender.url ?? '');
        if (tabId === undefined || !origin)
          throw new Error('refused: the overlay opens only in a tab');
        // The browser's record of where the script runs, not what the page could make it say.
        const url = (sender.url && originOf(sender.url) === origin ? sender.url : origin).slice(
          0,
          2000,
        );
        const token = await createGrant(browser.storage.session, {
          page: 'overlay',
          tabId,
          origin,
          url,
          lang: d.lang,
          kind: d.kind,
          app: d.app,
          note: d.note,
          invoices: d.invoices,
          missing: d.missing,
        });
        return { token };
      },
    },
    'overlay:claim': {
      from: ['extension'],
      schema: S.ClaimSchema,
      run: (d, { sender }) =>
        claimGrant(browser.storage.session, {
          token: d.token,
          page: 'overlay',
          tabId: sender.tab?.id,
        }),
    },

    // The demo build's Gmail-like page is on the local server (a 'site').
    'compose:panel': {
      from: import.meta.env.MODE === 'demo' ? ['mail', 'site'] : ['mail'],
      schema: S.ComposePanelSchema,
      run: async (d, { sender }) => {
        const tabId = sender.tab?.id;
        const origin = sender.origin ?? originOf(sender.url ?? '');
        if (tabId === undefined || !origin)
          throw new Error('refused: the compose panel opens only in a tab');
        return {
          token: await createGrant(browser.storage.session, {
            page: 'sidepanel',
            tabId,
            origin,
            compose: d.composeId,
            to: d.recipients,
          }),
        };
      },
    },
    'panel:claim': {
      from: ['extension'],
      schema: S.ClaimSchema,
      run: (d, { sender }) =>
        claimGrant(browser.storage.session, {
          token: d.token,
          page: 'sidepanel',
          tabId: sender.tab?.id,
        }),
    },

    'page:lookup': {
      from: ['extension'],
      schema: S.PageLookupSchema,
      run: async (d) => pageLookup(await db(), d, today()),
    },

    'compose:lookup': {
      from: ['mail', 'extension'],
      schema: S.ComposeLookupSchema,
      run: async ({ recipients }) => composeMatches(await loadClientSlices({ emails: recipients })),
    },

    // Replies read in a conversation: which senders are clients with money owed, then the
    // event a reply stands for, once the user confirmed it with a click (lib/app/reply-log).
    'reply:lookup': {
      from: ['mail'],
      schema: S.ReplyLookupSchema,
      run: async ({ senders }) =>
        replyClients(await loadClientSlices({ emails: senders }), senders),
    },
    'reply:log': {
      from: ['mail'],
      schema: S.ReplyLogSchema,
      run: async (d) => {
        const [slice] = await loadClientSlices({ emails: [d.from] });
        if (!slice) throw new Error(translator(d.lang)('noClientWithAddress', d.from));
        if (alreadyLogged(slice, d.sentence)) return { logged: false, duplicate: true };
        await addEvent(
          await db(),
          replyEvent({ ...d, clientId: slice.client.id, invoiceIds: owedInvoiceIds(slice) }),
        );
        await replan();
        return { logged: true, duplicate: false };
      },
    },

    'panel:insert': {
      from: ['extension'],
      schema: S.PanelInsertSchema,
      run: async (d, { sender }) => {
        // The panel docked in a mail tab cannot know its tab (Firefox gives a framed extension
        // page no tabs API): the tab its message came from is the mail tab.
        const tabId = d.tabId ?? sender.tab?.id;
        if (tabId === undefined)
          throw new Error('no mail tab: open the panel from the compose window');
        await sent.inserted(tabId, d.composeId, {
          clientId: d.clientId,
          step: d.step,
          invoiceIds: d.invoiceIds,
          subject: d.subject,
          text: d.text,
        });
        const res = await toTab.sendMessage(
          'compose:insert',
          { composeId: d.composeId, subject: d.subject, text: d.text, html: d.html },
          tabId,
        );
        if (!res.ok) throw new Error(res.error);
        // The tab, for "I sent it" in a panel that could not know it.
        return { ...res.value, tabId };
      },
    },

    // The send-logging rule is lib/app/send-log.ts: only the page's evidence or the user logs a send.
    'compose:sending': {
      from: ['mail'],
      schema: S.ComposeSendingSchema,
      run: async (d, { sender }) => {
        const tabId = sender.tab?.id;
        return {
          pending:
            tabId !== undefined && (await sent.sending(tabId, d.composeId, d.popout === true)),
        };
      },
    },
    'compose:sent': {
      from: ['mail'],
      schema: S.ComposeSentSchema,
      run: async (d, { sender }) => {
        const tabId = sender.tab?.id;
        return { logged: tabId !== undefined && (await sent.sent(tabId, d.composeId)) };
      },
    },
    'compose:sent-elsewhere': {
      from: ['mail'],
      schema: S.SentElsewhereSchema,
      run: async (d) => ({ logged: await sent.sentElsewhere(d.noticeAt) }),
    },
    'panel:mark-sent': {
      from: ['extension'],
      schema: S.MarkSentSchema,
      run: async (d) => ({ logged: await sent.markedSent(d.tabId, d.composeId) }),
    },
    // Composes closed after Send without evidence: only Relance's own pages may list or settle them.
    'sent:unconfirmed': {
      from: ['extension'],
      schema: S.UnconfirmedListSchema,
      run: (d) => sent.unconfirmed(d.clientId),
    },
    'sent:confirm': {
      from: ['extension'],
      schema: S.ConfirmSentSchema,
      run: async (d) => ({ logged: await sent.confirm(d.id) }),
    },
    'sent:dismiss': {
      from: ['extension'],
      schema: S.DismissSentSchema,
      run: async (d) => ({ dismissed: await sent.dismiss(d.id) }),
    },

    // Opening a tab is the user's act: only from Relance's own pages (the overlay frame among them).
    'panel:open': {
      from: ['extension'],
      schema: S.OpenPanelSchema,
      run: async ({ clientId, invoiceNumber }) => {
        const params = new URLSearchParams();
        if (clientId) params.set('client', clientId);
        if (invoiceNumber) params.set('invoice', invoiceNumber);
        await browser.tabs.create({ url: browser.runtime.getURL(`/sidepanel.html?${params}`) });
        return null;
      },
    },
    'letter:open': {
      from: ['extension'],
      schema: S.OpenLetterSchema,
      run: async ({ clientId, kind, lang }, { sender }) => {
        const opener = sender.tab?.id;
        await browser.tabs.create({
          url: browser.runtime.getURL(letterPath({ client: clientId, kind, lang })),
          ...(opener === undefined ? {} : { openerTabId: opener }),
        });
        return null;
      },
    },

    'ledger:state': { from: ['extension'], schema: S.EmptySchema, run: () => loadState() },
    'ledger:add-events': {
      from: ['extension'],
      schema: S.AddEventsSchema,
      run: async ({ events }) => {
        await addEvents(await db(), events);
        await replan();
        return null;
      },
    },
    'ledger:save-client': {
      from: ['extension'],
      schema: S.SaveClientSchema,
      run: async ({ client, base }) => {
        await saveClient(await db(), client, base);
        await replan();
        return null;
      },
    },
    'ledger:changed': {
      from: ['extension'],
      schema: S.EmptySchema,
      run: async () => {
        await replan();
        return null;
      },
    },
  };
}

export default defineBackground(() => {
  const sent = makeSendLog();
  const handlers = listen(routes(sent), {
    extensionId: browser.runtime.id,
    extensionOrigin: originOf(browser.runtime.getURL('/'))!,
  });
  // The content scripts' messages come over one port (lib/messaging/port.ts), to the same checked handlers.
  browser.runtime.onConnect.addListener((port) => servePort(port, handlers));
  browser.tabs.onRemoved.addListener((tabId) => void sent.tabClosed(tabId));

  // Every start, not only at install: Firefox forgets alarms when the browser restarts.
  void ensureReplanAlarm();
  browser.runtime.onInstalled.addListener(
    () =>
      void installed().catch((err: unknown) =>
        console.error('Relance: the install steps failed', err),
      ),
  );
  async function installed(): Promise<void> {
    await ensureReplanAlarm();
    await browser.storage.local.remove(LEGACY_SNAPSHOT_KEY);
    // The demo build opens on sample data so anyone can try it without an account.
    if (import.meta.env.MODE === 'demo') {
      if (!(await readLedger(await db())).invoices.length) await seedDemoData();
    }
    await replan();
  }
  browser.runtime.onStartup.addListener(() => void replan());
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === REPLAN_ALARM) void replan(true);
  });
  browser.notifications?.onClicked.addListener(() => void openPanelFromNotification());
  // Invoicing sites the user enabled get the invoice content script, again at every start:
  // the browser drops run-time registrations when the extension reloads or updates.
  void startSiteScripts(browser);
});
