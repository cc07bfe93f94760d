import type { MessageKey } from '@/lib/i18n/t';
import { translator } from '@/lib/i18n/t';
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import './print.css';
import { HNodeView } from '@/components/HNodeView';
import { Timeline } from '@/components/Timeline';
import { money } from '@/components/format';
import { loadState, type AppState } from '@/lib/app/state';
import { planClient } from '@/lib/escalation/plan';
import { formatDate, renderDraft } from '@/lib/drafts/render';
import { DRAFT_LANGS, type DraftKind, type DraftLang } from '@/lib/drafts/kinds';
import { lawText } from '@/lib/drafts/law-text';
import { STEP_LABELS } from '@/lib/escalation/steps';
import { NextSteps } from '@/components/NextSteps';

/**
 * Printable A4 letters (formal notice, final notice by post, stop-work notice), the
 * statement of account and the evidence file. "Save as PDF" is the browser's print.
 * ?client=ID&kind=formal-notice|final-notice|stop-work|statement|evidence&lang=fr|en
 */
const q = new URLSearchParams(location.search);
const kind = (q.get('kind') ?? 'formal-notice') as DraftKind | 'statement' | 'evidence';

const TITLE: Record<string, MessageKey> = {
  'formal-notice': 'letterFormalNoticeToPay',
  'final-notice': 'letterFinalReminderBeforeFormal',
  'stop-work': 'letterSuspensionOfWork',
  statement: 'sidepanelStatementOfAccount',
  evidence: 'letterDebtRecoveryFile',
};

function Letter() {
  const [state, setState] = useState<AppState | null>(null);
  useEffect(() => void loadState().then(setState), []);
  if (!state) return <p>…</p>;
  const client = state.ledger.clients.find((c) => c.id === q.get('client'));
  if (!client)
    return (
      <p role="alert">
        {q.get('client') ? `Client ${q.get('client')} introuvable / not found` : 'client=… ?'}
      </p>
    );
  const asked = q.get('lang');
  const lang: DraftLang = DRAFT_LANGS.find((l) => l === asked) ?? client.language;
  const t = translator(lang);
  const s = planClient({
    client,
    invoices: state.ledger.invoices.filter((i) => i.clientId === client.id),
    events: state.ledger.events.filter((e) => e.clientId === client.id),
    policy: state.policy,
    today: state.today,
    options: { rates: state.rates, senderCountry: state.sender.country },
  });
  const sender = state.sender;
  document.documentElement.lang = lang;
  document.title = `${t(TITLE[kind]!)} — ${client.name}`;
  const registered = kind === 'formal-notice' || kind === 'final-notice';
  const draft =
    s && kind !== 'statement' && kind !== 'evidence'
      ? renderDraft({
          kind,
          lang,
          tone: 'formal',
          client,
          sender,
          invoices: s.invoices,
          amounts: s.amounts,
          daysLate: s.daysLate,
          history: s.history,
          jurisdiction: s.jurisdiction,
          lawRef: s.lawRef,
          today: state.today,
          overrides: state.templates,
          deadlineDays: state.policy.noticeDeadlineDays,
          brokenPromise: s.brokenPromise,
          clientReply: s.clientReply,
        })
      : null;
  const place = sender.address?.split(/[,\n]/).pop()?.replace(/\d{5}/, '').trim();
  return (
    <article class="page">
      <div class="no-print toolbar">
        <button type="button" onClick={() => window.print()}>
          {t('letterPrintSaveAsPdf')}
        </button>
      </div>
      <header class="parties">
        <address class="from">
          <strong>{sender.company ?? sender.name}</strong>
          <br />
          {sender.company ? (
            <>
              {sender.name}
              <br />
            </>
          ) : null}
          {sender.address ? (
            <>
              {sender.address}
              <br />
            </>
          ) : null}
          {sender.legalId ? (
            <>
              SIREN {sender.legalId}
              <br />
            </>
          ) : null}
          {sender.email ?? ''} {sender.phone ?? ''}
        </address>
        <address class="to">
          <strong>{client.name}</strong>
          <br />
          {client.contactName ? (
            <>
              {t('letterForTheAttentionOf')} {client.contactName}
              <br />
            </>
          ) : null}
          {client.address ? (
            <>
              {client.address}
              <br />
            </>
          ) : null}
          {client.legalId ? <>SIREN {client.legalId}</> : null}
        </address>
      </header>
      <p class="date">
        {place ? `${place}, ${t('letterDatePrefix')}` : ''}
        {formatDate(state.today, lang)}
      </p>
      {registered ? (
        <p class="registered">
          <strong>{t('letterRecordedDeliveryWithProof')}</strong>
        </p>
      ) : null}
      <h1>
        {t('templateseditorSubject2')} : {draft?.subject ?? `${t(TITLE[kind]!)} — ${client.name}`}
      </h1>
      {!s ? <p>{t('letterNothingIsOwedBy')}</p> : null}
      {draft ? (
        <div class="body">
          <HNodeView nodes={draft.nodes} />
        </div>
      ) : null}
      {s && (kind === 'statement' || kind === 'evidence') ? (
        <>
          <table class="statement">
            <thead>
              <tr>
                <th>{t('invoice')}</th>
                <th>{t('date')}</th>
                <th>{t('due')}</th>
                <th>{t('letterAmount')}</th>
                <th>{t('letterPaid')}</th>
                <th>{t('amountDue')}</th>
                <th>
                  {t(
                    s.jurisdiction === 'fr-public'
                      ? 'letterInterestColumnPublic'
                      : 'letterInterestColumn',
                  )}
                </th>
                <th>{t('letterFee')}</th>
              </tr>
            </thead>
            <tbody>
              {s.invoices.map((i) => (
                <tr key={i.invoiceId}>
                  <td>{i.number}</td>
                  <td>{formatDate(i.issueDate, lang)}</td>
                  <td>{formatDate(i.dueDate, lang)}</td>
                  <td>{money(i.total, i.currency, lang)}</td>
                  <td>{money(i.paid, i.currency, lang)}</td>
                  <td>{money(i.amountDue, i.currency, lang)}</td>
                  <td>{money(i.interest, i.currency, lang)}</td>
                  <td>{money(i.fixedFee, i.currency, lang)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {s.amounts.map((a) => (
            <p key={a.currency}>
              <strong>
                {t('letterTotalDueOn')} {formatDate(state.today, lang)} :{' '}
                {money(a.totalClaimed, a.currency, lang)}
              </strong>{' '}
              ({t('letterPrincipal')} {money(a.principal, a.currency, lang)}, {t('letterInterest')}{' '}
              {money(a.interest, a.currency, lang)}, {t('letterFees')}{' '}
              {money(a.fixedFees, a.currency, lang)}) — {lawText(s.jurisdiction, lang).basis}
            </p>
          ))}
          {s.warnings.map((w) => (
            <p key={w.en} class="small">
              {w[lang]}
            </p>
          ))}
        </>
      ) : null}
      {kind === 'evidence' ? (
        <section>
          <h2>{t('letterTimelineOfSteps')}</h2>
          <Timeline
            events={state.ledger.events.filter((e) => e.clientId === client.id)}
            invoices={state.ledger.invoices}
            lang={lang}
          />
          <h2>{t('letterContentOfTheReminders')}</h2>
          {state.ledger.events
            .filter(
              (e) => e.clientId === client.id && e.type === 'reminder' && (e.subject || e.body),
            )
            .map((e) => (
              <div key={e.id} class="sent">
                <p>
                  <strong>
                    {formatDate(e.date, lang)} — {e.type === 'reminder' ? e.subject : ''}
                  </strong>
                </p>
                <pre>{e.type === 'reminder' ? e.body : ''}</pre>
              </div>
            ))}
          {s ? (
            <>
              <h2>{t('letterCurrentStep')}</h2>
              <p data-testid="evidence-next-step">
                <strong>{s.step ? STEP_LABELS[s.step][lang] : '—'}</strong> — {s.reason[lang]}
              </p>
            </>
          ) : null}
          <h2>{t('letterNextLegalSteps')}</h2>
          <NextSteps
            jurisdiction={s?.jurisdiction ?? client.jurisdiction ?? ''}
            insolvency={s?.insolvency ?? null}
            lang={lang}
          />
        </section>
      ) : null}
      <footer class="signature">
        <p>
          {sender.name}
          {sender.company ? `, ${sender.company}` : ''}
        </p>
        <p class="sign-line">{t('senderformSignature')}</p>
      </footer>
    </article>
  );
}

render(<Letter />, document.getElementById('app')!);
