import { translator } from '@/lib/i18n/t';
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import './print.css';
import { Letter, LETTER_TITLES } from '@/components/letters/Letter';
import { loadState, type AppState } from '@/lib/app/state';
import { letterKind, letterLang, letterSuggestion } from '@/lib/app/letter-view';

/**
 * Printable A4 letters (formal notice, final notice by post, stop-work notice), the
 * statement of account and the evidence file. "Save as PDF" is the browser's print.
 * ?client=ID&kind=formal-notice|final-notice|stop-work|statement|evidence&lang=fr|en
 * This file is wiring: the layout is components/letters/, what it states lib/app/letter-view.ts.
 */
const q = new URLSearchParams(location.search);
const kind = letterKind(q.get('kind'));

function LetterPage() {
  const [state, setState] = useState<AppState | null>(null);
  useEffect(() => void loadState().then(setState), []);
  if (!state) return <p>…</p>;
  const client = state.ledger.clients.find((c) => c.id === q.get('client'));
  if (!client)
    return (
      <p role="alert">
        {q.get('client') ? `Client ${q.get('client')} introuvable / not found` : 'client=… ?'}
      </p>
    );
  const lang = letterLang(q.get('lang'), client);
  const t = translator(lang);
  const suggestion = letterSuggestion(state, client);
  document.documentElement.lang = lang;
  document.title = `${t(LETTER_TITLES[kind]!)} — ${client.name}`;
  return <Letter state={state} client={client} kind={kind} lang={lang} suggestion={suggestion} />;
}

render(<LetterPage />, document.getElementById('app')!);
