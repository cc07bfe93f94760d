import { renderDraft, suggestionFacts, type Draft } from '../drafts/render';
import { DRAFT_LANGS, type DraftKind, type DraftLang } from '../drafts/kinds';
import { planClient, type Suggestion } from '../escalation/plan';
import type { Client } from '../model/client';
import type { LedgerEvent } from '../model/event';
import type { Sender } from '../model/sender';
import type { AppState } from './state';

/**
 * What the printable page (entrypoints/letter) shows, apart from its layout
 * (components/letters/): which client, in which language, with which plan and draft.
 * ?client=ID&kind=formal-notice|final-notice|stop-work|statement|evidence&lang=fr|en
 */
export type LetterKind = DraftKind | 'statement' | 'evidence';

/** The page's kind; a formal notice when the query names none. */
export const letterKind = (asked: string | null) => (asked ?? 'formal-notice') as LetterKind;

/** The language asked for, else the client's own. */
export function letterLang(asked: string | null, client: Pick<Client, 'language'>): DraftLang {
  return DRAFT_LANGS.find((l) => l === asked) ?? client.language;
}

/** The client's plan today, as the letter states it. */
export function letterSuggestion(state: AppState, client: Client): Suggestion | null {
  return planClient({
    client,
    invoices: state.ledger.invoices.filter((i) => i.clientId === client.id),
    events: state.ledger.events.filter((e) => e.clientId === client.id),
    policy: state.policy,
    today: state.today,
    options: { rates: state.rates, senderCountry: state.sender.country },
  });
}

/** The letter's text, in its formal tone; none for the statement and the evidence file. */
export function letterDraft(
  state: Pick<AppState, 'sender' | 'today' | 'templates' | 'policy'>,
  q: { client: Client; kind: LetterKind; lang: DraftLang; suggestion: Suggestion },
): Draft | null {
  const { client, kind, lang, suggestion: s } = q;
  if (kind === 'statement' || kind === 'evidence') return null;
  return renderDraft({
    kind,
    lang,
    tone: 'formal',
    client,
    sender: state.sender,
    ...suggestionFacts(s),
    today: state.today,
    overrides: state.templates,
    deadlineDays: state.policy.noticeDeadlineDays,
  });
}

/** Where the letter is written from: the town of the sender's address (its last part, no postcode). */
export function letterPlace(sender: Pick<Sender, 'address'>): string | undefined {
  return sender.address?.split(/[,\n]/).pop()?.replace(/\d{5}/, '').trim();
}

/** The reminders sent to the client with their text, as the evidence file reproduces them. */
export function sentReminders(events: LedgerEvent[], clientId: string) {
  return events.filter(
    (e): e is Extract<LedgerEvent, { type: 'reminder' }> =>
      e.clientId === clientId && e.type === 'reminder' && !!(e.subject || e.body),
  );
}
