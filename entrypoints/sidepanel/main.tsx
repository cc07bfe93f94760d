import { render } from 'preact';
import '@/components/styles.css';
import { Panel } from '@/components/sidepanel/Panel';
import type { PanelActions } from '@/components/sidepanel/ClientSection';
import { db } from '@/lib/app/state';
import {
  ask,
  framed,
  letterUrl,
  loadStateAnywhere,
  notifyChanged,
  openLetter,
  recordEvents,
  saveClientAnywhere,
} from '@/lib/app/ledger-access';
import { insertDraft, panelContext, type PanelContext } from '@/lib/app/compose-target';
import { editInvoice, mergeClients, splitClient } from '@/lib/ledger/repo';
import { toTab } from '@/lib/messaging/protocol';

/**
 * The side panel, and the compose panel docked in Gmail/Outlook (the same page in an
 * iframe, with ?compose=…&tab=…&to=…): client, invoices, timeline, draft and Insert. This
 * file is wiring: which compose and client is lib/app/compose-target.ts and panel-client.ts.
 */
function actions(context: PanelContext): PanelActions {
  const changed = async (write: Promise<unknown>) => {
    await write;
    await notifyChanged();
  };
  return {
    recordEvents,
    saveClient: saveClientAnywhere,
    mergeClients: async (keep, other) => changed(mergeClients(await db(), keep, other)),
    splitClient: async (id, ids, name) => changed(splitClient(await db(), id, ids, name)),
    editInvoice: async (id, patch) => changed(editInvoice(await db(), id, patch)),
    insert: (input) =>
      insertDraft(
        { ...input, context },
        {
          framed: framed(),
          insert: (data) => ask('panel:insert', data),
          activeTab: async () =>
            (await browser.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id,
          composes: (tabId) => toTab.sendMessage('compose:list', {}, tabId),
        },
      ),
    copy: async (d) => {
      const item = new ClipboardItem({
        'text/plain': new Blob([d.text], { type: 'text/plain' }),
        'text/html': new Blob([d.html], { type: 'text/html' }),
      });
      try {
        await navigator.clipboard.write([item]);
      } catch {
        await navigator.clipboard.writeText(`${d.subject}\n\n${d.text}`);
      }
    },
    openLetter: (clientId, kind, lang) => openLetter({ client: clientId, kind, lang }),
    letterUrl: (clientId, kind, lang) => letterUrl({ client: clientId, kind, lang }),
  };
}

const hash = location.hash;
// The grant's token is read once and leaves the address bar (and the history) at once.
if (framed()) history.replaceState(null, '', location.pathname);
void panelContext({
  framed: framed(),
  params: new URLSearchParams(location.search),
  hash,
  claim: async (token) => {
    const res = await ask('panel:claim', { token }).catch(() => null);
    return res?.ok ? res.value : null;
  },
}).then((context) => {
  // Said on the page's own element (which no other origin can read), for tests and devtools.
  if (framed()) document.documentElement.dataset.grant = context ? 'ok' : 'refused';
  if (context)
    render(
      <Panel
        context={context}
        framed={framed()}
        loadState={loadStateAnywhere}
        actions={actions(context)}
      />,
      document.getElementById('app')!,
    );
});
