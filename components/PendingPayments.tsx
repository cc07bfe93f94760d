import type { MessageKey } from '@/lib/i18n/t';
import { translator } from '@/lib/i18n/t';
import { useState } from 'preact/hooks';
import type { Match } from '@/lib/bank/match';
import { formatDate } from '@/lib/model/dates';
import { errorText } from '@/lib/model/text';
import { money } from './format';
import type { UiLang } from './i18n';

/**
 * Payments read from a bank statement, to confirm in one screen (options page and popup).
 * Certain ones come ticked; probable and partial ones the user ticks after checking.
 * Nothing is recorded until the button is pressed.
 */
const KIND: Record<Match['kind'], MessageKey> = {
  certain: 'pendingpaymentsCertain',
  probable: 'pendingpaymentsProbable',
  partial: 'pendingpaymentsPartial',
};

export function pendingTitle(pending: Match[], lang: UiLang): string {
  const n = pending.length;
  const check = pending.filter((m) => m.kind !== 'certain').length;
  return translator(lang)('pendingpaymentsTitle', n, check);
}

export function PendingPayments(props: {
  pending: Match[];
  lang: UiLang;
  compact?: boolean;
  onSettle(confirm: string[], reject: string[]): Promise<void>;
}) {
  const { pending, lang } = props;
  const t = translator(lang);
  // The user's own ticks and unticks; a certain match is ticked until unticked.
  const [choice, setChoice] = useState<Map<string, boolean>>(new Map());
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  if (!pending.length) return null;
  const ticked = new Set(
    pending
      .filter((m) => choice.get(m.transaction.key) ?? m.kind === 'certain')
      .map((m) => m.transaction.key),
  );
  const settle = async (confirm: string[], reject: string[]) => {
    setBusy(true);
    setError(null);
    try {
      await props.onSettle(confirm, reject);
    } catch (e) {
      setError(errorText(e)[lang]);
    } finally {
      setBusy(false);
    }
  };
  return (
    <section class="card bank-pending" aria-label={t('pendingpaymentsPaymentsFoundOnThe')}>
      <h3 style={{ marginTop: 0 }} class="bank-pending-title">
        {pendingTitle(pending, lang)}
      </h3>
      <ul style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {pending.map((m) => {
          const tx = m.transaction;
          return (
            <li key={tx.key} class={`bank-match ${m.kind}`} style={{ marginBottom: '8px' }}>
              <label style={{ flexDirection: 'row', gap: '6px', alignItems: 'flex-start' }}>
                <input
                  type="checkbox"
                  checked={ticked.has(tx.key)}
                  onChange={(e) =>
                    setChoice(new Map(choice).set(tx.key, (e.target as HTMLInputElement).checked))
                  }
                />
                <span>
                  <span class={`pill kind-${m.kind}`}>{t(KIND[m.kind])}</span>{' '}
                  <strong class="money">{money(tx.amount, tx.currency, lang)}</strong>{' '}
                  {formatDate(tx.bookingDate, lang)} — {tx.counterparty ?? tx.label} →{' '}
                  {m.clientName} : {m.invoiceNumbers.join(', ')}
                  {props.compact ? null : (
                    <span class="small muted" style={{ display: 'block' }}>
                      {tx.label}
                    </span>
                  )}
                  <span class="small reason" style={{ display: 'block' }}>
                    {m.reason[lang]}
                  </span>
                </span>
              </label>
              <button
                type="button"
                class="small"
                disabled={busy}
                onClick={() => void settle([], [tx.key])}
              >
                {t('pendingpaymentsDismiss')}
              </button>
            </li>
          );
        })}
      </ul>
      <button
        type="button"
        class="primary"
        disabled={busy || !ticked.size}
        onClick={() => void settle([...ticked], [])}
      >
        {t('pendingpaymentsRecord', ticked.size)}
      </button>
      {error ? (
        <p role="alert" class="small danger">
          {error}
        </p>
      ) : null}
    </section>
  );
}
