import { defineExtensionMessaging } from '@webext-core/messaging';
import type * as v from 'valibot';
import type { Text } from '../model/text';
import type { RecordReport } from '../ledger/repo';
import type { AppState } from '../app/state';
import type { ComposeGrant, OverlayGrant } from '../app/grants';
import type { Unconfirmed } from '../app/send-log';
import type {
  ClaimSchema,
  ComposePanelSchema,
  OverlayOpenSchema,
  AddEventsSchema,
  SaveClientSchema,
  ComposeInsertSchema,
  ComposeLookupSchema,
  ComposeSendingSchema,
  ComposeSentSchema,
  MarkSentSchema,
  SentElsewhereSchema,
  UnconfirmedListSchema,
  ConfirmSentSchema,
  DismissSentSchema,
  OpenLetterSchema,
  OpenPanelSchema,
  PageLookupSchema,
  PanelInsertSchema,
  RecordScanSchema,
  ReplyLogSchema,
  ReplyLookupSchema,
} from './schemas';

/** Every answer says whether it worked and, if not, why. */
export type Result<T> =
  | { ok: true; value: T }
  | {
      ok: false;
      error: string;
      /** The reason in both languages, when the error has one. */ text?: Text;
    };

export interface PageInvoiceStatus {
  number: string;
  tracked: boolean;
  status: string | null;
  daysLate: number;
  amountDue: string | null;
  nextStep: string | null;
  reason: Text | null;
}

export interface ClientSummary {
  name: string;
  averageDaysLate: number | null;
  worstDaysLate: number;
  highestStep: string | null;
  disputes: number;
  recommendation: { level: string; depositPercent: number; reasons: Text[] };
}

/** A sender of an open conversation who is a client with money owed. */
export interface ReplyClient {
  email: string;
  /** The notes already in the client's history: a reply logged once is not offered again. */
  notes: string[];
}

export interface ComposeMatch {
  clientId: string;
  clientName: string;
  overdueCount: number;
}

/** Content scripts and extension pages → background. */
export interface ToBackground {
  'scan:record'(data: v.InferOutput<typeof RecordScanSchema>): Result<RecordReport>;
  /** From the overlay frame (an extension page): statuses for one origin; the profile only when the user asked. */
  'page:lookup'(
    data: v.InferOutput<typeof PageLookupSchema>,
  ): Result<{ invoices: PageInvoiceStatus[]; client: ClientSummary | null }>;
  'reply:lookup'(data: v.InferOutput<typeof ReplyLookupSchema>): Result<ReplyClient[]>;
  'reply:log'(
    data: v.InferOutput<typeof ReplyLogSchema>,
  ): Result<{ logged: boolean; duplicate: boolean }>;
  /** The invoice content script's reading of its page → a single-use token for the overlay frame. */
  'overlay:open'(data: v.InferOutput<typeof OverlayOpenSchema>): Result<{ token: string }>;
  'overlay:claim'(data: v.InferOutput<typeof ClaimSchema>): Result<OverlayGrant | null>;
  /** A mail content script, on a trusted click on its button → a single-use token for the compose panel. */
  'compose:panel'(data: v.InferOutput<typeof ComposePanelSchema>): Result<{ token: string }>;
  'panel:claim'(data: v.InferOutput<typeof ClaimSchema>): Result<ComposeGrant | null>;
  'compose:lookup'(data: v.InferOutput<typeof ComposeLookupSchema>): Result<ComposeMatch[]>;
  'compose:sent'(data: v.InferOutput<typeof ComposeSentSchema>): Result<{ logged: boolean }>;
  /** A trusted Send in that compose: nothing is logged until the page sees the mail app's evidence (compose:sent). */
  'compose:sending'(data: v.InferOutput<typeof ComposeSendingSchema>): Result<{ pending: boolean }>;
  /** Gmail's "Message sent" notice matched no compose of that tab (a pop-out window's, closed): the background matches it. */
  'compose:sent-elsewhere'(
    data: v.InferOutput<typeof SentElsewhereSchema>,
  ): Result<{ logged: boolean }>;
  /** The user says the reminder Relance inserted into that compose was sent ("Je l'ai envoyé"). */
  'panel:mark-sent'(data: v.InferOutput<typeof MarkSentSchema>): Result<{ logged: boolean }>;
  /** The sends whose compose closed after Send without the mail app's evidence: the user says whether they went. */
  'sent:unconfirmed'(data: v.InferOutput<typeof UnconfirmedListSchema>): Result<Unconfirmed[]>;
  /** "Je l'ai envoyé" on an unconfirmed send: logged once. */
  'sent:confirm'(data: v.InferOutput<typeof ConfirmSentSchema>): Result<{ logged: boolean }>;
  /** "Non, pas envoyée": forgotten, nothing logged. */
  'sent:dismiss'(data: v.InferOutput<typeof DismissSentSchema>): Result<{ dismissed: boolean }>;
  'panel:open'(data: v.InferOutput<typeof OpenPanelSchema>): Result<null>;
  /** A printable letter in a new tab (the panel docked in a mail app has no tabs API in Firefox). */
  'letter:open'(data: v.InferOutput<typeof OpenLetterSchema>): Result<null>;
  'panel:insert'(
    data: v.InferOutput<typeof PanelInsertSchema>,
  ): Result<{ inserted: boolean; tabId: number }>;
  'ledger:changed'(data: Record<string, never> | undefined): Result<null>;
  /** For extension pages that cannot open the database themselves (the panel framed in a mail app). */
  'ledger:state'(data: Record<string, never> | undefined): Result<AppState>;
  'ledger:add-events'(data: v.InferOutput<typeof AddEventsSchema>): Result<null>;
  'ledger:save-client'(data: v.InferOutput<typeof SaveClientSchema>): Result<null>;
}

/** Background → a tab's content script. */
export interface ToTab {
  'compose:insert'(data: v.InferOutput<typeof ComposeInsertSchema>): Result<{ inserted: boolean }>;
  'compose:list'(
    data: Record<string, never> | undefined,
  ): Result<{ id: string; recipients: string[]; subject: string }[]>;
}

export const toBackground = defineExtensionMessaging<ToBackground>();
export const toTab = defineExtensionMessaging<ToTab>();
