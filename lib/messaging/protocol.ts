import { defineExtensionMessaging } from '@webext-core/messaging';
import type * as v from 'valibot';
import type { Text } from '../model/text';
import type { RecordReport } from '../ledger/repo';
import type { AppState } from '../app/state';
import type { AddEventsSchema, SaveClientSchema, ComposeInsertSchema, ComposeLookupSchema, ComposeSentSchema, OpenLetterSchema, OpenPanelSchema, PageLookupSchema, PanelInsertSchema, RecordScanSchema } from './schemas';

/** Every answer says whether it worked and, if not, why. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: string; /** The reason in both languages, when the error has one. */ text?: Text };

export interface PageInvoiceStatus {
  number: string;
  tracked: boolean;
  status: string | null;
  daysLate: number;
  amountDue: string | null;
  nextStep: string | null;
  reason: { fr: string; en: string } | null;
}

export interface ClientSummary {
  name: string;
  averageDaysLate: number | null;
  worstDaysLate: number;
  highestStep: string | null;
  disputes: number;
  recommendation: { level: string; depositPercent: number; reasons: { fr: string; en: string }[] };
}

export interface ComposeMatch {
  clientId: string;
  clientName: string;
  overdueCount: number;
}

/** Content scripts and extension pages → background. */
export interface ToBackground {
  'scan:record'(data: v.InferOutput<typeof RecordScanSchema>): Result<RecordReport>;
  'page:lookup'(data: v.InferOutput<typeof PageLookupSchema>): Result<{ invoices: PageInvoiceStatus[]; client: ClientSummary | null }>;
  'compose:lookup'(data: v.InferOutput<typeof ComposeLookupSchema>): Result<ComposeMatch[]>;
  'compose:sent'(data: v.InferOutput<typeof ComposeSentSchema>): Result<{ logged: boolean }>;
  /** Send was clicked: if the tab then closes (a pop-out window closes itself once sent), the background logs it. */
  'compose:sending'(data: v.InferOutput<typeof ComposeSentSchema>): Result<{ pending: boolean }>;
  'panel:open'(data: v.InferOutput<typeof OpenPanelSchema>): Result<null>;
  /** A printable letter in a new tab (the panel docked in a mail app has no tabs API in Firefox). */
  'letter:open'(data: v.InferOutput<typeof OpenLetterSchema>): Result<null>;
  'panel:insert'(data: v.InferOutput<typeof PanelInsertSchema>): Result<{ inserted: boolean }>;
  'ledger:changed'(data: Record<string, never> | undefined): Result<null>;
  /** For extension pages that cannot open the database themselves (the panel framed in a mail app). */
  'ledger:state'(data: Record<string, never> | undefined): Result<AppState>;
  'ledger:add-events'(data: v.InferOutput<typeof AddEventsSchema>): Result<null>;
  'ledger:save-client'(data: v.InferOutput<typeof SaveClientSchema>): Result<null>;
}

/** Background → a tab's content script. */
export interface ToTab {
  'compose:insert'(data: v.InferOutput<typeof ComposeInsertSchema>): Result<{ inserted: boolean }>;
  'compose:list'(data: Record<string, never> | undefined): Result<{ id: string; recipients: string[]; subject: string }[]>;
}

export const toBackground = defineExtensionMessaging<ToBackground>();
export const toTab = defineExtensionMessaging<ToTab>();
