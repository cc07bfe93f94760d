import { useState } from 'preact/hooks';
import { JURISDICTIONS, JURISDICTION_IDS } from '@/lib/escalation/jurisdictions';
import type { Preferences } from '@/lib/settings';
import { errorText } from '@/lib/model/text';
import type { DraftLang } from '@/lib/drafts/kinds';
import { translator, type UiLang } from '../i18n';
import { asyncHandler } from '../async-handler';

/** The page's preferences: interface language, default jurisdiction and client language, the daily notification. */
export function PreferencesForm(props: {
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
