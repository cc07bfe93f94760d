import { useState } from 'preact/hooks';
import { DraftView } from '../DraftView';
import { Timeline } from '../Timeline';
import { ActionForm, type ActionKind } from '../ActionForm';
import { ClientProfile } from '../ClientProfile';
import { InvoiceEditor } from '../InvoiceEditor';
import { ClientMergeSplit } from '../ClientMergeSplit';
import { SentByHand } from './SentByHand';
import { UnconfirmedSends } from '../UnconfirmedSends';
import { translator, type T, type UiLang } from '../i18n';
import { money, shortDate } from '../format';
import type { AppState } from '@/lib/app/state';
import type { ComposeTarget, insertDraft } from '@/lib/app/compose-target';
import { suggestionFor } from '@/lib/app/panel-client';
import { receivedText } from '@/lib/bank/store';
import { riskProfile } from '@/lib/escalation/portfolio';
import type { Draft } from '@/lib/drafts/render';
import type { DraftKind, DraftLang } from '@/lib/drafts/kinds';
import type { Client } from '@/lib/model/client';
import type { NewEvent } from '@/lib/model/event';
import type { InvoicePatch } from '@/lib/model/invoice';

/** What the client section does to the ledger and the browser, wired by its page. */
export interface PanelActions {
  recordEvents(events: NewEvent[]): Promise<void>;
  /** `base`: the client as the form loaded it. */
  saveClient(client: Client, base: Client): Promise<void>;
  mergeClients(keepId: string, otherId: string): Promise<void>;
  splitClient(clientId: string, invoiceIds: string[], name: string): Promise<void>;
  editInvoice(id: string, patch: InvoicePatch): Promise<void>;
  /** Inserts the draft into its compose; null when done, else what went wrong. */
  insert(input: Omit<Parameters<typeof insertDraft>[0], 'context'>): Promise<string | null>;
  copy(draft: Draft): Promise<void>;
  openLetter(clientId: string, kind: DraftKind, lang: DraftLang): Promise<void>;
  /** The printable statement or evidence file of a client. */
  letterUrl(clientId: string, kind: 'statement' | 'evidence', lang: UiLang): string;
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** One client in the side panel: what is owed, the draft and its actions, the profile, invoices, timeline. */
export function ClientSection(props: {
  state: AppState;
  client: Client;
  lang: UiLang;
  t: T;
  action: ActionKind | null;
  setAction(a: ActionKind | null): void;
  reload(): Promise<void>;
  /** Opened for a compose: the draft comes first. */
  composing: boolean;
  /** Framed in a mail app: no merge/split, no invoice edits. */
  framed: boolean;
  actions: PanelActions;
}) {
  const { state, client, lang, t, actions } = props;
  const s = suggestionFor(state, client);
  const invoices = state.ledger.invoices.filter((i) => i.clientId === client.id);
  const events = state.ledger.events.filter((e) => e.clientId === client.id);
  const profile = riskProfile(client, state.ledger.invoices, state.ledger.events, state.today);
  const [target, setTarget] = useState<ComposeTarget | null>(null);
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
              await actions.recordEvents(evs);
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
          onInsert={(d, kind) =>
            actions.insert({
              draft: d,
              kind,
              suggestion: s,
              client,
              lang,
              inserted: setTarget,
            })
          }
          onCopy={actions.copy}
          onLetter={(kind, l) => void actions.openLetter(client.id, kind, l)}
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
      {props.composing ? draft : null}
      <ClientProfile
        profile={profile}
        client={client}
        lang={lang}
        t={t}
        onSave={async (c) => {
          await actions.saveClient(c, client);
          await props.reload();
        }}
      />
      {props.framed ? null : (
        <ClientMergeSplit
          client={client}
          others={state.ledger.clients.filter((c) => c.id !== client.id)}
          invoices={invoices}
          lang={lang}
          onMerge={async (other) => {
            await actions.mergeClients(client.id, other);
            await props.reload();
          }}
          onSplit={async (ids, name) => {
            await actions.splitClient(client.id, ids, name);
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
            props.framed
              ? undefined
              : async (id, patch) => {
                  await actions.editInvoice(id, patch);
                  await props.reload();
                }
          }
        />
      </section>
      {props.composing ? null : draft}
      <section class="card">
        <h2 style={{ marginTop: 0 }}>{t('timeline')}</h2>
        <div class="row small">
          {(['statement', 'evidence'] as const).map((k) => (
            <a key={k} class="btn" target="_blank" href={actions.letterUrl(client.id, k, lang)}>
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
