import { translator } from '@/lib/i18n/t';
import type { MessageKey } from '@/lib/i18n/t';
import type { LedgerEvent } from '@/lib/model/event';
import type { Invoice } from '@/lib/model/invoice';
import { STEP_LABELS } from '@/lib/escalation/steps';
import { money, shortDate } from './format';
import type { UiLang } from './i18n';

const TYPE: Record<LedgerEvent['type'], MessageKey> = {
  reminder: 'timelineReminderSent',
  call: 'timelineCall',
  letter: 'letter',
  payment: 'timelinePaymentReceived',
  promise: 'promise',
  dispute: 'dispute',
  'dispute-resolved': 'timelineDisputeResolved',
  snooze: 'timelineSnoozed',
  'payment-plan': 'timelinePaymentPlanAgreed',
  note: 'timelineNote',
};

const OUTCOME: Record<Extract<LedgerEvent, { type: 'call' }>['outcome'], MessageKey> = {
  reached: 'timelineReached',
  'no-answer': 'timelineNoAnswer',
  promise: 'timelinePromise',
  dispute: 'timelineDispute',
  'wrong-contact': 'timelineWrongContact',
};

/** Every step taken, newest first: the record a court would ask for. */
export function Timeline(props: { events: LedgerEvent[]; invoices: Invoice[]; lang: UiLang }) {
  const { lang } = props;
  const t = translator(lang);
  const numbers = new Map(props.invoices.map((i) => [i.id, i.number]));
  const sorted = [...props.events].sort(
    (a, b) => b.date.localeCompare(a.date) || (b.createdAt ?? '').localeCompare(a.createdAt ?? ''),
  );
  if (!sorted.length) return <p class="muted small">—</p>;
  return (
    <ol class="timeline small" style={{ paddingLeft: '18px' }}>
      {sorted.map((e) => (
        <li key={e.id}>
          <strong>{shortDate(e.date, lang)}</strong> — {t(TYPE[e.type])}
          {e.type === 'reminder' || e.type === 'letter' ? ` (${STEP_LABELS[e.step][lang]})` : ''}
          {e.type === 'call'
            ? ` (${t(OUTCOME[e.outcome])}${e.promiseDate ? ` → ${shortDate(e.promiseDate, lang)}` : ''})`
            : ''}
          {e.type === 'payment' ? ` ${money(e.amount, e.currency, lang)}` : ''}
          {e.type === 'promise' || e.type === 'snooze' || e.type === 'payment-plan'
            ? ` → ${shortDate(e.until, lang)}`
            : ''}
          {e.type === 'dispute' ? ` : ${e.reason}` : ''}
          {e.type === 'letter' && e.trackingNumber ? ` n° ${e.trackingNumber}` : ''}
          {e.invoiceIds.length ? (
            <span class="muted">
              {' '}
              · {e.invoiceIds.map((id) => numbers.get(id) ?? id).join(', ')}
            </span>
          ) : null}
          {e.note ? <div class="muted">{e.note}</div> : null}
        </li>
      ))}
    </ol>
  );
}
