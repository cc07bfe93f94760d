import { useState } from 'preact/hooks';
import { ask } from '@/lib/app/ledger-access';
import type { ComposeTarget } from '@/lib/app/compose-target';
import { translator, type UiLang } from '../i18n';

/**
 * Relance logs a send only on the mail app's evidence; when there is none (the app changed,
 * the tab closed during Undo), the user says it with one click.
 */
export function SentByHand(props: {
  target: ComposeTarget;
  lang: UiLang;
  reload(): Promise<void>;
}) {
  const { lang } = props;
  const [state, setState] = useState<'idle' | 'logged' | 'none'>('idle');
  const t = translator(lang);
  return (
    <p class="row small">
      {state === 'idle' ? (
        <button
          type="button"
          onClick={() =>
            void (async () => {
              // No answer (the extension reloaded): nothing was recorded, and nothing throws
              // (reload shows its own failure), so there is nothing left to report here.
              const res = await ask('panel:mark-sent', props.target).catch(() => null);
              setState(res?.ok && res.value.logged ? 'logged' : 'none');
              await props.reload();
            })()
          }
        >
          {t('sidepanelISentIt')}
        </button>
      ) : null}
      <span role="status" class="muted">
        {state === 'logged'
          ? t('sidepanelReminderRecordedAsSent')
          : state === 'none'
            ? t('sidepanelAlreadyRecordedOrNothing')
            : t('sidepanelRelanceRecordsTheSend')}
      </span>
    </p>
  );
}
