import type { MessageKey } from '@/lib/i18n/t';
import { translator } from '@/lib/i18n/t';
import { useState } from 'preact/hooks';
import { STEP_LABELS } from '@/lib/escalation/steps';
import { TONES, type Policy, type StepPolicy } from '@/lib/model/policy';
import type { T, UiLang } from '../i18n';
import { asyncHandler } from '../async-handler';

/** How a step reaches the client, as the user reads it. */
const CHANNELS: Record<StepPolicy['channel'], MessageKey> = {
  email: 'laddereditorEMail',
  phone: 'laddereditorPhone',
  letter: 'laddereditorLetter',
  'registered-letter': 'laddereditorRegisteredLetter',
  other: 'laddereditorOther',
  none: 'laddereditorNone',
};

/** The ladder: each step's delay after the due date, spacing, channel and tone. */
export function LadderEditor(props: {
  policy: Policy;
  lang: UiLang;
  t: T;
  onSave(p: Policy): Promise<void>;
}) {
  const [p, setP] = useState<Policy>(props.policy);
  const [msg, setMsg] = useState<string | null>(null);
  const t = translator(props.lang);
  const setStep = (id: string, patch: Partial<StepPolicy>) =>
    setP({ ...p, steps: p.steps.map((s) => (s.id === id ? { ...s, ...patch } : s)) });
  return (
    <form
      onSubmit={asyncHandler(
        async (e: Event) => {
          e.preventDefault();
          await props.onSave(p);
          setMsg('✓');
        },
        (err) => setMsg((err as Error).message),
      )}
    >
      <table class="grid">
        <thead>
          <tr>
            <th>{t('laddereditorStep')}</th>
            <th>{t('laddereditorOn')}</th>
            <th>{t('laddereditorDaysAfterDue')}</th>
            <th>{t('laddereditorMinGapD')}</th>
            <th>{t('laddereditorChannel')}</th>
            <th>{props.t('tone')}</th>
          </tr>
        </thead>
        <tbody>
          {p.steps.map((s) => (
            <tr key={s.id}>
              <td>{STEP_LABELS[s.id][props.lang]}</td>
              <td>
                <input
                  type="checkbox"
                  aria-label={STEP_LABELS[s.id][props.lang]}
                  checked={s.enabled}
                  onChange={(e) =>
                    setStep(s.id, { enabled: (e.target as HTMLInputElement).checked })
                  }
                />
              </td>
              <td>
                <input
                  type="number"
                  min={-60}
                  max={3650}
                  value={s.delayDays}
                  onInput={(e) =>
                    setStep(s.id, { delayDays: Number((e.target as HTMLInputElement).value) })
                  }
                />
              </td>
              <td>
                <input
                  type="number"
                  min={0}
                  max={365}
                  value={s.minGapDays}
                  onInput={(e) =>
                    setStep(s.id, { minGapDays: Number((e.target as HTMLInputElement).value) })
                  }
                />
              </td>
              <td>
                <select
                  value={s.channel}
                  onChange={(e) =>
                    setStep(s.id, {
                      channel: (e.target as HTMLSelectElement).value as StepPolicy['channel'],
                    })
                  }
                >
                  {(Object.keys(CHANNELS) as (keyof typeof CHANNELS)[]).map((c) => (
                    <option key={c} value={c}>
                      {t(CHANNELS[c])}
                    </option>
                  ))}
                </select>
              </td>
              <td>
                <select
                  value={s.tone}
                  onChange={(e) =>
                    setStep(s.id, {
                      tone: (e.target as HTMLSelectElement).value as StepPolicy['tone'],
                    })
                  }
                >
                  {TONES.map((x) => (
                    <option key={x} value={x}>
                      {props.t(x)}
                    </option>
                  ))}
                </select>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <div class="row">
        <label>
          {t('clientprofileMinimumDaysBetweenContacts')}
          <input
            type="number"
            min={0}
            max={365}
            value={p.minSpacingDays}
            onInput={(e) =>
              setP({ ...p, minSpacingDays: Number((e.target as HTMLInputElement).value) })
            }
          />
        </label>
        <label>
          {t('laddereditorGraceAfterAPromise')}
          <input
            type="number"
            min={0}
            max={365}
            value={p.promiseGraceDays}
            onInput={(e) =>
              setP({ ...p, promiseGraceDays: Number((e.target as HTMLInputElement).value) })
            }
          />
        </label>
        <label>
          {t('laddereditorDeadlineGivenByA')}
          <input
            type="number"
            min={1}
            max={365}
            value={p.noticeDeadlineDays}
            onInput={(e) =>
              setP({ ...p, noticeDeadlineDays: Number((e.target as HTMLInputElement).value) })
            }
          />
        </label>
      </div>
      <div class="row">
        <button class="primary" type="submit">
          {props.t('save')}
        </button>
        {msg ? <span role="status">{msg}</span> : null}
      </div>
      <p class="small muted">{t('laddereditorEachClientCanOverride')}</p>
    </form>
  );
}
