import { useEffect, useState } from 'preact/hooks';
import type { T, UiLang } from './i18n';
import { dateTime } from './format';
import { ask } from '@/lib/app/ledger-access';
import type { Unconfirmed } from '@/lib/app/send-log';

/**
 * Reminders whose compose closed after Send without the mail app's evidence (Outlook's
 * pop-out, a tab closed during Gmail's undo): Relance never logs them by itself, the user
 * says whether they went. Only a trusted click acts: a page script cannot answer for them.
 */
export function UnconfirmedSends(props: {
  /** One client's (the side panel), or every client's when absent (the popup). */
  clientId?: string;
  nameOf(clientId: string): string;
  lang: UiLang;
  t: T;
  reload(): Promise<void>;
}) {
  const { clientId, lang, t } = props;
  const [items, setItems] = useState<Unconfirmed[]>([]);
  const refresh = async () => {
    // No answer (the extension reloaded): nothing to offer, and nothing throws.
    const res = await ask('sent:unconfirmed', clientId ? { clientId } : {}).catch(() => null);
    setItems(res?.ok ? res.value : []);
  };
  useEffect(() => void refresh(), [clientId]);
  const answer = async (event: MouseEvent, id: string, sent: boolean) => {
    if (!event.isTrusted) return;
    await (sent ? ask('sent:confirm', { id }) : ask('sent:dismiss', { id })).catch(() => null);
    await refresh();
    if (sent) await props.reload();
  };
  if (!items.length) return null;
  return (
    <section class="card warn unconfirmed-sends">
      {items.map((u) => (
        <p key={u.id} class="row small" data-unconfirmed={u.id}>
          <span title={u.subject}>
            {t('sidepanelUnconfirmedSend', dateTime(u.sendingAt, lang), props.nameOf(u.clientId))}
          </span>
          <button type="button" onClick={(e) => void answer(e, u.id, true)}>
            {t('sidepanelISentIt')}
          </button>
          <button type="button" onClick={(e) => void answer(e, u.id, false)}>
            {t('sidepanelNotSent')}
          </button>
        </p>
      ))}
    </section>
  );
}
