import { useState } from 'preact/hooks';
import { money, shortDate } from '../format';
import type { OverlayProps } from './InvoiceOverlay';
import { translator } from '@/lib/i18n/t';
import { low } from './confidence';
import { errorText } from '@/lib/model/text';
import { asyncHandler } from '../async-handler';

/** The list importer: the invoices a list page shows, to track the ones the user ticks. */
export function ListPanel(p: OverlayProps) {
  const t = translator(p.lang);
  // Drafts are never offered: they were not sent, nobody owes them.
  const draft = (i: number) => p.invoices[i]!.status === 'draft' && !p.statuses[i]?.tracked;
  const [checked, setChecked] = useState<Set<number>>(
    new Set(p.invoices.map((_, i) => i).filter((i) => !p.statuses[i]?.tracked && !draft(i))),
  );
  const [msg, setMsg] = useState<string | null>(null);
  return (
    <div class="box list" role="region" aria-label="Relance">
      <div class="head">
        <strong>Relance</strong> · {p.invoices.length} {t('overlayList')}
        {p.app ? (
          <span class="muted" data-app={p.app}>
            {' '}
            · {p.app}
          </span>
        ) : null}
        <button type="button" class="x" aria-label={t('overlayClose')} onClick={p.onClose}>
          ×
        </button>
      </div>
      <div class="scroll">
        <table>
          <tbody>
            {p.invoices.map((d, i) => (
              <tr key={i}>
                <td>
                  <input
                    type="checkbox"
                    aria-label={d.invoiceNumber ?? ''}
                    disabled={draft(i)}
                    checked={checked.has(i)}
                    onChange={(e) => {
                      const n = new Set(checked);
                      if ((e.target as HTMLInputElement).checked) n.add(i);
                      else n.delete(i);
                      setChecked(n);
                    }}
                  />
                </td>
                <td>
                  {d.invoiceNumber}
                  {draft(i) ? <span class="small muted"> ({t('overlayDraftTag')})</span> : null}
                </td>
                <td>{d.buyerName}</td>
                <td class={low(d, 'dueDate') ? 'uncertain' : ''}>{shortDate(d.dueDate, p.lang)}</td>
                <td class="num">
                  {d.currency && d.amountDue !== null
                    ? money(d.amountDue, d.currency, p.lang)
                    : '?'}
                </td>
                <td>{p.statuses[i]?.tracked ? '✓' : ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div class="row">
        <button
          type="button"
          class="primary"
          disabled={!checked.size}
          onClick={asyncHandler(
            async () => {
              const err = await p.onTrack(
                p.invoices.filter((_, i) => checked.has(i)),
                false,
              );
              setMsg(err ?? `${t('overlayDone')} (${checked.size})`);
            },
            (err) => setMsg(errorText(err)[p.lang]),
          )}
        >
          {t('overlayImportSel')} ({checked.size})
        </button>
      </div>
      {msg ? (
        <p role="status" class="small">
          {msg}
        </p>
      ) : null}
    </div>
  );
}
