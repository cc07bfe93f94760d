import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import '@/components/styles.css';
import { AgingBars } from '@/components/AgingBars';
import { money } from '@/components/format';
import { translator } from '@/components/i18n';
import { loadState, type AppState } from '@/lib/app/state';
import { uiLangFor } from '@/lib/app/ledger-access';
import { aging, dso, recommendationText, riskProfile } from '@/lib/escalation/portfolio';
import { STEP_LABELS } from '@/lib/escalation/steps';
import { addDays } from '@/lib/model/dates';

/** Aging, DSO over time, slowest payers, money recovered per month, each client's profile. */
function Dashboard() {
  const [state, setState] = useState<AppState | null>(null);
  useEffect(() => void loadState().then(setState), []);
  if (!state) return <p class="muted">…</p>;
  const lang = uiLangFor(state.preferences.uiLang);
  const t = translator(lang);
  document.documentElement.lang = lang;
  const { invoices, clients, events } = state.ledger;
  const profiles = clients
    .map((c) => ({ c, p: riskProfile(c, invoices, events, state.today) }))
    .sort((a, b) => (b.p.averageDaysLate ?? -1) - (a.p.averageDaysLate ?? -1));
  const months = new Map<string, Map<string, number>>();
  for (const e of events)
    if (e.type === 'payment') {
      const m = months.get(e.date.slice(0, 7)) ?? new Map<string, number>();
      m.set(e.currency, (m.get(e.currency) ?? 0) + e.amount);
      months.set(e.date.slice(0, 7), m);
    }
  const dsoPoints = [0, 30, 60, 90, 120, 150].map((back) => ({
    day: addDays(state.today, -back),
    v: dso(invoices, addDays(state.today, -back), 90, events),
  }));
  // Little invoiced in the period against old receivables gives thousands of days: said as such.
  const days = (v: number | null) => (v === null ? '—' : v > 999 ? '> 999' : String(v));
  return (
    <main style={{ maxWidth: '960px', margin: '0 auto', padding: '16px' }}>
      <h1>Relance — {t('dashboard')}</h1>
      <section class="card">
        <h2>{t('aging')}</h2>
        {[...aging(invoices, state.today)].map(([cur, b]) => (
          <AgingBars key={cur} currency={cur} buckets={b} lang={lang} />
        ))}
      </section>
      <section class="card">
        <h2>{t('dashboardDaysSalesOutstandingRolling')}</h2>
        <table class="grid small">
          <tbody>
            {dsoPoints.map((p) => (
              <tr key={p.day}>
                <td>{p.day}</td>
                <td>
                  {[...p.v]
                    .map(([cur, v]) => `${cur} ${days(v)} ${t('invoiceoverlayD')}`)
                    .join(' · ') || '—'}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <section class="card">
        <h2>{t('dashboardAmountsRecoveredPerMonth')}</h2>
        <table class="grid small">
          <tbody>
            {[...months]
              .sort()
              .reverse()
              .map(([m, per]) => (
                <tr key={m}>
                  <td>{m}</td>
                  <td>{[...per].map(([cur, v]) => money(v, cur, lang)).join(' + ')}</td>
                </tr>
              ))}
          </tbody>
        </table>
      </section>
      <section class="card">
        <h2>{t('dashboardPaymentProfilesSlowestFirst')}</h2>
        <table class="grid small">
          <thead>
            <tr>
              <th>{t('dashboardClient')}</th>
              <th>{t('dashboardAvgDelay')}</th>
              <th>{t('dashboardWorst')}</th>
              <th>{t('dashboardHighestStep')}</th>
              <th>{t('dashboardDisputes')}</th>
              <th>{t('dashboardOpen')}</th>
              <th>{t('recommendation')}</th>
            </tr>
          </thead>
          <tbody>
            {profiles.map(({ c, p }) => (
              <tr key={c.id}>
                <td>{c.name}</td>
                <td>{p.averageDaysLate ?? '—'}</td>
                <td>{p.worstDaysLate}</td>
                <td>{p.highestStep ? STEP_LABELS[p.highestStep][lang] : '—'}</td>
                <td>{p.disputes}</td>
                <td>
                  {[...p.openBalance].map(([cur, v]) => money(v, cur, lang)).join(' + ') || '—'}
                </td>
                <td>{recommendationText(p.recommendation, lang)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </main>
  );
}

render(<Dashboard />, document.getElementById('app')!);
