import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import workerUrl from 'pdfjs-dist/legacy/build/pdf.worker.min.mjs?url';
import '@/components/styles.css';
import { translator, type UiLang } from '@/components/i18n';
import { SenderForm } from '@/components/options/SenderForm';
import { LadderEditor } from '@/components/options/LadderEditor';
import { RatesEditor } from '@/components/options/RatesEditor';
import { TemplatesEditor } from '@/components/options/TemplatesEditor';
import { ImportPanel } from '@/components/options/ImportPanel';
import { BankImport } from '@/components/options/BankImport';
import { PreferencesForm } from '@/components/options/PreferencesForm';
import { SiteEnabler } from '@/components/options/SiteEnabler';
import { RestoreForm } from '@/components/options/RestoreForm';
import { download } from '@/components/options/download';
import { SECTIONS } from '@/components/options/sections';
import { importStatements, settleBank } from '@/lib/app/bank';
import { db, loadState, today, type AppState } from '@/lib/app/state';
import { loadDemoData, notifyChanged, uiLangFor } from '@/lib/app/ledger-access';
import { JURISDICTIONS, JURISDICTION_IDS } from '@/lib/escalation/jurisdictions';
import { configurePdfWorker } from '@/lib/detect/einvoice/facturx';
import { clearLedger } from '@/lib/ledger/repo';
import { importAll, importItems, importSummary, readFiles } from '@/lib/app/import';
import { backupDownloads, identityQuestion, restoreBackup } from '@/lib/app/backup';
import { ladderOverride, templateSample, withUserRate } from '@/lib/app/options-settings';
import type { Policy } from '@/lib/model/policy';
import {
  writePolicyOverride,
  writePreferences,
  writeSender,
  writeTemplates,
  writeUserRates,
  readUserRates,
} from '@/lib/settings';
import { errorText } from '@/lib/model/text';
import { asyncHandler } from '@/components/async-handler';

configurePdfWorker(workerUrl);

const parseHtml = (html: string) => new DOMParser().parseFromString(html, 'text/html');

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
  const exports = backupDownloads(state.today, () => new Date().toISOString());

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
            await writePolicyOverride(ladderOverride(p));
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
            await writeUserRates(withUserRate(await readUserRates(), series, half, percent));
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
          sample={templateSample(state)}
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
          onRead={(files, progress) => readFiles(files, { lang, parseHtml }, progress)}
          onRecord={async (items, progress) => {
            const all = importItems(items, new Date().toISOString());
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
            performance.mark('import:written');
            // The import is written: its result is shown first, then the badge (background
            // re-plan) and this page catch up, so neither delays the answer.
            requestAnimationFrame(() =>
              setTimeout(() => {
                void notifyChanged();
                void reload();
              }, 0),
            );
            return importSummary(r, lang);
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
        <SiteEnabler
          lang={lang}
          onEnable={(origin) => browser.permissions.request({ origins: [`${origin}/*`] })}
        />
      </section>

      <section id="backup" class="card">
        <h2>{t('optionsBackup')}</h2>
        <div class="row">
          {exports.map(({ label, name, type, content }) => (
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
                  replaceIdentity: (cur, next) => confirm(identityQuestion(cur, next, lang)),
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

render(<Options />, document.getElementById('app')!);
