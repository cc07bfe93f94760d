import type { MessageKey } from '@/lib/i18n/t';
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import workerUrl from 'pdfjs-dist/legacy/build/pdf.worker.min.mjs?url';
import '@/components/styles.css';
import { translator, type UiLang } from '@/components/i18n';
import type { DraftLang } from '@/lib/drafts/kinds';
import { SenderForm } from '@/components/options/SenderForm';
import { LadderEditor } from '@/components/options/LadderEditor';
import { RatesEditor } from '@/components/options/RatesEditor';
import { TemplatesEditor } from '@/components/options/TemplatesEditor';
import { ImportPanel, type ScannedFile } from '@/components/options/ImportPanel';
import { BankImport } from '@/components/options/BankImport';
import { importStatements, settleBank } from '@/lib/app/bank';
import { db, loadState, today, type AppState } from '@/lib/app/state';
import { loadDemoData, notifyChanged, uiLangFor } from '@/lib/app/ledger-access';
import { JURISDICTIONS, JURISDICTION_IDS } from '@/lib/escalation/jurisdictions';
import { configurePdfWorker } from '@/lib/detect/einvoice/facturx';
import { scanFile } from '@/lib/detect/scan-file';
import { clearLedger, readLedger } from '@/lib/ledger/repo';
import { importAll } from '@/lib/app/import';
import { exportBackup, restoreBackup } from '@/lib/app/backup';
import { eventsCsv, invoicesCsv } from '@/lib/ledger/csv-export';
import type { Policy } from '@/lib/model/policy';
import {
  writePolicyOverride,
  writePreferences,
  writeSender,
  writeTemplates,
  writeUserRates,
  readUserRates,
  type Preferences,
} from '@/lib/settings';
import type { SourceKind } from '@/lib/model/invoice';
import { errorText } from '@/lib/model/text';
import { asyncHandler } from '@/components/async-handler';

configurePdfWorker(workerUrl);

function download(name: string, text: string, type: string) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 5000);
}

const parseHtml = (html: string) => new DOMParser().parseFromString(html, 'text/html');
/** A sender as one line of the restore question: who the reminders come from, and where to pay. */
const senderLine = (s: { name?: string; iban?: string }) =>
  `${s.name || '—'}${s.iban ? ` · IBAN ${s.iban}` : ''}`;

/** The page's sections, as its table of contents names them. */
const SECTIONS: [string, MessageKey][] = [
  ['identity', 'optionsYourDetails'],
  ['preferences', 'optionsPreferences'],
  ['ladder', 'optionsLadder'],
  ['rates', 'optionsRates'],
  ['templates', 'optionsTemplates'],
  ['import', 'optionsImport'],
  ['bank', 'optionsBankStatement'],
  ['sites', 'optionsInvoicingApps'],
  ['backup', 'optionsBackup'],
  ['privacy', 'optionsPrivacy'],
  ['reset', 'optionsErase'],
];

function Options() {
  const [state, setState] = useState<AppState | null>(null);
  const [msg, setMsg] = useState<Record<string, string>>({});
  const reload = () => loadState().then(setState);
  useEffect(() => void reload(), []);
  useEffect(() => {
    if (state && location.hash) document.querySelector(location.hash)?.scrollIntoView();
  }, [!!state]);
  if (!state) return <p class="muted">…</p>;
  const lang: UiLang = uiLangFor(state.preferences.uiLang);
  const t = translator(lang);
  document.documentElement.lang = lang;
  const say = (k: string, m: string) => setMsg({ ...msg, [k]: m });
  /** A section's failure, said in that section. */
  const failed = (k: string) => (err: unknown) => say(k, errorText(err)[lang]);
  const failure = (k: string) =>
    msg[k] ? (
      <p role="alert" class="danger small">
        {msg[k]}
      </p>
    ) : null;
  /** The backup section's downloads: label, file name, type, content. */
  const exports: [MessageKey, string, string, () => Promise<string>][] = [
    [
      'optionsExportBackupJson',
      `relance-backup-${state.today}.json`,
      'application/json',
      async () => JSON.stringify(await exportBackup(new Date().toISOString()), null, 1),
    ],
    [
      'optionsInvoicesCsv',
      `relance-invoices-${state.today}.csv`,
      'text/csv',
      async () => invoicesCsv(await readLedger(await db())),
    ],
    [
      'optionsTimelineCsv',
      `relance-timeline-${state.today}.csv`,
      'text/csv',
      async () => eventsCsv(await readLedger(await db())),
    ],
  ];
  const sample = state.suggestions.find((s) => s.invoices.length);
  const sampleClient = sample && state.ledger.clients.find((c) => c.id === sample.clientId);

  return (
    <main style={{ maxWidth: '900px', margin: '0 auto', padding: '16px' }}>
      <h1>Relance — {t('options')}</h1>
      <nav class="row small">
        {SECTIONS.map(([id, label]) => (
          <a key={id} href={`#${id}`}>
            {t(label)}
          </a>
        ))}
      </nav>

      <section id="identity" class="card">
        <h2>{t('optionsYourDetailsSender')}</h2>
        <SenderForm
          sender={state.sender}
          lang={lang}
          onSave={async (s) => {
            await writeSender(s);
            await reload();
          }}
        />
      </section>

      <section id="preferences" class="card">
        <h2>{t('optionsPreferences')}</h2>
        <PreferencesForm
          prefs={state.preferences}
          lang={lang}
          onSave={async (p) => {
            await writePreferences(p);
            await notifyChanged();
            await reload();
          }}
        />
      </section>

      <section id="ladder" class="card">
        <h2>{t('optionsTheReminderLadder')}</h2>
        <LadderEditor
          policy={state.policy}
          lang={lang}
          t={t}
          onSave={async (p: Policy) => {
            await writePolicyOverride({
              steps: p.steps,
              minSpacingDays: p.minSpacingDays,
              promiseGraceDays: p.promiseGraceDays,
              noticeDeadlineDays: p.noticeDeadlineDays,
            });
            await notifyChanged();
            await reload();
          }}
        />
        <button
          type="button"
          onClick={asyncHandler(async () => {
            await writePolicyOverride({});
            await reload();
          }, failed('ladder'))}
        >
          {t('optionsResetToDefaults')}
        </button>
        {failure('ladder')}
      </section>

      <section id="rates" class="card">
        <h2>{t('optionsRatesAndJurisdictions')}</h2>
        <p class="small muted">
          {JURISDICTION_IDS.map(
            (j) =>
              `${JURISDICTIONS[j].label[lang]}${JURISDICTIONS[j].lawRef ? ` (${JURISDICTIONS[j].lawRef})` : ''}`,
          ).join(' · ')}
        </p>
        <RatesEditor
          rates={state.rates}
          today={state.today}
          lang={lang}
          onAdd={async (series, half, percent) => {
            const cur = await readUserRates();
            await writeUserRates({
              ...cur,
              [series]: { ...(cur[series] ?? {}), [half]: { percent } },
            });
            await notifyChanged();
            await reload();
          }}
        />
      </section>

      <section id="templates" class="card">
        <h2>{t('optionsReminderTemplates')}</h2>
        <TemplatesEditor
          overrides={state.templates}
          lang={lang}
          sample={
            sample && sampleClient
              ? {
                  tone: sample.tone,
                  client: sampleClient,
                  sender: state.sender,
                  invoices: sample.invoices,
                  amounts: sample.amounts,
                  daysLate: sample.daysLate,
                  history: sample.history,
                  jurisdiction: sample.jurisdiction,
                  lawRef: sample.lawRef,
                  today: state.today,
                }
              : null
          }
          onSave={async (o) => {
            await writeTemplates(o);
            await reload();
          }}
        />
      </section>

      <section id="import" class="card">
        <h2>{t('optionsImport')}</h2>
        <ImportPanel
          lang={lang}
          onRead={async (files, progress) => {
            const out: ScannedFile[] = [];
            for (const [i, file] of files.entries()) {
              const bytes = new Uint8Array(await file.arrayBuffer());
              const scan = await scanFile(file.name, bytes, { lang, parseHtml });
              // The CSV as read by the scan: its columns can be re-mapped without parsing it again.
              out.push({ scan, csv: scan.csv?.read });
              progress(i + 1, files.length);
            }
            return out;
          }}
          onRecord={async (items, progress) => {
            const all = items.flatMap((it) =>
              it.invoices.map((detected) => ({
                detected,
                source: {
                  kind: (it.kind === 'pdf' && it.fromText
                    ? 'pdf'
                    : it.kind === 'einvoice' || it.kind === 'pdf'
                      ? 'einvoice'
                      : it.kind === 'html'
                        ? 'page'
                        : it.kind === 'eml'
                          ? 'email'
                          : 'csv') as SourceKind,
                  where: it.file,
                  at: new Date().toISOString(),
                },
              })),
            );
            // One transaction for the whole import, whatever its size (lib/app/import.ts).
            performance.mark('import:start');
            const r = await importAll(
              await db(),
              all,
              {
                today: today(),
                senderCountry: state.sender.country,
                language: state.preferences.defaultLanguage,
              },
              (done) => progress(done, all.length),
            );
            const added = r.added.length,
              updated = r.updated.length,
              skipped = r.skipped.length;
            performance.mark('import:written');
            // The import is written: its result is shown first, then the badge (background
            // re-plan) and this page catch up, so neither delays the answer.
            requestAnimationFrame(() =>
              setTimeout(() => {
                void notifyChanged();
                void reload();
              }, 0),
            );
            const why = [
              ...r.skipped
                .slice(0, 3)
                .map((k) => `${k.invoiceNumber ?? '?'} : ${k.text?.[lang] ?? k.reason}`),
              ...(r.warnings ?? []).slice(0, 3).map((w) => w.text[lang]),
            ].join(' · ');
            return t('optionsImportCounts', added, updated, skipped) + (why ? ` ${why}` : '');
          }}
        />
        <button
          type="button"
          onClick={asyncHandler(async () => {
            await loadDemoData();
            await reload();
            say('import', '✓');
          }, failed('import'))}
        >
          {t('tryDemo')}
        </button>{' '}
        {msg.import}
      </section>

      <section id="bank" class="card">
        <h2>{t('optionsPaymentsReceivedBankStatement')}</h2>
        <BankImport
          lang={lang}
          pending={state.bank.pending}
          unmatched={state.bank.unmatched}
          onImport={async (files) => {
            const r = await importStatements(files);
            await reload();
            return r;
          }}
          onSettle={async (confirm, reject) => {
            try {
              await settleBank(confirm, reject);
            } finally {
              await reload();
            }
          }}
        />
      </section>

      <section id="sites" class="card">
        <h2>{t('optionsInvoicingApps')}</h2>
        <p class="small">{t('optionsRelanceReadsYourInvoicing')}</p>
        <SiteEnabler lang={lang} />
      </section>

      <section id="backup" class="card">
        <h2>{t('optionsBackup')}</h2>
        <div class="row">
          {exports.map(([label, name, type, content]) => (
            <button
              key={name}
              type="button"
              onClick={asyncHandler(
                async () => download(name, await content(), type),
                failed('backup'),
              )}
            >
              {t(label)}
            </button>
          ))}
        </div>
        {failure('backup')}
        <RestoreForm
          lang={lang}
          onRestore={async (text, mode) => {
            try {
              return (
                await restoreBackup(text, mode, {
                  // Merge never replaces who the reminders come from (name, IBAN…) without asking.
                  replaceIdentity: (cur, next) =>
                    confirm(t('optionsOtherIdentity', senderLine(next), senderLine(cur))),
                })
              )[lang];
            } finally {
              await notifyChanged();
              await reload();
            }
          }}
        />
      </section>

      <section id="privacy" class="card">
        <h2>{t('optionsPrivacy')}</h2>
        <p>{t('optionsPrivacyBody')}</p>
      </section>

      <section id="reset" class="card">
        <h2>{t('optionsEraseEverything')}</h2>
        <button
          type="button"
          class="danger"
          onClick={asyncHandler(async () => {
            if (confirm(t('optionsEraseAllInvoicesClients'))) {
              await clearLedger(await db());
              await notifyChanged();
              await reload();
            }
          }, failed('reset'))}
        >
          {t('optionsEraseData')}
        </button>
        {failure('reset')}
      </section>
    </main>
  );
}

function PreferencesForm(props: {
  prefs: Preferences;
  lang: UiLang;
  onSave(p: Preferences): Promise<void>;
}) {
  const [p, setP] = useState(props.prefs);
  const [error, setError] = useState<string | null>(null);
  const t = translator(props.lang);
  return (
    <form
      class="row"
      onSubmit={asyncHandler(
        async (e: Event) => {
          e.preventDefault();
          setError(null);
          await props.onSave(p);
        },
        (err) => setError(errorText(err)[props.lang]),
      )}
    >
      <label>
        {t('optionsInterfaceLanguage')}
        <select
          value={p.uiLang}
          onChange={(e) =>
            setP({ ...p, uiLang: (e.target as HTMLSelectElement).value as Preferences['uiLang'] })
          }
        >
          <option value="auto">{t('optionsBrowserS')}</option>
          <option value="fr">Français</option>
          <option value="en">English</option>
        </select>
      </label>
      <label>
        {t('optionsDefaultJurisdiction')}
        <select
          value={p.defaultJurisdiction}
          onChange={(e) =>
            setP({
              ...p,
              defaultJurisdiction: (e.target as HTMLSelectElement)
                .value as Preferences['defaultJurisdiction'],
            })
          }
        >
          {JURISDICTION_IDS.map((j) => (
            <option key={j} value={j}>
              {JURISDICTIONS[j].label[props.lang]}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('optionsNewClientsLanguage')}
        <select
          value={p.defaultLanguage}
          onChange={(e) =>
            setP({ ...p, defaultLanguage: (e.target as HTMLSelectElement).value as DraftLang })
          }
        >
          <option value="fr">Français</option>
          <option value="en">English</option>
        </select>
      </label>
      <label style={{ flexDirection: 'row', gap: '6px' }}>
        <input
          type="checkbox"
          checked={p.notifications}
          onChange={(e) => setP({ ...p, notifications: (e.target as HTMLInputElement).checked })}
        />
        {t('optionsDailyNotification')}
      </label>
      <label>
        {t('optionsHour')}
        <input
          type="number"
          min={0}
          max={23}
          value={p.notifyHour}
          onInput={(e) => setP({ ...p, notifyHour: Number((e.target as HTMLInputElement).value) })}
        />
      </label>
      <button class="primary" type="submit">
        {t('save')}
      </button>
      {error ? (
        <span role="alert" class="danger small">
          {error}
        </span>
      ) : null}
    </form>
  );
}

function SiteEnabler(props: { lang: UiLang }) {
  const [origin, setOrigin] = useState('');
  const [msg, setMsg] = useState<string | null>(null);
  const t = translator(props.lang);
  return (
    <form
      class="row"
      onSubmit={asyncHandler(
        async (e: Event) => {
          e.preventDefault();
          let url: URL;
          try {
            url = new URL(origin.includes('://') ? origin : `https://${origin}`);
          } catch {
            setMsg(t('optionsInvalidAddress'));
            return;
          }
          const ok = await browser.permissions.request({ origins: [`${url.origin}/*`] });
          setMsg(ok ? t('optionsEnabledFor', url.origin) : t('optionsPermissionRefused'));
        },
        (err) => setMsg(errorText(err)[props.lang]),
      )}
    >
      <label>
        {t('optionsAppAddress')}
        <input
          value={origin}
          placeholder="factures.mon-entreprise.fr"
          onInput={(e) => setOrigin((e.target as HTMLInputElement).value)}
        />
      </label>
      <button type="submit">{t('optionsEnable')}</button>
      {msg ? <span role="status">{msg}</span> : null}
    </form>
  );
}

function RestoreForm(props: {
  lang: UiLang;
  onRestore(text: string, mode: 'merge' | 'replace'): Promise<string>;
}) {
  const [mode, setMode] = useState<'merge' | 'replace'>('merge');
  const [msg, setMsg] = useState<{ ok: boolean; text: string } | null>(null);
  const t = translator(props.lang);
  return (
    <div class="row">
      <label>
        {t('optionsMode')}
        <select
          value={mode}
          onChange={(e) => setMode((e.target as HTMLSelectElement).value as 'merge' | 'replace')}
        >
          <option value="merge">{t('optionsMergeAddsToThe')}</option>
          <option value="replace">{t('optionsReplaceErasesTheLedger')}</option>
        </select>
      </label>
      <label>
        {t('optionsRestoreABackup')}
        <input
          type="file"
          accept=".json,application/json"
          onChange={asyncHandler(
            async (e: Event) => {
              const f = (e.target as HTMLInputElement).files?.[0];
              if (!f) return;
              try {
                setMsg({ ok: true, text: await props.onRestore(await f.text(), mode) });
              } catch (err) {
                // The error says itself whether anything was changed (lib/app/backup.ts).
                setMsg({ ok: false, text: errorText(err)[props.lang] });
              }
            },
            (err) => setMsg({ ok: false, text: errorText(err)[props.lang] }),
          )}
        />
      </label>
      {msg ? (
        <p role={msg.ok ? 'status' : 'alert'} class={msg.ok ? '' : 'danger'}>
          {msg.text}
        </p>
      ) : null}
    </div>
  );
}

render(<Options />, document.getElementById('app')!);
