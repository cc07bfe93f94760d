import * as v from 'valibot';
import { STEP_IDS } from '../model/policy';
import { ClientSchema } from '../model/client';
import { NewEventSchema } from '../model/event';
import { date as day, email, minorPositive, text } from '../model/fields';
import { LANGUAGE_CODES, type UiLang } from '../i18n/languages';
import { DRAFT_LANGS } from '../drafts/kinds';

/**
 * A `Text` (one string per UI language, lib/model/text.ts) of at most `max` characters in each:
 * every language of lib/i18n/languages.ts, no other key.
 */
const textOf = (max: number) =>
  v.strictObject(
    Object.fromEntries(LANGUAGE_CODES.map((code) => [code, text(max)])) as Record<
      UiLang,
      ReturnType<typeof text>
    >,
  );

/**
 * Runtime schemas for every message: strict objects, bounded strings and numbers.
 * What a content script sends comes from someone else's page: it is data, checked here.
 */
// Strings are the ledger's own field schemas (lib/model/fields.ts): control and bidi
// characters are stripped before the bound is checked, as at every other boundary.
const date = v.nullable(v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/)));
const minor = v.nullable(v.pipe(v.number(), v.integer(), v.minValue(-1e15), v.maxValue(1e15)));
const conf = v.pipe(v.number(), v.minValue(0), v.maxValue(1));
const trace = v.strictObject({ confidence: conf, where: text(300) });

export const DetectedSchema = v.strictObject({
  invoiceNumber: v.nullable(text(100)),
  issueDate: date,
  dueDate: date,
  dueDateSource: v.picklist(['explicit', 'terms', 'label', 'none']),
  dueDateNote: v.optional(text(500)),
  currency: v.nullable(v.pipe(v.string(), v.regex(/^[A-Z]{3}$/))),
  totalWithTax: minor,
  paid: minor,
  amountDue: minor,
  sellerName: v.nullable(text(300)),
  buyerName: v.nullable(text(300)),
  sellerIds: v.pipe(v.array(text(60)), v.maxLength(10)),
  buyerIds: v.pipe(v.array(text(60)), v.maxLength(10)),
  buyerEmail: v.nullable(text(320)),
  isCreditNote: v.boolean(),
  paymentTerms: v.nullable(text(1000)),
  iban: v.nullable(text(60)),
  status: v.nullable(
    v.picklist(['paid', 'overdue', 'open', 'draft', 'cancelled', 'partially-paid']),
  ),
  confidence: conf,
  fields: v.record(v.pipe(v.string(), v.maxLength(40)), trace),
  warnings: v.pipe(v.array(textOf(600)), v.maxLength(50)),
});

export const RecordScanSchema = v.strictObject({
  url: text(2000),
  kind: v.picklist(['page', 'list', 'email']),
  invoices: v.pipe(v.array(DetectedSchema), v.minLength(1), v.maxLength(5000)),
  /** The user checked and saved these values in a form (the overlay's): they may settle an invoice recorded elsewhere. */
  confirmed: v.optional(v.boolean()),
});

export const PageLookupSchema = v.strictObject({
  /** The origin of the page the overlay stands on: only invoices first seen there are answered. */
  origin: v.pipe(v.string(), v.maxLength(300), v.regex(/^https?:\/\/[^/?#]+$/)),
  numbers: v.pipe(v.array(text(100)), v.maxLength(5000)),
  /** The buyer the page names, sent only when the user asks for that client's payment profile. */
  buyer: v.optional(v.strictObject({ name: v.nullable(text(300)), email: v.nullable(text(320)) })),
});
const token = v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/));
/** The invoice content script's reading of its page, for the overlay frame to show. */
export const OverlayOpenSchema = v.strictObject({
  url: text(2000),
  /** The page's language (its lang attribute), for the overlay's. */
  lang: v.optional(text(35)),
  kind: v.picklist(['invoice', 'list', 'none']),
  app: v.optional(text(100)),
  note: v.optional(textOf(600)),
  invoices: v.pipe(v.array(DetectedSchema), v.maxLength(5000)),
  missing: v.pipe(v.array(text(60)), v.maxLength(50)),
});
/** A mail content script asks for the compose panel of one compose. */
export const ComposePanelSchema = v.strictObject({
  composeId: text(100),
  recipients: v.pipe(v.array(v.pipe(v.string(), v.maxLength(320))), v.maxLength(100)),
});
export const ClaimSchema = v.strictObject({ token });
export const ComposeLookupSchema = v.strictObject({
  recipients: v.pipe(v.array(email), v.maxLength(100)),
});
export const ComposeSentSchema = v.strictObject({ composeId: text(100) });
export const ComposeSendingSchema = v.strictObject({
  composeId: text(100),
  popout: v.optional(v.boolean()),
});
export const SentElsewhereSchema = v.strictObject({
  noticeAt: v.pipe(v.number(), v.integer(), v.minValue(0)),
});
export const MarkSentSchema = v.strictObject({
  tabId: v.pipe(v.number(), v.integer(), v.minValue(0)),
  composeId: text(100),
});
/** Relance's own pages ask which sends closed without evidence, for one client or all. */
export const UnconfirmedListSchema = v.strictObject({ clientId: v.optional(text(200)) });
const unconfirmedId = v.pipe(v.string(), v.maxLength(120), v.regex(/^\d+:[^\s]+$/));
/** The user's word on one unconfirmed send, from a trusted click: it went. */
export const ConfirmSentSchema = v.strictObject({ id: unconfirmedId });
/** The user's word on one unconfirmed send: it did not go. */
export const DismissSentSchema = v.strictObject({ id: unconfirmedId });
export const OpenPanelSchema = v.strictObject({
  clientId: v.optional(text(200)),
  invoiceNumber: v.optional(text(100)),
});
export const PanelInsertSchema = v.strictObject({
  /** The mail tab; left out by the panel docked in that tab (the background takes the sender's tab). */
  tabId: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0))),
  composeId: text(100),
  subject: text(1000),
  text: text(100_000),
  html: text(300_000),
  clientId: text(200),
  step: v.nullable(v.picklist([...STEP_IDS, 'payment-plan', 'thank-you', 'agreement-recap'])),
  invoiceIds: v.pipe(v.array(text(200)), v.maxLength(500)),
});
export const LETTER_KINDS = [
  'formal-notice',
  'final-notice',
  'stop-work',
  'statement',
  'evidence',
] as const;
export const OpenLetterSchema = v.strictObject({
  clientId: text(200),
  kind: v.picklist(LETTER_KINDS),
  /** The letter's language: the client's (a draft language), not the UI's. */
  lang: v.picklist(DRAFT_LANGS),
});
export const ComposeInsertSchema = v.strictObject({
  composeId: text(100),
  subject: text(1000),
  text: text(100_000),
  html: text(300_000),
});
export const EmptySchema = v.optional(v.strictObject({}));

/** Events an extension page asks the background to record (the compose panel cannot open the database): the ledger's own event schema, without an id. */
export { NewEventSchema };
export const AddEventsSchema = v.strictObject({
  events: v.pipe(v.array(NewEventSchema), v.minLength(1), v.maxLength(50)),
});

/** `base`: the client as the form loaded it, so only what the user changed is applied (no lost update). */
export const SaveClientSchema = v.strictObject({
  client: ClientSchema,
  base: v.optional(ClientSchema),
});

/** A mail page asks which senders of the open conversation are clients with money owed. */
export const ReplyLookupSchema = v.strictObject({
  senders: v.pipe(v.array(email), v.minLength(1), v.maxLength(50)),
});
/** A reply the user confirmed in the mail page (one trusted click), to log as its event. */
export const ReplyLogSchema = v.strictObject({
  from: email,
  kind: v.picklist(['promise', 'paid', 'dispute', 'document', 'out-of-office']),
  sentence: v.pipe(v.string(), v.minLength(1), v.maxLength(2000)),
  messageDate: day,
  date: v.optional(day),
  amount: v.optional(minorPositive),
  document: v.optional(v.picklist(['invoice-copy', 'bank-details', 'purchase-order'])),
  /** The UI language the note is written in. */
  lang: v.picklist(LANGUAGE_CODES),
});
