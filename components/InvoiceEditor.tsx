import { useState } from 'preact/hooks';
import { invoiceStatusText, type Invoice, type InvoicePatch } from '@/lib/model/invoice';
import { fieldName } from '@/lib/detect/invoice-reading';
import { decimalToMinor, minorToDecimal } from '@/lib/model/money';
import { addMonths, isCalendarDate } from '@/lib/model/dates';
import { errorText } from '@/lib/model/text';
import { money, shortDate } from './format';
import type { T, UiLang } from './i18n';

/**
 * The client's invoices. Fields read with doubt are highlighted and editable; values
 * another source disagreed on are listed so the user settles them.
 */
export function InvoiceEditor(props: {
  invoices: Invoice[];
  lang: UiLang;
  t: T;
  onSave?(id: string, patch: InvoicePatch): Promise<void>;
}) {
  const { lang, t } = props;
  const [editing, setEditing] = useState<string | null>(null);
  return (
    <table class="grid small">
      <thead>
        <tr>
          <th>{t('invoice')}</th>
          <th>{t('due')}</th>
          <th class="num">{t('total')}</th>
          <th class="num">{t('amountDue')}</th>
          <th>{t('status')}</th>
          <th />
        </tr>
      </thead>
      <tbody>
        {props.invoices.map((inv) =>
          editing === inv.id ? (
            <EditRow
              key={inv.id}
              inv={inv}
              t={t}
              lang={props.lang}
              onCancel={() => setEditing(null)}
              onSave={async (p) => {
                await props.onSave?.(inv.id, p);
                setEditing(null);
              }}
            />
          ) : (
            <tr key={inv.id} data-invoice={inv.number}>
              <td>{inv.number}</td>
              <td
                class={
                  inv.dueDateUncertain || !inv.dueDate || inv.uncertain?.includes('dueDate')
                    ? 'uncertain'
                    : ''
                }
                title={inv.dueDateUncertain ? t('confirmNeeded') : undefined}
              >
                {shortDate(inv.dueDate, lang)}
                {inv.dueDateUncertain ? ` (${t('uncertain')})` : ''}
              </td>
              <td class={`num money ${inv.uncertain?.includes('total') ? 'uncertain' : ''}`}>
                {money(inv.total, inv.currency, lang)}
              </td>
              <td class={`num money ${inv.uncertain?.includes('amountDue') ? 'uncertain' : ''}`}>
                {money(inv.amountDue, inv.currency, lang)}
              </td>
              <td>
                {invoiceStatusText(inv.status, lang)}
                {inv.conflicts?.map((c) => (
                  <div key={c.field + c.value} class="warn">
                    {fieldName(c.field)[lang]}
                    {t('invoiceeditor')}
                    {c.value} ({c.where})
                  </div>
                ))}
              </td>
              <td>
                {props.onSave ? (
                  <button
                    type="button"
                    onClick={() => setEditing(inv.id)}
                    aria-label={`${t('save')} ${inv.number}`}
                  >
                    ✎
                  </button>
                ) : null}
              </td>
            </tr>
          ),
        )}
      </tbody>
    </table>
  );
}

/** Deposit at signature, then equal monthly instalments; the last one takes the rounding. */
export function splitSchedule(
  total: number,
  depositPercent: number,
  count: number,
  first: string,
): NonNullable<Invoice['schedule']> {
  const deposit = Math.round((total * depositPercent) / 100);
  const rest = total - deposit;
  const part = Math.floor(rest / count);
  const out: NonNullable<Invoice['schedule']> = deposit
    ? [{ label: 'acompte', dueDate: first, amount: deposit }]
    : [];
  for (let i = 0; i < count; i++)
    out.push({
      label: `échéance ${i + 1}/${count}`,
      dueDate: addMonths(first, deposit ? i + 1 : i),
      amount: i === count - 1 ? rest - part * (count - 1) : part,
    });
  return out;
}

function EditRow(props: {
  inv: Invoice;
  t: T;
  lang: UiLang;
  onSave(p: InvoicePatch): Promise<void>;
  onCancel(): void;
}) {
  const { inv, t } = props;
  const [deposit, setDeposit] = useState(30);
  const [count, setCount] = useState(inv.schedule?.length ?? 0);
  const [due, setDue] = useState(inv.dueDate ?? '');
  const [total, setTotal] = useState(minorToDecimal(inv.total, inv.currency));
  const [left, setLeft] = useState(minorToDecimal(inv.amountDue, inv.currency));
  const [error, setError] = useState<string | null>(null);
  const save = async () => {
    try {
      if (!isCalendarDate(due)) throw new Error(`${t('due')}: YYYY-MM-DD`);
      const t0 = decimalToMinor(total.replace(',', '.'), inv.currency);
      await props.onSave({
        dueDate: due,
        total: t0,
        amountDue: decimalToMinor(left.replace(',', '.'), inv.currency),
        ...(count > 0 ? { schedule: splitSchedule(t0, deposit, count, inv.issueDate ?? due) } : {}),
      });
    } catch (e) {
      setError(errorText(e)[props.lang]);
    }
  };
  return (
    <tr>
      <td>{inv.number}</td>
      <td>
        <input
          aria-label={t('due')}
          type="date"
          value={due}
          onInput={(e) => setDue((e.target as HTMLInputElement).value)}
        />
      </td>
      <td>
        <input
          aria-label={t('total')}
          size={8}
          value={total}
          onInput={(e) => setTotal((e.target as HTMLInputElement).value)}
        />
      </td>
      <td>
        <input
          aria-label={t('amountDue')}
          size={8}
          value={left}
          onInput={(e) => setLeft((e.target as HTMLInputElement).value)}
        />
      </td>
      <td>
        <label>
          {t('instalments')}
          <input
            aria-label={t('instalments')}
            type="number"
            min={0}
            max={24}
            size={3}
            value={count}
            onInput={(e) => setCount(Number((e.target as HTMLInputElement).value) || 0)}
          />
        </label>
        {count > 0 ? (
          <label>
            {t('depositPercent')}
            <input
              type="number"
              min={0}
              max={100}
              size={3}
              value={deposit}
              onInput={(e) => setDeposit(Number((e.target as HTMLInputElement).value) || 0)}
            />
          </label>
        ) : null}
        {error ? (
          <span role="alert" class="danger">
            {error}
          </span>
        ) : null}
      </td>
      <td>
        <button type="button" class="primary" onClick={() => void save()}>
          {t('save')}
        </button>
        <button type="button" onClick={props.onCancel}>
          {t('cancel')}
        </button>
      </td>
    </tr>
  );
}
