import { useState } from 'preact/hooks';
import type { RateTable, SeriesId } from '@/lib/escalation/rates';
import { halfYearOf } from '@/lib/model/dates';
import type { UiLang } from '../i18n';

/** Reference rates with the date they were last checked; the user adds a half-year. */
export function RatesEditor(props: { rates: RateTable; today: string; lang: UiLang; onAdd(series: SeriesId, halfYear: string, percent: string): Promise<void> }) {
  const fr = props.lang === 'fr';
  const [series, setSeries] = useState<SeriesId>('ecb-mro');
  const [half, setHalf] = useState(halfYearOf(props.today));
  const [percent, setPercent] = useState('');
  const [msg, setMsg] = useState<string | null>(null);
  const current = halfYearOf(props.today);
  return (
    <div>
      {(Object.keys(props.rates) as SeriesId[]).map((id) => {
        const s = props.rates[id];
        const keys = Object.keys(s.values).sort();
        return (
          <div key={id} class="card">
            <div class="spread"><strong>{s.label[props.lang]}</strong><span class="small muted">{fr ? 'vérifié le' : 'checked'} {s.lastChecked}</span></div>
            <table class="grid small">
              <tbody>
                <tr>{keys.map((k) => <th key={k}>{k}</th>)}</tr>
                <tr>{keys.map((k) => <td key={k} class={s.values[k]!.provisional ? 'uncertain' : ''} title={s.values[k]!.source ? `${fr ? 'Vérifié le' : 'Checked'} ${s.values[k]!.checked} : ${s.values[k]!.source}` : undefined}>{fr ? s.values[k]!.percent.replace('.', ',') : s.values[k]!.percent}{'\u00a0'}%{s.values[k]!.provisional ? ` (${fr ? 'à vérifier' : 'verify'})` : ''}</td>)}</tr>
              </tbody>
            </table>
            {id === 'fr-legal-pro' || id === 'fr-legal-private' ? (
              <p class="small muted">{id === 'fr-legal-pro'
                ? (fr ? 'Série appliquée par Relance : le taux suit le créancier (C. mon. fin. art. L313-2) et vous facturez en professionnel. Elle sert au taux des clients particuliers (après mise en demeure) et au plancher de 3 fois le taux légal.' : 'The series Relance applies: the rate follows the creditor (C. mon. fin. art. L313-2) and you invoice as a business. It gives the consumer rate (after a formal notice) and the floor of 3 × the legal rate.')
                : (fr ? 'Série des créanciers personnes physiques n’agissant pas pour des besoins professionnels (C. mon. fin. art. L313-2) : elle ne s’applique que si vous êtes créancier à titre privé.' : 'Series for creditors who are private persons acting outside a profession (C. mon. fin. art. L313-2): it applies only if you are owed as a private person.')}</p>
            ) : null}
            {!s.values[current] ? <p class="small warn">{fr ? `Aucun taux pour ${current} : les intérêts qui en dépendent ne sont pas calculés. Ajoutez-le ci-dessous.` : `No rate for ${current}: interest that depends on it is not computed. Add it below.`}</p> : null}
          </div>
        );
      })}
      <form class="row" onSubmit={async (e) => { e.preventDefault(); if (!/^\d{4}-H[12]$/.test(half) || !/^\d{1,3}(\.\d{1,4})?$/.test(percent)) { setMsg(fr ? 'Semestre AAAA-H1/H2 et taux en % (ex. 2.15)' : 'Half-year YYYY-H1/H2 and a rate in % (e.g. 2.15)'); return; } await props.onAdd(series, half, percent); setMsg('✓'); }}>
        <label>{fr ? 'Série' : 'Series'}<select value={series} onChange={(e) => setSeries((e.target as HTMLSelectElement).value as SeriesId)}>{(Object.keys(props.rates) as SeriesId[]).map((id) => <option key={id} value={id}>{props.rates[id].label[props.lang]}</option>)}</select></label>
        <label>{fr ? 'Semestre' : 'Half-year'}<input value={half} onInput={(e) => setHalf((e.target as HTMLInputElement).value)} placeholder="2027-H1" /></label>
        <label>{fr ? 'Taux (%)' : 'Rate (%)'}<input value={percent} onInput={(e) => setPercent((e.target as HTMLInputElement).value)} placeholder="2.15" /></label>
        <button type="submit">{fr ? 'Ajouter' : 'Add'}</button>
        {msg ? <span role="status">{msg}</span> : null}
      </form>
    </div>
  );
}
