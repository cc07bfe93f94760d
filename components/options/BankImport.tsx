import type { MessageKey } from '@/lib/i18n/t';
import { translator } from '@/lib/i18n/t';
import { useState } from 'preact/hooks';
import {
  BANK_CSV_FIELDS,
  previewBankCsv,
  type BankCsvColumn,
  type BankCsvField,
} from '@/lib/bank/csv';
import type { Match, Unmatched } from '@/lib/bank/match';
import { isCfonb } from '@/lib/bank/cfonb';
import { isMt940 } from '@/lib/bank/mt940';
import type { Reconciliation } from '@/lib/bank/reconcile';
import type { Duplicate } from '@/lib/bank/same';
import { formatDate } from '@/lib/model/dates';
import { errorText } from '@/lib/model/text';
import { money } from '../format';
import type { UiLang } from '../i18n';
import { PendingPayments } from '../PendingPayments';
import { asyncHandler } from '../async-handler';

/**
 * The options page's bank-statement import: files read and matched (nothing recorded),
 * a CSV's column mapping shown to correct, the proposals to confirm, the credits left
 * unmatched. Receives its work as callbacks; talks to no database itself.
 */
type Picked = { name: string; bytes: Uint8Array; csvMapping?: (BankCsvField | null)[] };

const FIELD_TEXT: Record<BankCsvField, MessageKey> = {
  date: 'bankimportDate',
  valueDate: 'bankimportValueDate',
  label: 'bankimportLabel',
  counterparty: 'bankimportCounterparty',
  amount: 'bankimportAmount',
  debit: 'bankimportDebit',
  credit: 'bankimportCredit',
  currency: 'bankimportCurrency',
  id: 'bankimportId',
  reference: 'bankimportReference',
  status: 'bankimportStatus',
  iban: 'bankimportIban',
};

export function BankImport(props: {
  lang: UiLang;
  pending: Match[];
  unmatched: Unmatched[];
  onImport(
    files: Picked[],
  ): Promise<{ result: Reconciliation; added: number; alreadySeen: number }>;
  onSettle(confirm: string[], reject: string[]): Promise<void>;
}) {
  const { lang } = props;
  const t = translator(lang);
  const [picked, setPicked] = useState<Picked[]>([]);
  const [summary, setSummary] = useState<{
    ok: string;
    problems: string[];
    duplicates: Duplicate[];
  } | null>(null);
  const run = async (files: Picked[]) => {
    setPicked(files);
    try {
      const { result: r, added, alreadySeen } = await props.onImport(files);
      const ok = t(
        'bankimportSummary',
        r.transactions,
        added,
        alreadySeen,
        r.unmatched.length,
        r.duplicates.length,
      );
      setSummary({
        ok,
        problems: [...r.errors, ...r.warnings].map((t) => t[lang]),
        duplicates: r.duplicates,
      });
    } catch (e) {
      setSummary({ ok: '', problems: [errorText(e)[lang]], duplicates: [] });
    }
  };
  const csv = picked.map((p, i) => ({ p, i, read: csvPreview(p) })).filter((x) => x.read !== null);
  return (
    <div class="bank-import">
      <p class="small">{t('bankimportIntro')}</p>
      <label>
        {t('bankimportBankStatementS')}
        <input
          type="file"
          multiple
          class="bank-file"
          onChange={asyncHandler(
            async (e: Event) => {
              const list = [...((e.target as HTMLInputElement).files ?? [])];
              await run(
                await Promise.all(
                  list.map(async (f) => ({
                    name: f.name,
                    bytes: new Uint8Array(await f.arrayBuffer()),
                  })),
                ),
              );
            },
            (e) => setSummary({ ok: '', problems: [errorText(e)[lang]], duplicates: [] }),
          )}
        />
      </label>
      {summary ? (
        <div>
          {summary.ok ? (
            <p role="status" class="bank-summary">
              {summary.ok}
            </p>
          ) : null}
          {summary.problems.map((p) => (
            <p key={p} role="alert" class="small warn bank-problem">
              {p}
            </p>
          ))}
          {summary.duplicates.length ? (
            <ul class="bank-duplicates">
              {summary.duplicates.map((d) => (
                <li key={d.transaction.key} class="small">
                  {formatDate(d.transaction.bookingDate, lang)}{' '}
                  <span class="money">
                    {money(d.transaction.amount, d.transaction.currency, lang)}
                  </span>{' '}
                  — {d.transaction.label}
                  <span class="muted"> ({d.note[lang]})</span>
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
      {csv.map(({ p, i, read }) => (
        <details key={p.name} class="small">
          <summary>{t('bankimportColumnsOf', p.name)}</summary>
          <table>
            <thead>
              <tr>
                {read!.columns.map((c) => (
                  <th key={c.index}>
                    {c.header}
                    <select
                      aria-label={c.header}
                      value={c.field ?? ''}
                      onChange={(e) => {
                        const mapping = read!.columns.map((x) => x.field);
                        mapping[c.index] = ((e.target as HTMLSelectElement).value ||
                          null) as BankCsvField | null;
                        const next = picked.map((x, j) =>
                          j === i ? { ...x, csvMapping: mapping } : x,
                        );
                        void run(next);
                      }}
                    >
                      <option value="">—</option>
                      {BANK_CSV_FIELDS.map((f) => (
                        <option key={f} value={f}>
                          {t(FIELD_TEXT[f])}
                        </option>
                      ))}
                    </select>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {read!.preview.slice(1).map((r, k) => (
                <tr key={k}>
                  {r.map((v, j) => (
                    <td key={j}>{v}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      ))}
      <PendingPayments pending={props.pending} lang={lang} onSettle={props.onSettle} />
      {props.unmatched.length ? (
        <details class="bank-unmatched">
          <summary>{t('bankimportUnmatchedCredits', props.unmatched.length)}</summary>
          <ul>
            {props.unmatched.map((u) => (
              <li key={u.transaction.key} class="small">
                {formatDate(u.transaction.bookingDate, lang)}{' '}
                <span class="money">
                  {money(u.transaction.amount, u.transaction.currency, lang)}
                </span>{' '}
                — {u.transaction.label}
                {u.note ? <span class="muted"> ({u.note[lang]})</span> : null}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </div>
  );
}

/** A CSV statement's columns and first rows, or null for other formats or unreadable files. */
function csvPreview(p: Picked): { columns: BankCsvColumn[]; preview: string[][] } | null {
  if (!/\.(csv|tsv|txt)$/i.test(p.name)) return null;
  // A .txt is often a CFONB or MT940 statement: no columns to map there.
  const head = new TextDecoder('latin1').decode(p.bytes.subarray(0, 4096));
  if (isCfonb(head) || isMt940(head)) return null;
  try {
    return previewBankCsv(p.bytes, p.csvMapping);
  } catch {
    return null;
  }
}
