import type { LedgerEvent } from '@/lib/model/event';
import type { Invoice } from '@/lib/model/invoice';
import { STEP_LABELS } from '@/lib/escalation/steps';
import { money, shortDate } from './format';
import type { UiLang } from './i18n';

const TYPE: Record<LedgerEvent['type'], { fr: string; en: string }> = {
  reminder: { fr: 'Relance envoyée', en: 'Reminder sent' },
  call: { fr: 'Appel', en: 'Call' },
  letter: { fr: 'Lettre envoyée', en: 'Letter sent' },
  payment: { fr: 'Paiement reçu', en: 'Payment received' },
  promise: { fr: 'Promesse de paiement', en: 'Promise to pay' },
  dispute: { fr: 'Litige', en: 'Dispute' },
  'dispute-resolved': { fr: 'Litige résolu', en: 'Dispute resolved' },
  snooze: { fr: 'Reporté', en: 'Snoozed' },
  'payment-plan': { fr: 'Échéancier accordé', en: 'Payment plan agreed' },
  note: { fr: 'Note', en: 'Note' },
};

const OUTCOME = {
  reached: { fr: 'joint', en: 'reached' },
  'no-answer': { fr: 'pas de réponse', en: 'no answer' },
  promise: { fr: 'promesse', en: 'promise' },
  dispute: { fr: 'contestation', en: 'dispute' },
  'wrong-contact': { fr: 'mauvais interlocuteur', en: 'wrong contact' },
};

/** Every step taken, newest first: the record a court would ask for. */
export function Timeline(props: { events: LedgerEvent[]; invoices: Invoice[]; lang: UiLang }) {
  const { lang } = props;
  const numbers = new Map(props.invoices.map((i) => [i.id, i.number]));
  const sorted = [...props.events].sort((a, b) => b.date.localeCompare(a.date) || (b.createdAt ?? '').localeCompare(a.createdAt ?? ''));
  if (!sorted.length) return <p class="muted small">—</p>;
  return (
    <ol class="timeline small" style={{ paddingLeft: '18px' }}>
      {sorted.map((e) => (
        <li key={e.id}>
          <strong>{shortDate(e.date, lang)}</strong> — {TYPE[e.type][lang]}
          {e.type === 'reminder' || e.type === 'letter' ? ` (${STEP_LABELS[e.step][lang]})` : ''}
          {e.type === 'call' ? ` (${OUTCOME[e.outcome][lang]}${e.promiseDate ? ` → ${shortDate(e.promiseDate, lang)}` : ''})` : ''}
          {e.type === 'payment' ? ` ${money(e.amount, e.currency, lang)}` : ''}
          {e.type === 'promise' || e.type === 'snooze' || e.type === 'payment-plan' ? ` → ${shortDate(e.until, lang)}` : ''}
          {e.type === 'dispute' ? ` : ${e.reason}` : ''}
          {e.type === 'letter' && e.trackingNumber ? ` n° ${e.trackingNumber}` : ''}
          {e.invoiceIds.length ? <span class="muted"> · {e.invoiceIds.map((id) => numbers.get(id) ?? id).join(', ')}</span> : null}
          {e.note ? <div class="muted">{e.note}</div> : null}
        </li>
      ))}
    </ol>
  );
}
