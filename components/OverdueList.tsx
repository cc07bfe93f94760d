import { useState } from 'preact/hooks';
import type { Suggestion } from '@/lib/escalation/plan';
import type { Text } from '@/lib/model/text';
import { CARD_ROWS, type CardSuggestion } from '@/lib/app/snapshot';
import { STEP_LABELS } from '@/lib/escalation/steps';
import { money, shortDate } from './format';
import type { T, UiLang } from './i18n';

export interface OverdueActions {
  onPrepare(s: Suggestion): void;
  onAction(
    s: Suggestion,
    action: 'call' | 'paid' | 'partial' | 'promise' | 'dispute' | 'snooze',
  ): void;
}

const STATUS_KEY = {
  due: 'dueNow',
  scheduled: 'scheduled',
  paused: 'paused',
  blocked: 'blocked',
  waiting: 'waiting',
} as const;

/** The overdue list: one card per client, most urgent first, each with its next step and reason. */
export function OverdueList(
  props: {
    suggestions: CardSuggestion[];
    lang: UiLang;
    t: T;
    sharedWarnings?: Text[];
    /** Actions wait for the full plan (the snapshot is abridged). */ actionsDisabled?: boolean;
  } & OverdueActions,
) {
  return (
    <ul aria-label={props.t('invoices')} style={{ listStyle: 'none', padding: 0, margin: 0 }}>
      {props.suggestions.map((s) => (
        <Card
          key={s.clientId}
          s={s}
          lang={props.lang}
          t={props.t}
          sharedWarnings={props.sharedWarnings}
          actionsDisabled={props.actionsDisabled}
          onPrepare={props.onPrepare}
          onAction={props.onAction}
        />
      ))}
    </ul>
  );
}

/**
 * One client's card. It lists the first CARD_ROWS invoices the step covers (oldest debt
 * first) and the total; the others are one click away, so a client with 40 open
 * invoices does not push every other client out of the popup.
 */
function Card(
  props: {
    s: CardSuggestion;
    lang: UiLang;
    t: T;
    sharedWarnings?: Text[];
    actionsDisabled?: boolean;
  } & OverdueActions,
) {
  const { s, t, lang } = props;
  const [allRows, setAllRows] = useState(false);
  const covered = s.coveredCount ?? s.invoices.length;
  const hidden = covered - CARD_ROWS;
  const rows = allRows ? s.invoices : s.invoices.slice(0, CARD_ROWS);
  const warnings = s.warnings.filter((w) => !props.sharedWarnings?.some((x) => x.en === w.en));
  return (
    <li class="card" data-client={s.clientId}>
      <div class="spread">
        <strong class="client-name" title={s.clientName}>
          {s.clientName}
        </strong>
        <span class={`pill ${s.status}`}>{t(STATUS_KEY[s.status])}</span>
      </div>
      <table class="grid small" style={{ margin: '6px 0' }}>
        <tbody>
          {rows.map((i) => (
            <tr key={i.invoiceId}>
              <td>{i.number}</td>
              <td
                class={i.uncertainDueDate ? 'uncertain' : ''}
                title={i.uncertainDueDate ? t('confirmNeeded') : undefined}
              >
                {shortDate(i.dueDate, lang)}
              </td>
              <td class="num">{i.daysLate ? `${i.daysLate} ${t('daysLate')}` : ''}</td>
              <td class="num money">{money(i.amountDue, i.currency, lang)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {hidden > 0 ? (
        // The snapshot holds only the rows shown: the others come with the full plan.
        <button
          type="button"
          class="link small"
          aria-expanded={allRows}
          disabled={s.invoices.length < covered}
          onClick={() => setAllRows(!allRows)}
        >
          {allRows
            ? t('fewerInvoices')
            : hidden === 1
              ? t('oneMoreInvoice')
              : t('moreInvoices', hidden)}
        </button>
      ) : null}
      {s.amounts.map((a) => (
        <div key={a.currency} class="small muted">
          {covered > 1 ? `${t('total')} ` : null}
          <span class="money">{money(a.principal, a.currency, lang)}</span>
          {a.interest !== null && a.interest + a.fixedFees > 0 && s.jurisdiction !== 'none' ? (
            <>
              {' · '}
              {t('withInterest')}{' '}
              <span class="money">{money(a.totalClaimed, a.currency, lang)}</span>
            </>
          ) : null}
        </div>
      ))}
      <p class="small reason" style={{ margin: '6px 0' }}>
        {s.step ? <strong>{STEP_LABELS[s.step][lang]}</strong> : null}
        {s.step ? ` (${shortDate(s.date, lang)}) — ` : ''}
        {s.reason[lang]}
      </p>
      {warnings.length ? <p class="small warn">{warnings.map((w) => w[lang]).join(' ')}</p> : null}
      <CardActions
        s={s}
        t={t}
        disabled={props.actionsDisabled}
        onPrepare={props.onPrepare}
        onAction={props.onAction}
      />
    </li>
  );
}

const MORE = ['call', 'partial', 'promise', 'dispute', 'snooze'] as const;
const MORE_LABEL = {
  call: 'logCall',
  partial: 'partial',
  promise: 'promise',
  dispute: 'dispute',
  snooze: 'snooze',
} as const;

/**
 * A card's buttons: its next step and "paid" at hand, the rarer actions behind one
 * toggle (drawn only when opened, which keeps a 50-card list light to draw).
 */
function CardActions(props: { s: Suggestion; t: T; disabled?: boolean } & OverdueActions) {
  const { s, t } = props;
  const [more, setMore] = useState(false);
  const primary =
    s.step === 'call' ? t('callScript') : s.step === 'recovery' ? t('openPanel') : t('prepare');
  return (
    <div class="row">
      {s.step ? (
        <button class="primary" type="button" onClick={() => props.onPrepare(s)}>
          {primary}
        </button>
      ) : null}
      <button type="button" disabled={props.disabled} onClick={() => props.onAction(s, 'paid')}>
        {t('markPaid')}
      </button>
      <button type="button" aria-expanded={more} onClick={() => setMore(!more)}>
        {t('moreActions')}
      </button>
      {more
        ? MORE.map((k) => (
            <button
              key={k}
              type="button"
              disabled={props.disabled}
              onClick={() => props.onAction(s, k)}
            >
              {t(MORE_LABEL[k])}
            </button>
          ))
        : null}
    </div>
  );
}
