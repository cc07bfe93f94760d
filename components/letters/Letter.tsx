import type { MessageKey } from '@/lib/i18n/t';
import { translator } from '@/lib/i18n/t';
import { HNodeView } from '../HNodeView';
import { Timeline } from '../Timeline';
import { NextSteps } from '../NextSteps';
import { money } from '../format';
import type { AppState } from '@/lib/app/state';
import { letterDraft, letterPlace, sentReminders, type LetterKind } from '@/lib/app/letter-view';
import type { Suggestion } from '@/lib/escalation/plan';
import { formatDate } from '@/lib/drafts/render';
import type { DraftLang } from '@/lib/drafts/kinds';
import { lawText } from '@/lib/drafts/law-text';
import { STEP_LABELS } from '@/lib/escalation/steps';
import type { Client } from '@/lib/model/client';

/** Each printable page's title. */
export const LETTER_TITLES: Partial<Record<LetterKind, MessageKey>> = {
  'formal-notice': 'letterFormalNoticeToPay',
  'final-notice': 'letterFinalReminderBeforeFormal',
  'stop-work': 'letterSuspensionOfWork',
  statement: 'sidepanelStatementOfAccount',
  evidence: 'letterDebtRecoveryFile',
};

/**
 * A printable A4 page of one client (formal notice, final notice by post, stop-work notice,
 * the statement of account or the evidence file): parties, date, subject, body, the
 * statement's table, the evidence's history, the signature.
 */
export function Letter(props: {
  state: AppState;
  client: Client;
  kind: LetterKind;
  lang: DraftLang;
  /** The client's plan today (null: nothing owed). */
  suggestion: Suggestion | null;
}) {
  const { state, client, kind, lang, suggestion: s } = props;
  const t = translator(lang);
  const TITLE = LETTER_TITLES;
  const sender = state.sender;
  const registered = kind === 'formal-notice' || kind === 'final-notice';
  const draft = s ? letterDraft(state, { client, kind, lang, suggestion: s }) : null;
  const place = letterPlace(sender);
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
          {sentReminders(state.ledger.events, client.id).map((e) => (
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
