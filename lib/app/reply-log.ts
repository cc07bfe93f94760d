import { addDays, formatDate, maxDate, type CalendarDate } from '../model/dates';
import type { NewEvent } from '../model/event';
import type { ReplyKind } from '../replies/classify';
import type { UiLang } from '../i18n/languages';
import { translator, type MessageKey } from '../i18n/t';

/**
 * A client's reply, confirmed by the user in the mail page, as the ledger event it stands
 * for — the planner then pauses or changes the next step as it does for those events:
 * - a promise to pay → `promise` until the date promised;
 * - "it is paid" → a pause while the user checks the bank (never a payment by itself);
 * - a dispute → `dispute` with the client's sentence as the reason;
 * - a request for a document → a pause to answer it;
 * - an out-of-office → a pause until the return date.
 * The note keeps the evidence: who wrote, the day they wrote, and their own sentence
 * (not the whole mail).
 */
export interface ConfirmedReply {
  kind: ReplyKind;
  clientId: string;
  invoiceIds: string[];
  /** The sender's address, as the mail app shows it. */
  from: string;
  /** The day the client's message was sent. */
  messageDate: CalendarDate;
  /** The client's sentence the finding came from. */
  sentence: string;
  /** The date the user confirmed: promised, paid on, or back on. */
  date?: CalendarDate;
  amount?: number;
  document?: 'invoice-copy' | 'bank-details' | 'purchase-order';
  /** The UI language the note is written in. */
  lang: UiLang;
}

/** Days the ladder waits while the user checks a payment the client announced, or answers a request. */
export const CHECK_DAYS = 7;

const QUOTE_MAX = 600;

export function replyEvidence(
  r: Pick<ConfirmedReply, 'from' | 'messageDate' | 'sentence' | 'lang'>,
): string {
  const quote =
    r.sentence.length > QUOTE_MAX ? `${r.sentence.slice(0, QUOTE_MAX - 1)}…` : r.sentence;
  return translator(r.lang)('replyEvidence', r.from, formatDate(r.messageDate, r.lang), quote);
}

const DOCUMENT_TEXT = {
  'invoice-copy': 'replyDocumentInvoiceCopy',
  'bank-details': 'replyDocumentBankDetails',
  'purchase-order': 'replyDocumentPurchaseOrder',
} as const satisfies Record<NonNullable<ConfirmedReply['document']>, MessageKey>;

export function documentText(d: NonNullable<ConfirmedReply['document']>, lang: UiLang): string {
  return translator(lang)(DOCUMENT_TEXT[d]);
}

export class ReplyError extends Error {}

export function replyEvent(r: ConfirmedReply): NewEvent {
  const evidence = replyEvidence(r);
  const quote =
    r.sentence.length > QUOTE_MAX ? `${r.sentence.slice(0, QUOTE_MAX - 1)}…` : r.sentence;
  const reply = { kind: r.kind, date: r.messageDate, from: r.from.toLowerCase(), quote };
  const base = { clientId: r.clientId, invoiceIds: r.invoiceIds, date: r.messageDate, reply };
  const later = (d: CalendarDate | undefined) => maxDate(d, r.messageDate) ?? r.messageDate;
  const t = translator(r.lang);
  switch (r.kind) {
    case 'promise':
      if (!r.date) throw new ReplyError(t('replyEnterPromiseDate'));
      return {
        ...base,
        type: 'promise',
        until: later(r.date),
        ...(r.amount ? { amount: r.amount } : {}),
        note: evidence,
      };
    case 'paid': {
      const said = t('replyPaidAnnounced');
      return {
        ...base,
        type: 'snooze',
        until: addDays(later(r.date), CHECK_DAYS),
        note: `${said}. ${evidence}`,
      };
    }
    case 'dispute':
      return { ...base, type: 'dispute', reason: r.sentence.slice(0, QUOTE_MAX), note: evidence };
    case 'document': {
      const what = r.document ? documentText(r.document, r.lang) : t('replyDocumentAny');
      const said = t('replyClientAsks', what);
      return {
        ...base,
        type: 'snooze',
        until: addDays(r.messageDate, CHECK_DAYS),
        note: `${said}. ${evidence}`,
      };
    }
    case 'out-of-office': {
      if (!r.date) throw new ReplyError(t('replyEnterReturnDate'));
      const said = t('replyAwayBackOn');
      return {
        ...base,
        type: 'snooze',
        until: later(r.date),
        note: `${said} ${formatDate(r.date, r.lang)}. ${evidence}`,
      };
    }
  }
}

/** What the background needs of a client to log a reply: its invoices still owed and its history. */
export interface ReplyClientSlice {
  client: { id: string };
  invoices: { id: string; status: string; amountDue: number; isCreditNote?: boolean }[];
  events: { note?: string }[];
}

/** Invoices a reply concerns: all of the client's invoices still owed (one message per client). */
export function owedInvoiceIds(slice: ReplyClientSlice): string[] {
  return slice.invoices
    .filter(
      (i) =>
        i.amountDue > 0 &&
        !['paid', 'cancelled', 'credit-note'].includes(i.status) &&
        !i.isCreditNote,
    )
    .map((i) => i.id);
}

/** A reply already logged: the same sentence in the client's history. */
export function alreadyLogged(slice: ReplyClientSlice, sentence: string): boolean {
  const s = sentence.length > QUOTE_MAX ? sentence.slice(0, QUOTE_MAX - 1) : sentence;
  return slice.events.some((e) => e.note?.includes(s));
}

/**
 * Of a conversation's senders, those who are clients with money owed, each with the notes
 * already in its history (a reply logged once is not offered again).
 */
export function replyClients(
  slices: (ReplyClientSlice & { client: { emails: string[] } })[],
  senders: string[],
): { email: string; notes: string[] }[] {
  return slices
    .filter((s) => owedInvoiceIds(s).length > 0)
    .flatMap((s) =>
      s.client.emails
        .filter((e) => senders.includes(e))
        .map((email) => ({
          email,
          notes: s.events.flatMap((e) => (e.note ? [e.note] : [])).slice(-50),
        })),
    );
}
