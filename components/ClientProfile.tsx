import type { MessageKey } from '@/lib/i18n/t';
import { useState } from 'preact/hooks';
import type { Client, Insolvency, Lang, RedFlag } from '@/lib/model/client';
import { isCalendarDate } from '@/lib/model/dates';
import { RED_FLAGS } from '@/lib/model/client';
import { JURISDICTIONS, JURISDICTION_IDS } from '@/lib/escalation/jurisdictions';
import { STEP_LABELS } from '@/lib/escalation/steps';
import { recommendationText, type RiskProfile } from '@/lib/escalation/portfolio';
import { STEP_IDS, TONES, type Tone } from '@/lib/model/policy';
import { money } from './format';
import type { T, UiLang } from './i18n';
import { errorText } from '@/lib/model/text';
import { asyncHandler } from './async-handler';

const FLAG_LABEL: Record<RedFlag, MessageKey> = {
  'other-company': 'clientprofileAsksToInvoiceAnother',
  'cash-problems': 'clientprofileRaisesCashProblems',
  'no-written-agreement': 'clientprofileRefusesAWrittenAgreement',
  'unknown-company': 'clientprofileUnknownCompany',
};
/** The client's payment history, a plain recommendation, and the settings the ladder uses for them. */
export function ClientProfile(props: {
  profile: RiskProfile;
  client: Client;
  lang: UiLang;
  t: T;
  onSave(c: Client): Promise<void>;
}) {
  const { profile: p, lang, t } = props;
  const [c, setC] = useState<Client>(props.client);
  const [saved, setSaved] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const set = (patch: Partial<Client>) => {
    setC({ ...c, ...patch });
    setSaved(false);
  };
  const flags = new Set(c.redFlags ?? []);
  return (
    <section class="card client-profile" aria-label={t('riskProfile')}>
      <h2 style={{ marginTop: 0 }}>{t('riskProfile')}</h2>
      <p class="small">
        {t('clientprofileAverageDelay')}: <strong>{p.averageDaysLate ?? '—'}</strong>{' '}
        {t('daysLate')} · {t('clientprofileWorst')}: <strong>{p.worstDaysLate}</strong> ·{' '}
        {t('clientprofileHighestStep')}:{' '}
        <strong>{p.highestStep ? STEP_LABELS[p.highestStep][lang] : '—'}</strong> ·{' '}
        {t('clientprofileDisputes')}: <strong>{p.disputes}</strong>
        {[...p.openBalance].map(([cur, v]) => (
          <>
            {' '}
            · <span class="money">{money(v, cur, lang)}</span>
          </>
        ))}
      </p>
      <p class="recommendation">
        <strong>{t('recommendation')} :</strong> {recommendationText(p.recommendation, lang)}
        {p.recommendation.reasons.length ? (
          <span class="small muted">
            {' '}
            — {p.recommendation.reasons.map((r) => r[lang]).join(' ; ')}
          </span>
        ) : null}
      </p>
      <fieldset style={{ border: 0, padding: 0 }}>
        <legend class="small muted">{t('clientprofileRedFlags')}</legend>
        {RED_FLAGS.map((f) => (
          <label key={f} style={{ flexDirection: 'row', gap: '6px', marginRight: '10px' }}>
            <input
              type="checkbox"
              checked={flags.has(f)}
              onChange={(e) => {
                const next = new Set(flags);
                if ((e.target as HTMLInputElement).checked) next.add(f);
                else next.delete(f);
                set({ redFlags: [...next] });
              }}
            />
            {t(FLAG_LABEL[f])}
          </label>
        ))}
        <p class="small muted">{t('clientprofileRelanceConsultsNoOutside')}</p>
      </fieldset>
      <div class="row">
        <label>
          {t('language')}
          <select
            value={c.language}
            onChange={(e) => set({ language: (e.target as HTMLSelectElement).value as Lang })}
          >
            <option value="fr">Français</option>
            <option value="en">English</option>
          </select>
        </label>
        <label>
          {t('tone')}
          <select
            value={c.preferredTone ?? ''}
            onChange={(e) =>
              set({
                preferredTone: ((e.target as HTMLSelectElement).value || undefined) as
                  Tone | undefined,
              })
            }
          >
            <option value="">—</option>
            {TONES.map((x) => (
              <option key={x} value={x}>
                {t(x)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('clientprofileKind')}
          <select
            value={c.kind}
            onChange={(e) => set({ kind: (e.target as HTMLSelectElement).value as Client['kind'] })}
          >
            <option value="b2b">B2B</option>
            <option value="b2c">B2C</option>
            <option value="public">{t('clientprofilePublic')}</option>
          </select>
        </label>
        <label>
          {t('clientprofileJurisdiction')}
          <select
            value={c.jurisdiction ?? ''}
            onChange={(e) =>
              set({
                jurisdiction: ((e.target as HTMLSelectElement).value ||
                  undefined) as Client['jurisdiction'],
              })
            }
          >
            <option value="">—</option>
            {JURISDICTION_IDS.map((j) => (
              <option key={j} value={j}>
                {JURISDICTIONS[j].label[lang]}
              </option>
            ))}
          </select>
        </label>
      </div>
      <details class="small">
        <summary>{t('clientprofileThisClientSOwn')}</summary>
        <div class="row">
          {STEP_IDS.filter((id) => id !== 'courtesy').map((id) => {
            const off = c.policy?.steps?.some((x) => x.id === id && x.enabled === false) ?? false;
            return (
              <label key={id} style={{ flexDirection: 'row', gap: '6px' }}>
                <input
                  type="checkbox"
                  checked={!off}
                  onChange={(e) => {
                    const on = (e.target as HTMLInputElement).checked;
                    const steps = (c.policy?.steps ?? []).filter((x) => x.id !== id);
                    set({
                      policy: {
                        ...c.policy,
                        steps: on ? steps : [...steps, { id, enabled: false }],
                      },
                    });
                  }}
                />
                {STEP_LABELS[id][lang]}
              </label>
            );
          })}
          <label>
            {t('clientprofileMinimumDaysBetweenContacts')}
            <input
              type="number"
              min={0}
              max={365}
              value={c.policy?.minSpacingDays ?? ''}
              placeholder="—"
              onInput={(e) => {
                const v = (e.target as HTMLInputElement).value;
                set({
                  policy: {
                    ...c.policy,
                    minSpacingDays: v === '' ? undefined : Math.max(0, Math.min(365, Number(v))),
                  },
                });
              }}
            />
          </label>
        </div>
      </details>
      <div class="row">
        {(
          [
            ['keyAccount', t('clientprofileKeyAccount')],
            ['ongoingWork', t('clientprofileOngoingWork')],
            ['insolvency', t('clientprofileInsolvency')],
          ] as const
        ).map(([k, label]) => (
          <label key={k} style={{ flexDirection: 'row', gap: '6px' }}>
            <input
              type="checkbox"
              checked={!!c[k]}
              onChange={(e) => set({ [k]: (e.target as HTMLInputElement).checked })}
            />
            {label}
          </label>
        ))}
      </div>
      {c.insolvency ? (
        <div class="row" data-testid="insolvency-dates">
          {(
            [
              ['judgmentDate', t('clientprofileOpeningJudgmentDate')],
              ['publishedDate', t('clientprofileBodaccPublicationDate')],
            ] as const
          ).map(([k, label]) => (
            <label key={k}>
              {label}
              <input
                type="date"
                value={c.insolvency === true ? '' : ((c.insolvency as Insolvency)[k] ?? '')}
                onChange={(e) => {
                  const value = (e.target as HTMLInputElement).value;
                  const next: Insolvency = {
                    ...(c.insolvency === true ? {} : (c.insolvency as Insolvency)),
                  };
                  if (isCalendarDate(value)) next[k] = value;
                  else delete next[k];
                  set({ insolvency: next.judgmentDate || next.publishedDate ? next : true });
                }}
              />
            </label>
          ))}
          <p class="small muted">{t('clientprofileOpeningJudgmentStopsInterest')}</p>
        </div>
      ) : null}
      <div class="row">
        <button
          type="button"
          onClick={asyncHandler(
            async () => {
              setError(null);
              await props.onSave(c);
              setSaved(true);
            },
            (err) => setError(errorText(err)[lang]),
          )}
        >
          {t('save')}
        </button>
        {saved ? (
          <span role="status" class="small">
            ✓
          </span>
        ) : null}
        {error ? (
          <span role="alert" class="danger small">
            {error}
          </span>
        ) : null}
      </div>
    </section>
  );
}
