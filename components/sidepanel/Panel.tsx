import { useEffect, useState } from 'preact/hooks';
import type { ActionKind } from '../ActionForm';
import { translator, type T } from '../i18n';
import type { AppState } from '@/lib/app/state';
import type { PanelContext } from '@/lib/app/compose-target';
import { uiLangFor } from '@/lib/app/ledger-access';
import { panelClient } from '@/lib/app/panel-client';
import { ClientSection, type PanelActions } from './ClientSection';

/**
 * The side panel, and the compose panel docked in Gmail/Outlook (the same page in an
 * iframe): the clients to choose from, or one client.
 */
export function Panel(props: {
  context: PanelContext;
  /** Framed in a mail app. */
  framed: boolean;
  loadState(): Promise<AppState>;
  actions: PanelActions;
}) {
  const { context, framed } = props;
  const composeId = context.composeId;
  const recipients = context.recipients;
  const [state, setState] = useState<AppState | null>(null);
  const [clientId, setClientId] = useState<string | null>(context.clientId);
  const [action, setAction] = useState<ActionKind | null>(null);
  const [error, setError] = useState<string | null>(null);
  const reload = () => props.loadState().then(setState, (e: Error) => setError(e.message));
  useEffect(() => void reload(), []);
  if (error)
    return (
      <p role="alert" class="danger">
        {error}
      </p>
    );
  if (!state) return <p class="muted">…</p>;
  const lang = uiLangFor(state.preferences.uiLang);
  const t: T = translator(lang);
  document.documentElement.lang = lang;
  const client = panelClient(state, {
    clientId,
    recipients,
    invoiceNumber: context.invoiceNumber,
  });

  return (
    <main style={{ padding: '12px', maxWidth: '760px' }}>
      <header class="spread">
        <h1>{t('appName')}</h1>
        {client && !composeId ? (
          <button type="button" onClick={() => setClientId(null)}>
            ←
          </button>
        ) : null}
      </header>
      {!client ? (
        <section>
          {composeId ? (
            <p class="muted">{recipients.length ? recipients.join(', ') : t('noClient')}</p>
          ) : null}
          <p class="muted">{t('chooseClient')}</p>
          <ul style={{ listStyle: 'none', padding: 0 }}>
            {state.suggestions.map((s) => (
              <li key={s.clientId}>
                <button
                  type="button"
                  class="card"
                  style={{ width: '100%', textAlign: 'left' }}
                  onClick={() => setClientId(s.clientId)}
                >
                  <strong class="client-name" title={s.clientName}>
                    {s.clientName}
                  </strong>{' '}
                  <span class={`pill ${s.status}`}>
                    {t(s.status === 'due' ? 'dueNow' : s.status)}
                  </span>
                  <span class="small" style={{ display: 'block' }}>
                    {s.reason[lang]}
                  </span>
                </button>
              </li>
            ))}
          </ul>
        </section>
      ) : (
        <ClientSection
          state={state}
          client={client}
          lang={lang}
          t={t}
          action={action}
          setAction={setAction}
          reload={reload}
          composing={!!composeId}
          framed={framed}
          actions={props.actions}
        />
      )}
    </main>
  );
}
