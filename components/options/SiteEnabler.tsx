import { useState } from 'preact/hooks';
import { siteOrigin } from '@/lib/app/site-scripts';
import { errorText } from '@/lib/model/text';
import { translator, type UiLang } from '../i18n';
import { asyncHandler } from '../async-handler';

/** An invoicing app the user names by its address: Relance asks the browser for that origin. */
export function SiteEnabler(props: {
  lang: UiLang;
  /** Asks the browser for the origin's permission; true when granted. */
  onEnable(origin: string): Promise<boolean>;
}) {
  const [origin, setOrigin] = useState('');
  const [msg, setMsg] = useState<string | null>(null);
  const t = translator(props.lang);
  return (
    <form
      class="row"
      onSubmit={asyncHandler(
        async (e: Event) => {
          e.preventDefault();
          const site = siteOrigin(origin);
          if (!site) {
            setMsg(t('optionsInvalidAddress'));
            return;
          }
          const ok = await props.onEnable(site);
          setMsg(ok ? t('optionsEnabledFor', site) : t('optionsPermissionRefused'));
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
