import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import '@/components/styles.css';
import { DraftView } from '@/components/DraftView';
import { Timeline } from '@/components/Timeline';
import { ActionForm, type ActionKind } from '@/components/ActionForm';
import { ClientProfile } from '@/components/ClientProfile';
import { InvoiceEditor } from '@/components/InvoiceEditor';
import { ClientMergeSplit } from '@/components/ClientMergeSplit';
import { UnconfirmedSends } from '@/components/UnconfirmedSends';
import { translator, type T, type UiLang } from '@/components/i18n';
import { money, shortDate } from '@/components/format';
import { db, type AppState } from '@/lib/app/state';
import {
  ask,
  framed,
  loadStateAnywhere,
  notifyChanged,
  recordEvents,
  saveClientAnywhere,
  uiLangFor,
} from '@/lib/app/ledger-access';
import { awaitingPayment, receivedText } from '@/lib/bank/store';
import { planClient, type Suggestion } from '@/lib/escalation/plan';
import { riskProfile } from '@/lib/escalation/portfolio';
import { editInvoice, mergeClients, splitClient } from '@/lib/ledger/repo';
import { toTab } from '@/lib/messaging/protocol';
import { tokenFromHash } from '@/lib/app/grants';
import type { Draft } from '@/lib/drafts/render';
import type { DraftKind, DraftLang } from '@/lib/drafts/kinds';
import type { Client } from '@/lib/model/client';

/**
 * The side panel, and the compose panel docked in Gmail/Outlook (the same page in an
 * iframe, with ?compose=…&tab=…&to=…): client, invoices, timeline, draft and Insert.
 */
let params = new URLSearchParams(location.search);
let composeId = params.get('compose');
let composeTab = params.get('tab') ? Number(params.get('tab')) : null;
let recipients = (params.get('to') ?? '')
  .split(',')
  .map((s) => s.trim().toLowerCase())
  .filter(Boolean);

/**
 * Framed (docked in a mail app), the panel takes its compose and recipients only from the
 * single-use grant our mail content script asked for, never from its URL: any page of
 * the mail app can frame sidepanel.html with any ?client=, invisibly (clickjacking).
 * Without a valid grant it shows nothing.
 */
async function granted(): Promise<boolean> {
  if (!framed()) return true;
  const token = tokenFromHash(location.hash);
  history.replaceState(null, '', location.pathname);
  if (!token) return false;
  const res = await ask('panel:claim', { token }).catch(() => null);
  const grant = res?.ok ? res.value : null;
  if (!grant) return false;
  params = new URLSearchParams();
  composeTab = null;
  composeId = grant.compose;
  recipients = grant.to.map((s) => s.trim().toLowerCase()).filter(Boolean);
  return true;
}

function suggestionFor(state: AppState, client: Client): Suggestion | null {
  return (
    state.suggestions.find((s) => s.clientId === client.id) ??
    planClient({
      client,
      invoices: state.ledger.invoices.filter((i) => i.clientId === client.id),
      events: state.ledger.events.filter((e) => e.clientId === client.id),
      policy: state.policy,
      today: state.today,
      options: {
        rates: state.rates,
        senderCountry: state.sender.country,
        awaitingPayment: state.bank ? awaitingPayment(state.bank) : undefined,
      },
    })
  );
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** Where the last draft went, for "I sent it". */
interface Target {
  tabId: number;
  composeId: string;
}

/** A draft to write into a compose window: the step it is, for whom, and what to do once it is in. */
interface InsertRequest {
  draft: Draft;
  kind: DraftKind;
  suggestion: Suggestion;
  client: Client;
  lang: UiLang;
  done: (t: Target) => void;
}

/** Writes the draft into the compose window the panel is docked in, else one of the active tab's. */
async function insertViaActiveTab({
  draft,
  kind,
  suggestion: s,
  client,
  lang,
  done,
}: InsertRequest): Promise<string | null> {
  let tabId = composeTab;
  let target = composeId;
  const insert = {
    subject: draft.subject,
    text: draft.text,
    html: draft.html,
    clientId: client.id,
    step: kind,
    invoiceIds: s.invoices.map((i) => i.invoiceId),
  };
  // Docked in a compose window: the background takes the mail tab from the message's
  // sender. A framed extension page has no tabs API in Firefox: never call it from here.
  if (target && tabId === null && framed()) {
    const res = await ask('panel:insert', { composeId: target, ...insert });
    if (res.ok) done({ tabId: res.value.tabId, composeId: target });
    return res.ok ? null : res.error;
  }
  if (tabId === null || !target) {
    const t = translator(lang);
    const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
    if (!tab?.id) return t('sidepanelNoActiveTab');
    tabId = tab.id;
    try {
      const list = await toTab.sendMessage('compose:list', {}, tabId);
      if (!list.ok) return list.error;
      if (!list.value.length) return t('sidepanelNoComposeWindowOpen');
      target = (
        list.value.find((c) => c.recipients.some((r) => client.emails.includes(r))) ??
        list.value[0]!
      ).id;
    } catch {
      return t('sidepanelTheActiveTabIs');
    }
  }
  const res = await ask('panel:insert', { tabId, composeId: target, ...insert });
  if (res.ok) done({ tabId, composeId: target });
  return res.ok ? null : res.error;
}

/**
 * Relance logs a send only on the mail app's evidence; when there is none (the app changed,
 * the tab closed during Undo), the user says it with one click.
 */
function SentByHand(props: { target: Target; lang: UiLang; reload(): Promise<void> }) {
  const { lang } = props;
  const [state, setState] = useState<'idle' | 'logged' | 'none'>('idle');
  const t = translator(lang);
  return (
    <p class="row small">
      {state === 'idle' ? (
        <button
          type="button"
          onClick={() =>
            void (async () => {
              // No answer (the extension reloaded): nothing was recorded, and nothing throws
              // (reload shows its own failure), so there is nothing left to report here.
              const res = await ask('panel:mark-sent', props.target).catch(() => null);
              setState(res?.ok && res.value.logged ? 'logged' : 'none');
              await props.reload();
            })()
          }
        >
          {t('sidepanelISentIt')}
        </button>
      ) : null}
      <span role="status" class="muted">
        {state === 'logged'
          ? t('sidepanelReminderRecordedAsSent')
          : state === 'none'
            ? t('sidepanelAlreadyRecordedOrNothing')
            : t('sidepanelRelanceRecordsTheSend')}
      </span>
    </p>
  );
}

/** A printable letter in a new tab; the docked panel (no tabs API in Firefox) asks the background. */
async function openLetter(clientId: string, kind: DraftKind, lang: DraftLang): Promise<void> {
  if (kind !== 'formal-notice' && kind !== 'final-notice' && kind !== 'stop-work') return;
  if (framed()) {
    const res = await ask('letter:open', { clientId, kind, lang });
    if (!res.ok) throw new Error(res.error);
    return;
  }
  await browser.tabs.create({
    url: browser.runtime.getURL(
      `/letter.html?${new URLSearchParams({ client: clientId, kind, lang })}` as '/letter.html',
    ),
  });
}

function Panel() {
  const [state, setState] = useState<AppState | null>(null);
  const [clientId, setClientId] = useState<string | null>(params.get('client'));
  const [action, setAction] = useState<ActionKind | null>(null);
  const [error, setError] = useState<string | null>(null);
  const reload = () => loadStateAnywhere().then(setState, (e: Error) => setError(e.message));
  useEffect(() => void reload(), []);
  if (error)
    return (
      <p role="alert" class="danger">
        {error}
      </p>
    );
  if (!state) return <p class="muted">…</p>;
  const lang = uiLangFor(state.preferences.uiLang);
  const t: T = translator(lang);
  document.documentElement.lang = lang;
  const byRecipient = recipients.length
    ? state.ledger.clients.find((c) => c.emails.some((e) => recipients.includes(e.toLowerCase())))
    : undefined;
  const invoiceParam = params.get('invoice');
  const byInvoice = invoiceParam
    ? state.ledger.invoices.find((i) => i.number.toUpperCase() === invoiceParam.toUpperCase())
    : undefined;
  const client =
    state.ledger.clients.find(
      (c) => c.id === (clientId ?? byRecipient?.id ?? byInvoice?.clientId),
    ) ?? null;

  return (
    <main style={{ padding: '12px', maxWidth: '760px' }}>
      <header class="spread">
        <h1>{t('appName')}</h1>
        {client && !composeId ? (
          <button type="button" onClick={() => setClientId(null)}>
            ←
          </button>
        ) : null}
      </header>
      {!client ? (
        <section>
          {composeId ? (
            <p class="muted">{recipients.length ? recipients.join(', ') : t('noClient')}</p>
          ) : null}
          <p class="muted">{t('chooseClient')}</p>
          <ul style={{ listStyle: 'none', padding: 0 }}>
            {state.suggestions.map((s) => (
              <li key={s.clientId}>
                <button
                  type="button"
                  class="card"
                  style={{ width: '100%', textAlign: 'left' }}
                  onClick={() => setClientId(s.clientId)}
                >
                  <strong class="client-name" title={s.clientName}>
                    {s.clientName}
                  </strong>{' '}
                  <span class={`pill ${s.status}`}>
                    {t(s.status === 'due' ? 'dueNow' : s.status)}
                  </span>
                  <span class="small" style={{ display: 'block' }}>
                    {s.reason[lang]}
                  </span>
                </button>
              </li>
            ))}
          </ul>
        </section>
      ) : (
        <ClientSection
          state={state}
          client={client}
          lang={lang}
          t={t}
          action={action}
          setAction={setAction}
          reload={reload}
        />
      )}
    </main>
  );
}

function ClientSection(props: {
  state: AppState;
  client: Client;
  lang: UiLang;
  t: T;
  action: ActionKind | null;
  setAction(a: ActionKind | null): void;
  reload(): Promise<void>;
}) {
  const { state, client, lang, t } = props;
  const s = suggestionFor(state, client);
  const invoices = state.ledger.invoices.filter((i) => i.clientId === client.id);
  const events = state.ledger.events.filter((e) => e.clientId === client.id);
  const profile = riskProfile(client, state.ledger.invoices, state.ledger.events, state.today);
  const [target, setTarget] = useState<Target | null>(null);
  const draft =
    s && s.invoices.length ? (
      <section class="card">
        <div class="row">
          {(['call', 'paid', 'partial', 'promise', 'dispute', 'snooze', 'letter'] as const).map(
            (k) => (
              <button key={k} type="button" onClick={() => props.setAction(k)}>
                {t(k === 'call' ? 'logCall' : k === 'paid' ? 'markPaid' : k)}
              </button>
            ),
          )}
        </div>
        {props.action ? (
          <ActionForm
            kind={props.action}
            suggestion={s}
            today={state.today}
            t={t}
            onCancel={() => props.setAction(null)}
            onSubmit={async (evs) => {
              await recordEvents(evs);
              props.setAction(null);
              await props.reload();
            }}
          />
        ) : null}
        <DraftView
          suggestion={s}
          client={client}
          sender={state.sender}
          today={state.today}
          uiLang={lang}
          templates={state.templates}
          t={t}
          onInsert={(draft, kind) =>
            insertViaActiveTab({ draft, kind, suggestion: s, client, lang, done: setTarget })
          }
          onCopy={async (d) => {
            const item = new ClipboardItem({
              'text/plain': new Blob([d.text], { type: 'text/plain' }),
              'text/html': new Blob([d.html], { type: 'text/html' }),
            });
            try {
              await navigator.clipboard.write([item]);
            } catch {
              await navigator.clipboard.writeText(`${d.subject}\n\n${d.text}`);
            }
          }}
          onLetter={(kind, l) => void openLetter(client.id, kind, l)}
        />
        {target ? (
          <SentByHand
            key={`${target.tabId}:${target.composeId}`}
            target={target}
            lang={lang}
            reload={props.reload}
          />
        ) : null}
      </section>
    ) : null;
  // The safety net: a statement imported since shows this client paid (lib/bank/store).
  const received = (state.bank?.pending ?? []).filter((m) => m.clientId === client.id);
  return (
    <>
      {received.map((m) => (
        <p key={m.transaction.key} role="alert" class="card warn bank-received">
          {translator(lang)('sidepanelReceivedCheck', capitalise(receivedText(m)[lang]))}
        </p>
      ))}
      <UnconfirmedSends
        key={client.id}
        clientId={client.id}
        nameOf={() => client.name}
        lang={lang}
        t={t}
        reload={props.reload}
      />
      <section class="card client-details" aria-label={client.name}>
        <h2 style={{ marginTop: 0 }} title={client.name}>
          {client.name}
        </h2>
        <p class="small muted">
          {[
            client.contactName,
            client.emails.join(', '),
            client.legalId ? `SIREN/VAT ${client.legalId}` : null,
          ]
            .filter(Boolean)
            .join(' · ')}
        </p>
        {s ? (
          <p class="reason">
            <span class={`pill ${s.status}`}>{t(s.status === 'due' ? 'dueNow' : s.status)}</span>{' '}
            {s.reason[lang]}
          </p>
        ) : null}
        {s?.warnings.map((w) => (
          <p key={w.en} class="small warn">
            {w[lang]}
          </p>
        ))}
        {s?.amounts.map((a) => (
          <p key={a.currency} class="small">
            {t('amountDue')} <strong class="money">{money(a.principal, a.currency, lang)}</strong>
            {a.interest !== null && a.interest + a.fixedFees > 0 ? (
              <>
                {' '}
                · {t('withInterest')}{' '}
                <strong class="money">{money(a.totalClaimed, a.currency, lang)}</strong>
              </>
            ) : null}
          </p>
        ))}
      </section>
      {composeId ? draft : null}
      <ClientProfile
        profile={profile}
        client={client}
        lang={lang}
        t={t}
        onSave={async (c) => {
          await saveClientAnywhere(c, client);
          await props.reload();
        }}
      />
      {framed() ? null : (
        <ClientMergeSplit
          client={client}
          others={state.ledger.clients.filter((c) => c.id !== client.id)}
          invoices={invoices}
          lang={lang}
          onMerge={async (other) => {
            await mergeClients(await db(), client.id, other);
            await notifyChanged();
            await props.reload();
          }}
          onSplit={async (ids, name) => {
            await splitClient(await db(), client.id, ids, name);
            await notifyChanged();
            await props.reload();
          }}
        />
      )}
      <section class="card">
        <h2 style={{ marginTop: 0 }}>{t('invoices')}</h2>
        <InvoiceEditor
          invoices={invoices}
          lang={lang}
          t={t}
          onSave={
            framed()
              ? undefined
              : async (id, patch) => {
                  await editInvoice(await db(), id, patch);
                  await notifyChanged();
                  await props.reload();
                }
          }
        />
      </section>
      {composeId ? null : draft}
      <section class="card">
        <h2 style={{ marginTop: 0 }}>{t('timeline')}</h2>
        <div class="row small">
          {(['statement', 'evidence'] as const).map((k) => (
            <a
              key={k}
              class="btn"
              target="_blank"
              href={browser.runtime.getURL(
                `/letter.html?client=${encodeURIComponent(client.id)}&kind=${k}&lang=${lang}` as '/letter.html',
              )}
            >
              {k === 'statement' ? t('sidepanelStatementOfAccount') : t('sidepanelEvidenceFile')}
            </a>
          ))}
        </div>
        <Timeline events={events} invoices={invoices} lang={lang} />
        <p class="small muted">{shortDate(state.today, lang)}</p>
      </section>
    </>
  );
}

void granted().then((ok) => {
  // Said on the page's own element (which no other origin can read), for tests and devtools.
  if (framed()) document.documentElement.dataset.grant = ok ? 'ok' : 'refused';
  if (ok) render(<Panel />, document.getElementById('app')!);
});
