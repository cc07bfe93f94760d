import { translator } from '@/lib/i18n/t';
import { useState } from 'preact/hooks';
import type { RateTable, SeriesId } from '@/lib/escalation/rates';
import { halfYearOf } from '@/lib/model/dates';
import type { UiLang } from '../i18n';
import { errorText } from '@/lib/model/text';
import { asyncHandler } from '../async-handler';
import { decimalText } from '../format';

/** Reference rates with the date they were last checked; the user adds a half-year. */
export function RatesEditor(props: {
  rates: RateTable;
  today: string;
  lang: UiLang;
  onAdd(series: SeriesId, halfYear: string, percent: string): Promise<void>;
}) {
  const t = translator(props.lang);
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
            <div class="spread">
              <strong>{s.label[props.lang]}</strong>
              <span class="small muted">
                {t('rateseditorChecked')} {s.lastChecked}
              </span>
            </div>
            <table class="grid small">
              <tbody>
                <tr>
                  {keys.map((k) => (
                    <th key={k}>{k}</th>
                  ))}
                </tr>
                <tr>
                  {keys.map((k) => (
                    <td
                      key={k}
                      class={s.values[k]!.provisional ? 'uncertain' : ''}
                      title={
                        s.values[k]!.source
                          ? `${t('rateseditorChecked2')} ${s.values[k]!.checked} : ${s.values[k]!.source}`
                          : undefined
                      }
                    >
                      {decimalText(s.values[k]!.percent, props.lang)}
                      {'\u00a0'}%{s.values[k]!.provisional ? ` (${t('rateseditorVerify')})` : ''}
                    </td>
                  ))}
                </tr>
              </tbody>
            </table>
            {id === 'fr-legal-pro' || id === 'fr-legal-private' ? (
              <p class="small muted">
                {id === 'fr-legal-pro'
                  ? t('rateseditorTheSeriesRelanceApplies')
                  : t('rateseditorSeriesForCreditorsWho')}
              </p>
            ) : null}
            {!s.values[current] ? (
              <p class="small warn">{t('rateseditorNoRateFor', current)}</p>
            ) : null}
          </div>
        );
      })}
      <form
        class="row"
        onSubmit={asyncHandler(
          async (e: Event) => {
            e.preventDefault();
            if (!/^\d{4}-H[12]$/.test(half) || !/^\d{1,3}(\.\d{1,4})?$/.test(percent)) {
              setMsg(t('rateseditorHalfYearYyyyH1'));
              return;
            }
            await props.onAdd(series, half, percent);
            setMsg('✓');
          },
          (err) => setMsg(errorText(err)[props.lang]),
        )}
      >
        <label>
          {t('rateseditorSeries')}
          <select
            value={series}
            onChange={(e) => setSeries((e.target as HTMLSelectElement).value as SeriesId)}
          >
            {(Object.keys(props.rates) as SeriesId[]).map((id) => (
              <option key={id} value={id}>
                {props.rates[id].label[props.lang]}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('rateseditorHalfYear')}
          <input
            value={half}
            onInput={(e) => setHalf((e.target as HTMLInputElement).value)}
            placeholder="2027-H1"
          />
        </label>
        <label>
          {t('rateseditorRate')}
          <input
            value={percent}
            onInput={(e) => setPercent((e.target as HTMLInputElement).value)}
            placeholder="2.15"
          />
        </label>
        <button type="submit">{t('rateseditorAdd')}</button>
        {msg ? <span role="status">{msg}</span> : null}
      </form>
    </div>
  );
}
