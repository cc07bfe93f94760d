import { catalogText } from '@/lib/i18n/text';
import { translator } from '@/lib/i18n/t';
import { useState } from 'preact/hooks';
import type { DetectedInvoice } from '@/lib/detect/invoice-reading';
import { csvInvoices, csvNotes, summaryText, type CsvField, type CsvRead } from '@/lib/detect/csv';
import { CSV_FIELD_NAMES } from '@/lib/detect/csv/headers';
import type { FileScan } from '@/lib/detect/scan-file';
import { errorText } from '@/lib/model/text';
import { money, shortDate } from '../format';
import { TrackForm } from '../overlay/TrackForm';
import type { UiLang } from '../i18n';

export interface ScannedFile {
  scan: FileScan;
  csv?: CsvRead;
  /** The currency the user confirmed for this file's amounts. */
  currency?: string;
}

const CSV_FIELDS = Object.keys(CSV_FIELD_NAMES) as CsvField[];
const CURRENCIES = ['EUR', 'USD', 'GBP', 'CHF', 'CAD', 'AUD', 'NZD', 'MXN'];

/**
 * Drafts are shown, counted, and not imported: nobody chases them. Voided invoices are
 * recorded as voided, so one already tracked stops being chased.
 */
const importable = (d: DetectedInvoice) => d.status !== 'draft';

/**
 * Drop files (e-invoices, Factur-X PDFs, CSV exports, saved pages, e-mails): each is read
 * in the browser, shown with what was found and what to check, and recorded only when
 * the user confirms. CSV columns can be re-mapped before import.
 */
export function ImportPanel(props: {
  lang: UiLang;
  onRead(files: File[], progress: (done: number, total: number) => void): Promise<ScannedFile[]>;
  onRecord(
    items: {
      file: string;
      kind: FileScan['kind'];
      fromText?: boolean;
      invoices: DetectedInvoice[];
    }[],
    progress: (done: number, total: number) => void,
  ): Promise<string>;
}) {
  const t = translator(props.lang);
  const [files, setFiles] = useState<ScannedFile[]>([]);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [msg, setMsg] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [over, setOver] = useState(false);
  /** The row being checked by the user: file index and invoice index. */
  const [checking, setChecking] = useState<[number, number] | null>(null);
  /** Files whose every invoice is shown, not only the first 50. */
  const [expanded, setExpanded] = useState<Set<string>>(new Set());
  const confirm = (i: number, j: number, d: DetectedInvoice) => {
    setFiles(
      files.map((f, k) => {
        if (k !== i) return f;
        // What was to check about this invoice is settled: its warnings go with it.
        const was = f.scan.invoices[j]?.invoiceNumber;
        const warnings = was
          ? f.scan.warnings.filter((w) => !w.en.startsWith(`${was}:`))
          : f.scan.warnings;
        return {
          ...f,
          scan: { ...f.scan, warnings, invoices: f.scan.invoices.map((x, m) => (m === j ? d : x)) },
        };
      }),
    );
    setChecking(null);
  };
  const read = async (list: FileList | null) => {
    if (!list?.length) return;
    setMsg(null);
    setFiles(await props.onRead([...list], (done, total) => setProgress({ done, total })));
    setProgress(null);
  };
  const rerun = (i: number, csv: CsvRead, currency?: string) => {
    const f = files[i]!;
    let scan = f.scan;
    try {
      const out = csvInvoices(csv, { lang: props.lang, currency });
      scan = {
        ...f.scan,
        invoices: out.invoices,
        csv: { read: csv, summary: out.summary, lines: out.lines, skipped: out.skipped },
        warnings: csvNotes(out),
        error:
          out.invoices.length || out.skipped.length
            ? null
            : catalogText('importpanelNoReadableRow'),
      };
    } catch (e) {
      scan = { ...f.scan, invoices: [], csv: undefined, error: errorText(e) };
    }
    setFiles(files.map((x, j) => (j === i ? { scan, csv, currency } : x)));
  };
  const remap = (i: number, index: number, field: CsvField | null) => {
    const f = files[i]!;
    if (!f.csv) return;
    rerun(
      i,
      {
        ...f.csv,
        uncertain: [],
        columns: f.csv.columns.map((c) =>
          c.index === index ? { ...c, field } : c.field === field ? { ...c, field: null } : c,
        ),
      },
      f.currency,
    );
  };
  const total = files.reduce((s, f) => s + f.scan.invoices.filter(importable).length, 0);
  return (
    <div>
      <div
        class="card"
        style={{
          borderStyle: 'dashed',
          textAlign: 'center',
          background: over ? '#eef7f6' : undefined,
        }}
        onDragOver={(e) => {
          e.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={(e) => {
          e.preventDefault();
          setOver(false);
          void read(e.dataTransfer?.files ?? null);
        }}
      >
        <p>{t('importpanelDropYourFilesHere')}</p>
        <label style={{ alignItems: 'center' }}>
          <span class="btn">{t('importpanelChooseFiles')}</span>
          <input
            class="visually-hidden"
            type="file"
            multiple
            accept=".xml,.pdf,.csv,.tsv,.txt,.html,.htm,.eml"
            onChange={(e) => void read((e.target as HTMLInputElement).files)}
          />
        </label>
      </div>
      {progress ? (
        <progress
          value={progress.done}
          max={progress.total}
          aria-label={t('importpanelProgress')}
          style={{ width: '100%' }}
        />
      ) : null}
      {files.map((f, i) => (
        <div key={f.scan.file + i} class="card import-file">
          <div class="spread">
            <strong>{f.scan.file}</strong>
            <span class="small muted">
              {f.scan.invoices.filter(importable).length} {t('importpanelInvoiceS')}
            </span>
          </div>
          {f.scan.error ? (
            <p role="alert" class="danger small">
              {f.scan.error[props.lang]}
            </p>
          ) : null}
          {f.scan.csv ? (
            <p class="small" data-testid="csv-summary">
              {summaryText(f.scan.csv.summary)[props.lang]}
            </p>
          ) : null}
          {f.scan.csv?.skipped.length ? (
            <SkippedRows csv={f.csv} skipped={f.scan.csv.skipped} lang={props.lang} />
          ) : null}
          {f.csv?.uncertain.length ? (
            <ul class="small warn" aria-label={t('importpanelColumnsToCheck')}>
              {f.csv.uncertain.map((u, k) => (
                <li key={k}>{u[props.lang]}</li>
              ))}
            </ul>
          ) : null}
          {f.csv &&
          (f.scan.csv?.summary.currencyAssumed ||
            f.currency ||
            f.scan.invoices.some((d) => !d.currency)) ? (
            <label class="small">
              {f.currency
                ? t('importpanelCurrencyConfirmed')
                : f.scan.csv?.summary.currencyAssumed
                  ? t('importpanelCurrencyAssumed', f.scan.csv.summary.currencyAssumed)
                  : t('importpanelCurrencyOfTheAmounts')}
              <select
                value={f.currency ?? ''}
                onChange={(e) => {
                  const v = (e.target as HTMLSelectElement).value;
                  if (f.csv) rerun(i, f.csv, v || undefined);
                }}
              >
                <option value="">—</option>
                {CURRENCIES.map((c) => (
                  <option key={c} value={c}>
                    {c}
                  </option>
                ))}
              </select>
            </label>
          ) : null}
          {f.csv ? (
            <div class="row small">
              {f.csv.columns.map((c) => (
                <label key={c.index}>
                  {c.header || `#${c.index + 1}`}
                  <select
                    value={c.field ?? ''}
                    onChange={(e) =>
                      remap(
                        i,
                        c.index,
                        ((e.target as HTMLSelectElement).value || null) as CsvField | null,
                      )
                    }
                  >
                    <option value="">—</option>
                    {CSV_FIELDS.map((x) => (
                      <option key={x} value={x}>
                        {CSV_FIELD_NAMES[x][props.lang]}
                      </option>
                    ))}
                  </select>
                </label>
              ))}
            </div>
          ) : null}
          {f.scan.invoices.length ? (
            <table class="grid small">
              <tbody>
                {f.scan.invoices.slice(0, expanded.has(f.scan.file) ? undefined : 50).map((d, j) =>
                  checking?.[0] === i && checking[1] === j ? (
                    <tr key={j}>
                      <td colSpan={6}>
                        <TrackForm
                          d={d}
                          lang={props.lang}
                          onSave={(x) => confirm(i, j, x)}
                          onCancel={() => setChecking(null)}
                        />
                      </td>
                    </tr>
                  ) : (
                    <tr
                      key={j}
                      class={importable(d) && d.status !== 'cancelled' ? undefined : 'muted'}
                    >
                      <td
                        class={(d.fields.invoiceNumber?.confidence ?? 0) < 0.7 ? 'uncertain' : ''}
                      >
                        {d.isCreditNote ? t('importpanelCreditNote') : ''}
                        {d.invoiceNumber}
                        {d.status === 'draft' ? (
                          <span class="small"> ({t('importpanelDraftSkipped')})</span>
                        ) : d.status === 'cancelled' ? (
                          <span class="small"> ({t('importpanelVoidedNotChased')})</span>
                        ) : null}
                        {f.csv && f.scan.csv?.lines[j] ? (
                          <SourceRows csv={f.csv} lines={f.scan.csv.lines[j]!} lang={props.lang} />
                        ) : null}
                      </td>
                      <td>{d.buyerName}</td>
                      <td class={(d.fields.dueDate?.confidence ?? 0) < 0.7 ? 'uncertain' : ''}>
                        {shortDate(d.dueDate, props.lang)}
                      </td>
                      <td
                        class={
                          (d.fields.amountDue?.confidence ?? 0) < 0.7 ? 'num uncertain' : 'num'
                        }
                      >
                        {d.currency && d.amountDue !== null
                          ? money(d.amountDue, d.currency, props.lang)
                          : '?'}
                      </td>
                      <td class="num small muted">{Math.round(d.confidence * 100)} %</td>
                      <td>
                        {d.confidence < 0.7 ? (
                          <button type="button" class="small" onClick={() => setChecking([i, j])}>
                            {t('importpanelCheck')}
                          </button>
                        ) : d.fields.dueDate?.where === 'confirmed' ? (
                          '✓'
                        ) : null}
                      </td>
                    </tr>
                  ),
                )}
              </tbody>
            </table>
          ) : null}
          {f.scan.invoices.length > 50 && !expanded.has(f.scan.file) ? (
            <button
              type="button"
              class="small"
              onClick={() => setExpanded(new Set([...expanded, f.scan.file]))}
            >
              {t('importpanelShowOtherInvoices', f.scan.invoices.length - 50)}
            </button>
          ) : null}
          {f.scan.compliance?.length ? (
            <details class="small warn">
              <summary>
                {t('importpanelMissingMentions')} ({f.scan.compliance.length})
              </summary>
              <ul>
                {f.scan.compliance.map((c) => (
                  <li key={c.id}>
                    {c.label[props.lang]} ({c.lawRef})
                  </li>
                ))}
              </ul>
            </details>
          ) : null}
          {f.scan.warnings.length ? (
            <details class="small warn">
              <summary>
                {t('warnings')} ({f.scan.warnings.length})
              </summary>
              <ul>
                {f.scan.warnings.slice(0, 100).map((w, k) => (
                  <li key={k}>{w[props.lang]}</li>
                ))}
              </ul>
            </details>
          ) : null}
        </div>
      ))}
      {total ? (
        <div class="row">
          <button
            class="primary"
            type="button"
            onClick={() =>
              void (async () => {
                try {
                  setFailure(null);
                  setMsg(
                    await props.onRecord(
                      files.map((f) => ({
                        file: f.scan.file,
                        kind: f.scan.kind,
                        fromText: f.scan.fromText,
                        invoices: f.scan.invoices.filter(importable),
                      })),
                      (done, t) => setProgress({ done, total: t }),
                    ),
                  );
                  setFiles([]);
                } catch (e) {
                  setFailure(errorText(e)[props.lang]);
                }
                setProgress(null);
              })()
            }
          >
            {t('importpanelImportInvoices', total)}
          </button>
        </div>
      ) : null}
      {msg ? <p role="status">{msg}</p> : null}
      {failure ? (
        <p role="alert" class="danger">
          {failure}
        </p>
      ) : null}
    </div>
  );
}

/** The rows left out on purpose (supplier bills, negative amounts), each with why and its cells. */
function SkippedRows(props: {
  csv?: CsvRead;
  skipped: NonNullable<FileScan['csv']>['skipped'];
  lang: UiLang;
}) {
  return (
    <details class="small skipped-rows" data-testid="csv-skipped">
      <summary>{translator(props.lang)('importpanelSkippedRows', props.skipped.length)}</summary>
      <ul>
        {props.skipped.slice(0, 200).map((k, i) => (
          <li key={i}>
            <strong>{k.number}</strong> — {k.reason[props.lang]}
            {props.csv ? <SourceRows csv={props.csv} lines={k.lines} lang={props.lang} /> : null}
          </li>
        ))}
      </ul>
    </details>
  );
}

/** The file rows one invoice was read from, as text, one click away. */
function SourceRows(props: { csv: CsvRead; lines: number[]; lang: UiLang }) {
  const t = translator(props.lang);
  const n = props.lines.length;
  return (
    <details class="small source-rows">
      <summary>{t('importpanelFileRows', n)}</summary>
      <table class="grid small">
        <thead>
          <tr>
            <th>{t('importpanelLine')}</th>
            {props.csv.columns
              .filter((c) => c.field)
              .map((c) => (
                <th key={c.index}>{c.header}</th>
              ))}
          </tr>
        </thead>
        <tbody>
          {props.lines.slice(0, 50).map((line) => {
            const row = props.csv.rows[line - props.csv.headerRow - 2] ?? [];
            return (
              <tr key={line}>
                <td>{line}</td>
                {props.csv.columns
                  .filter((c) => c.field)
                  .map((c) => (
                    <td key={c.index}>{(row[c.index] ?? '').slice(0, 80)}</td>
                  ))}
              </tr>
            );
          })}
        </tbody>
      </table>
    </details>
  );
}
