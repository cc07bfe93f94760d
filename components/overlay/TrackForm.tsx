import { useState } from 'preact/hooks';
import type { DetectedInvoice } from '@/lib/detect/invoice-reading';
import { decimalToMinor, isCurrencyCode, minorToDecimal } from '@/lib/model/money';
import { isCalendarDate } from '@/lib/model/dates';
import { errorText } from '@/lib/model/text';
import type { UiLang } from '../i18n';
import { translator } from '@/lib/i18n/t';
import { low } from './confidence';

/** The values read from a source, for the user to correct and confirm before they are recorded. */
export function TrackForm(props: {
  d: DetectedInvoice;
  lang: UiLang;
  onSave(d: DetectedInvoice): Promise<void> | void;
  onCancel(): void;
}) {
  const { d } = props;
  const t = translator(props.lang);
  const cur0 = d.currency ?? '';
  const [f, setF] = useState({
    number: d.invoiceNumber ?? '',
    due: d.dueDate ?? '',
    total:
      (d.totalWithTax ?? d.amountDue) !== null && cur0
        ? minorToDecimal((d.totalWithTax ?? d.amountDue)!, cur0)
        : '',
    left: d.amountDue !== null && cur0 ? minorToDecimal(d.amountDue, cur0) : '',
    currency: cur0,
    client: d.buyerName ?? '',
    email: d.buyerEmail ?? '',
  });
  const [error, setError] = useState<string | null>(null);
  const input = (k: keyof typeof f, label: string, uncertain: boolean, type = 'text') => (
    <label class={uncertain ? 'uncertain' : ''}>
      {label}
      {uncertain ? ' ⚠' : ''}
      <input
        name={k}
        type={type}
        value={f[k]}
        onInput={(e) => setF({ ...f, [k]: (e.target as HTMLInputElement).value })}
      />
    </label>
  );
  const save = async (e: Event) => {
    e.preventDefault();
    try {
      const currency = f.currency.trim().toUpperCase();
      if (!isCurrencyCode(currency)) throw new Error(`${t('overlayCurrency')}: EUR, GBP, USD…`);
      if (f.due && !isCalendarDate(f.due)) throw new Error(`${t('overlayDue')}: YYYY-MM-DD`);
      const total = decimalToMinor(f.total.replace(',', '.').replace(/\s/g, ''), currency);
      const left = f.left
        ? decimalToMinor(f.left.replace(',', '.').replace(/\s/g, ''), currency)
        : total;
      const sure = (where: string) => ({ confidence: 1, where });
      await props.onSave({
        ...d,
        invoiceNumber: f.number.trim(),
        dueDate: f.due || null,
        dueDateSource: f.due ? 'label' : 'none',
        currency,
        totalWithTax: total,
        amountDue: left,
        buyerName: f.client.trim() || null,
        buyerEmail: f.email.trim() || null,
        // Every value the form showed is now the user's: the client's name too, when given.
        fields: {
          ...d.fields,
          invoiceNumber: sure('confirmed'),
          dueDate: sure('confirmed'),
          totalWithTax: sure('confirmed'),
          amountDue: sure('confirmed'),
          ...(f.client.trim() ? { buyerName: sure('confirmed') } : {}),
        },
        confidence: 1,
        warnings: [],
      });
    } catch (err) {
      setError(errorText(err)[props.lang]);
    }
  };
  return (
    <form onSubmit={(e) => void save(e)} class="form">
      {input('number', t('overlayNumber'), low(d, 'invoiceNumber'))}
      {input('due', t('overlayDue'), low(d, 'dueDate') || d.dueDateSource === 'terms', 'date')}
      {input('total', t('overlayTotal'), low(d, 'totalWithTax'))}
      {input('left', t('overlayLeft'), low(d, 'amountDue'))}
      {input('currency', t('overlayCurrency'), !d.currency)}
      {input('client', t('overlayClient'), !d.buyerName)}
      {input('email', t('overlayEmail'), !!d.buyerEmail && low(d, 'buyerEmail'), 'email')}
      {error ? (
        <p role="alert" class="danger small">
          {error}
        </p>
      ) : null}
      <div class="row">
        <button type="submit" class="primary">
          {t('overlayConfirm')}
        </button>
        <button type="button" onClick={props.onCancel}>
          {t('overlayCancel')}
        </button>
      </div>
    </form>
  );
}
