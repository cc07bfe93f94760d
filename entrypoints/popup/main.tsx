import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import '@/components/styles.css';
import { OverdueList } from '@/components/OverdueList';
import { ActionForm, type ActionKind } from '@/components/ActionForm';
import { AgingBars } from '@/components/AgingBars';
import { translator, type T, type UiLang } from '@/components/i18n';
import { money } from '@/components/format';
import { loadState, type AppState } from '@/lib/app/state';
import { loadDemoData, openSidePanel, recordEvents, uiLangFor } from '@/lib/app/actions';
import { aging } from '@/lib/escalation/portfolio';
import type { Suggestion } from '@/lib/escalation/plan';

function Popup() {
  const [state, setState] = useState<AppState | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [action, setAction] = useState<{ s: Suggestion; kind: ActionKind } | null>(null);
  const [note, setNote] = useState<string | null>(null);
  // The 50 most urgent first: the popup must open at once even with a large ledger.
  const [limit, setLimit] = useState(50);
  const reload = () => loadState().then(setState, (e: Error) => setError(e.message));
  useEffect(() => void reload(), []);
  if (error) return <p role="alert" class="danger">{error}</p>;
  if (!state) return <p class="muted">…</p>;
  const lang: UiLang = uiLangFor(state.preferences.uiLang);
  const t: T = translator(lang);
  document.documentElement.lang = lang;
  const late = state.suggestions.filter((s) => s.daysLate > 0 || s.status === 'due');
  const dueToday = state.suggestions.filter((s) => s.status === 'due').length;
  const totals = new Map<string, number>();
  for (const s of late) for (const i of s.invoices) if (i.daysLate > 0) totals.set(i.currency, (totals.get(i.currency) ?? 0) + i.amountDue);
  const ages = aging(state.ledger.invoices, state.today);
  // Rate-table notes concern everyone: say them once.
  const shared = [...new Set(state.suggestions.flatMap((s) => s.warnings))].filter((w) => /provisional|rate table/.test(w));

  const scan = async () => {
    setNote(null);
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (!tab?.id) return;
    try {
      await browser.scripting.executeScript({ target: { tabId: tab.id }, files: ['/content-scripts/invoice.js'] });
      window.close();
    } catch (e) {
      setNote(`${t('noInvoiceHere')} (${(e as Error).message})`);
    }
  };

  return (
    <main style={{ width: '420px', padding: '12px' }}>
      <header class="spread">
        <h1>{t('appName')}</h1>
        <nav class="row small">
          <a href={browser.runtime.getURL('/dashboard.html')} target="_blank">{t('dashboard')}</a>
          <a href={browser.runtime.getURL('/options.html')} target="_blank">{t('options')}</a>
        </nav>
      </header>
      {state.ledger.invoices.length === 0 ? (
        <section class="card" aria-labelledby="empty-title">
          <h2 id="empty-title">{t('emptyTitle')}</h2>
          <p>{t('emptyBody')}</p>
          <div class="row">
            <button class="primary" type="button" onClick={scan}>{t('scanPage')}</button>
            <button type="button" onClick={() => browser.tabs.create({ url: browser.runtime.getURL('/options.html#import') })}>{t('importFiles')}</button>
            <button type="button" onClick={() => loadDemoData().then(reload)}>{t('tryDemo')}</button>
          </div>
          {note ? <p role="status" class="small warn">{note}</p> : null}
        </section>
      ) : (
        <>
          <section class="card" aria-label={t('overdueTotal')}>
            <div class="spread">
              <div>
                <div class="muted small">{t('overdueTotal')}</div>
                <div class="overdue-totals" style={{ fontSize: '18px', fontWeight: 600 }}>
                  {[...totals].map(([cur, v]) => <span key={cur} class="money" style={{ marginRight: '10px' }}>{money(v, cur, lang)}</span>)}
                  {totals.size === 0 ? '—' : null}
                </div>
              </div>
              <div class="due-today"><strong>{dueToday}</strong> {t('dueToday')}</div>
            </div>
            {[...ages].map(([cur, b]) => <AgingBars key={cur} currency={cur} buckets={b} lang={lang} />)}
            <div class="row"><button type="button" class="small" onClick={scan}>{t('scanPage')}</button></div>
            {note ? <p role="status" class="small warn">{note}</p> : null}
            {shared.map((w) => <p key={w} class="small warn">{w}</p>)}
          </section>
          {action ? (
            <ActionForm
              kind={action.kind}
              suggestion={action.s}
              today={state.today}
              t={t}
              onCancel={() => setAction(null)}
              onSubmit={async (events) => {
                await recordEvents(events);
                setAction(null);
                await reload();
              }}
            />
          ) : null}
          {state.suggestions.length === 0 ? <p class="muted">{t('nothingToday')}</p> : null}
          <OverdueList
            suggestions={state.suggestions.slice(0, limit)}
            sharedWarnings={shared}
            lang={lang}
            t={t}
            onPrepare={(s) => void openSidePanel({ client: s.clientId })}
            onAction={(s, kind) => setAction({ s, kind })}
          />
          {state.suggestions.length > limit ? (
            <button type="button" onClick={() => setLimit(state.suggestions.length)}>
              {lang === 'fr' ? `Afficher les ${state.suggestions.length - limit} autres clients` : `Show the other ${state.suggestions.length - limit} clients`}
            </button>
          ) : null}
        </>
      )}
    </main>
  );
}

render(<Popup />, document.getElementById('app')!);
