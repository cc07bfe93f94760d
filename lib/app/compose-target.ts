import type { Draft } from '../drafts/render';
import type { DraftKind } from '../drafts/kinds';
import type { Suggestion } from '../escalation/plan';
import type { UiLang } from '../i18n/languages';
import { translator } from '../i18n/t';
import type { Client } from '../model/client';
import type { AnswerOf, DataOf } from '../messaging/port';
import type { ToTab } from '../messaging/protocol';
import { tokenFromHash, type ComposeGrant } from './grants';

/**
 * Which compose the side panel writes into. Framed in a mail app, the panel takes its compose
 * and recipients only from the single-use grant our mail content script asked for, never from
 * its URL (any page of the mail app can frame sidepanel.html with any query, invisibly:
 * clickjacking); as a page of its own, from its query.
 */
export interface PanelContext {
  /** The compose the panel was opened for, if any. */
  composeId: string | null;
  /** Its tab, when the panel knows it (a framed panel does not: the background does). */
  composeTab: number | null;
  /** The compose's recipients, lower case. */
  recipients: string[];
  /** ?client= and ?invoice= of a panel opened on a client or an invoice. */
  clientId: string | null;
  invoiceNumber: string | null;
}

const addresses = (list: string[]) => list.map((s) => s.trim().toLowerCase()).filter(Boolean);

/** The context of a panel opened as a page of its own, from its query. */
export function contextFromQuery(params: URLSearchParams): PanelContext {
  return {
    composeId: params.get('compose'),
    composeTab: params.get('tab') ? Number(params.get('tab')) : null,
    recipients: addresses((params.get('to') ?? '').split(',')),
    clientId: params.get('client'),
    invoiceNumber: params.get('invoice'),
  };
}

/**
 * The panel's context, or null when a framed panel has no valid grant (it then shows nothing).
 * `claim` redeems the token (the background answers once per token).
 */
export async function panelContext(input: {
  framed: boolean;
  params: URLSearchParams;
  hash: string;
  claim(token: string): Promise<ComposeGrant | null>;
}): Promise<PanelContext | null> {
  if (!input.framed) return contextFromQuery(input.params);
  const token = tokenFromHash(input.hash);
  if (!token) return null;
  const grant = await input.claim(token);
  if (!grant) return null;
  return {
    composeId: grant.compose,
    composeTab: null,
    recipients: addresses(grant.to),
    clientId: null,
    invoiceNumber: null,
  };
}

/** Where the last draft went, for "I sent it". */
export interface ComposeTarget {
  tabId: number;
  composeId: string;
}

type ComposeList = ReturnType<ToTab['compose:list']>;

/** Of the composes open in a tab, the one written to this client, else the first. */
export function composeFor(
  composes: { id: string; recipients: string[] }[],
  client: Pick<Client, 'emails'>,
): string | null {
  return (
    (composes.find((c) => c.recipients.some((r) => client.emails.includes(r))) ?? composes[0])
      ?.id ?? null
  );
}

/** What inserting needs from the browser and the background (a test gives its own). */
export interface InsertChannels {
  framed: boolean;
  /** The background's panel:insert. */
  insert(data: DataOf<'panel:insert'>): Promise<AnswerOf<'panel:insert'>>;
  /** The focused window's active tab. */
  activeTab(): Promise<number | undefined>;
  /** The composes open in a tab, as its mail content script lists them. */
  composes(tabId: number): Promise<ComposeList>;
}

/**
 * Inserts a draft into the compose it is for: the panel's own compose (docked, the background
 * takes the mail tab from the message's sender: a framed extension page has no tabs API in
 * Firefox), else the active tab's compose written to this client, else its first compose.
 * The answer is null when it was inserted, else what went wrong, in the panel's language.
 */
export async function insertDraft(
  input: {
    draft: Pick<Draft, 'subject' | 'text' | 'html'>;
    kind: DraftKind;
    suggestion: Pick<Suggestion, 'invoices'>;
    client: Pick<Client, 'id' | 'emails'>;
    lang: UiLang;
    context: Pick<PanelContext, 'composeId' | 'composeTab'>;
    /** Told where the draft went, for "I sent it". */
    inserted(target: ComposeTarget): void;
  },
  channels: InsertChannels,
): Promise<string | null> {
  const { draft, kind, suggestion, client } = input;
  let tabId = input.context.composeTab;
  let target = input.context.composeId;
  const message = {
    subject: draft.subject,
    text: draft.text,
    html: draft.html,
    clientId: client.id,
    step: kind,
    invoiceIds: suggestion.invoices.map((i) => i.invoiceId),
  };
  if (target && tabId === null && channels.framed) {
    const res = await channels.insert({ composeId: target, ...message });
    if (res.ok) input.inserted({ tabId: res.value.tabId, composeId: target });
    return res.ok ? null : res.error;
  }
  if (tabId === null || !target) {
    const t = translator(input.lang);
    const active = await channels.activeTab();
    if (!active) return t('sidepanelNoActiveTab');
    tabId = active;
    try {
      const list = await channels.composes(tabId);
      if (!list.ok) return list.error;
      if (!list.value.length) return t('sidepanelNoComposeWindowOpen');
      target = composeFor(list.value, client)!;
    } catch {
      return t('sidepanelTheActiveTabIs');
    }
  }
  const res = await channels.insert({ tabId, composeId: target, ...message });
  if (res.ok) input.inserted({ tabId, composeId: target });
  return res.ok ? null : res.error;
}
