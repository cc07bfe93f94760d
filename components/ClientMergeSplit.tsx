import { translator } from '@/lib/i18n/t';
import { useState } from 'preact/hooks';
import type { Client } from '@/lib/model/client';
import type { Invoice } from '@/lib/model/invoice';
import type { UiLang } from './i18n';
import { errorText } from '@/lib/model/text';
import { asyncHandler } from './async-handler';

/** Two records that are one client, or one record that is two: the user decides. */
export function ClientMergeSplit(props: {
  client: Client;
  others: Client[];
  invoices: Invoice[];
  lang: UiLang;
  onMerge(otherId: string): Promise<void>;
  onSplit(invoiceIds: string[], name: string): Promise<void>;
}) {
  const t = translator(props.lang);
  const [other, setOther] = useState('');
  const [picked, setPicked] = useState<Set<string>>(new Set());
  const [name, setName] = useState('');
  const [msg, setMsg] = useState<string | null>(null);
  const failed = (err: unknown) => setMsg(errorText(err)[props.lang]);
  return (
    <details class="card small">
      <summary>{t('clientmergesplitMergeOrSplitThis')}</summary>
      <div class="row">
        <label>
          {t('clientmergesplitSameClientAs')}
          <select value={other} onChange={(e) => setOther((e.target as HTMLSelectElement).value)}>
            <option value="">—</option>
            {props.others.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </label>
        <button
          type="button"
          disabled={!other}
          onClick={asyncHandler(async () => {
            await props.onMerge(other);
            setMsg(t('clientmergesplitMerged'));
          }, failed)}
        >
          {t('clientmergesplitMergeIntoThisOne')}
        </button>
      </div>
      <fieldset style={{ border: 0, padding: 0 }}>
        <legend>{t('clientmergesplitInvoicesOfAnotherClient')}</legend>
        {props.invoices.map((i) => (
          <label key={i.id} style={{ flexDirection: 'row', gap: '6px', marginRight: '10px' }}>
            <input
              type="checkbox"
              checked={picked.has(i.id)}
              onChange={(e) => {
                const n = new Set(picked);
                if ((e.target as HTMLInputElement).checked) n.add(i.id);
                else n.delete(i.id);
                setPicked(n);
              }}
            />
            {i.number}
          </label>
        ))}
        <div class="row">
          <label>
            {t('clientmergesplitNewClientSName')}
            <input
              value={name}
              maxLength={300}
              onInput={(e) => setName((e.target as HTMLInputElement).value)}
            />
          </label>
          <button
            type="button"
            disabled={!picked.size || !name.trim()}
            onClick={asyncHandler(async () => {
              await props.onSplit([...picked], name.trim());
              setMsg(t('clientmergesplitSplit'));
              setPicked(new Set());
            }, failed)}
          >
            {t('clientmergesplitSplit2')}
          </button>
        </div>
      </fieldset>
      {msg ? <p role="status">{msg}</p> : null}
    </details>
  );
}
