import { useState } from 'preact/hooks';
import type { Suggestion } from '@/lib/escalation/plan';
import { decimalToMinor, minorToDecimal } from '@/lib/model/money';
import { addDays, isCalendarDate } from '@/lib/model/dates';
import type { NewEvent } from '@/lib/model/event';
import type { T } from './i18n';

export type ActionKind = 'call' | 'paid' | 'partial' | 'promise' | 'dispute' | 'snooze' | 'letter';

/**
 * One small form per action; it builds the event and hands it to the surface, which
 * records it. Amounts and dates are checked here and the message says what is wrong.
 */
export function ActionForm(props: {
  kind: ActionKind;
  suggestion: Suggestion;
  today: string;
  t: T;
  onSubmit(events: NewEvent[]): Promise<void> | void;
  onCancel(): void;
}) {
  const { kind, suggestion: s, t, today } = props;
  const currency = s.amounts[0]?.currency ?? 'EUR';
  const due = s.amounts[0]?.principal ?? 0;
  const [amount, setAmount] = useState(kind === 'paid' ? minorToDecimal(due, currency) : '');
  const [date, setDate] = useState(
    kind === 'promise' || kind === 'snooze' ? addDays(today, 7) : today,
  );
  const [reason, setReason] = useState('');
  const [outcome, setOutcome] = useState<
    'promise' | 'reached' | 'no-answer' | 'dispute' | 'wrong-contact'
  >('no-answer');
  const [letterStep, setLetterStep] = useState<'formal-notice' | 'final-notice' | 'stop-work'>(
    s.step === 'final-notice' || s.step === 'stop-work' ? s.step : 'formal-notice',
  );
  const [tracking, setTracking] = useState('');
  const [error, setError] = useState<string | null>(null);
  const ids = s.invoices.map((i) => i.invoiceId);
  const base = { clientId: s.clientId, invoiceIds: ids, date: today };

  const submit = async (e: Event) => {
    e.preventDefault();
    try {
      const needsDate =
        kind === 'promise' || kind === 'snooze' || (kind === 'call' && outcome === 'promise');
      if (needsDate && !isCalendarDate(date)) throw new Error(`${t('date')}: YYYY-MM-DD`);
      let events: NewEvent[];
      switch (kind) {
        case 'paid':
        case 'partial': {
          const minor = decimalToMinor(amount.replace(',', '.').replace(/\s/g, ''), currency);
          if (minor <= 0) throw new Error(`${t('amount')} > 0`);
          if (minor > due) throw new Error(`${t('amount')} ≤ ${minorToDecimal(due, currency)}`);
          events = [{ ...base, type: 'payment', amount: minor, currency }];
          break;
        }
        case 'promise':
          events = [{ ...base, type: 'promise', until: date }];
          break;
        case 'snooze':
          events = [{ ...base, type: 'snooze', until: date }];
          break;
        case 'dispute':
          if (!reason.trim()) throw new Error(`${t('reason')} ?`);
          events = [{ ...base, type: 'dispute', reason: reason.trim() }];
          break;
        case 'letter':
          // A registered letter (LRAR) and its tracking number: the proof a court asks for.
          events = [
            {
              ...base,
              type: 'letter',
              step: letterStep,
              ...(tracking.trim() ? { trackingNumber: tracking.trim().slice(0, 100) } : {}),
            },
          ];
          break;
        case 'call':
          events = [
            {
              ...base,
              type: 'call',
              outcome,
              ...(outcome === 'promise' ? { promiseDate: date } : {}),
              ...(reason ? { note: reason } : {}),
            },
          ];
          if (outcome === 'dispute')
            events.push({ ...base, type: 'dispute', reason: reason.trim() || '—' });
          break;
      }
      await props.onSubmit(events);
    } catch (err) {
      setError((err as Error).message);
    }
  };

  return (
    <form class="card" onSubmit={(e) => void submit(e)} aria-label={kind}>
      {kind === 'call' ? (
        <label>
          {t('outcome')}
          <select
            value={outcome}
            onChange={(e) => setOutcome((e.target as HTMLSelectElement).value as typeof outcome)}
          >
            <option value="promise">{t('reached')}</option>
            <option value="reached">{t('reachedNoPromise')}</option>
            <option value="no-answer">{t('noAnswer')}</option>
            <option value="dispute">{t('disputeOutcome')}</option>
            <option value="wrong-contact">{t('wrongContact')}</option>
          </select>
        </label>
      ) : null}
      {kind === 'letter' ? (
        <>
          <label>
            {t('letterKind')}
            <select
              value={letterStep}
              onChange={(e) =>
                setLetterStep((e.target as HTMLSelectElement).value as typeof letterStep)
              }
            >
              <option value="formal-notice">{t('formalNotice')}</option>
              <option value="final-notice">{t('finalNotice')}</option>
              <option value="stop-work">{t('stopWork')}</option>
            </select>
          </label>
          <label>
            {t('trackingNumber')}
            <input
              name="tracking"
              value={tracking}
              maxLength={100}
              onInput={(e) => setTracking((e.target as HTMLInputElement).value)}
            />
          </label>
        </>
      ) : null}
      {kind === 'paid' || kind === 'partial' ? (
        <label>
          {t('amount')} ({currency})
          <input
            name="amount"
            inputMode="decimal"
            value={amount}
            onInput={(e) => setAmount((e.target as HTMLInputElement).value)}
            required
          />
        </label>
      ) : null}
      {kind === 'promise' || kind === 'snooze' || (kind === 'call' && outcome === 'promise') ? (
        <label>
          {t('until')}
          <input
            name="date"
            type="date"
            value={date}
            onInput={(e) => setDate((e.target as HTMLInputElement).value)}
            required
          />
        </label>
      ) : null}
      {kind === 'dispute' || kind === 'call' ? (
        <label>
          {t('reason')}
          <input
            name="reason"
            value={reason}
            maxLength={500}
            onInput={(e) => setReason((e.target as HTMLInputElement).value)}
          />
        </label>
      ) : null}
      {error ? (
        <p role="alert" class="danger small">
          {error}
        </p>
      ) : null}
      <div class="row" style={{ marginTop: '6px' }}>
        <button class="primary" type="submit">
          {t('save')}
        </button>
        <button type="button" onClick={props.onCancel}>
          {t('cancel')}
        </button>
      </div>
    </form>
  );
}
