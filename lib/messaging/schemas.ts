import * as v from 'valibot';
import { STEP_IDS } from '../model/policy';
import { ClientSchema } from '../ledger/file-format';

/**
 * Runtime schemas for every message: strict objects, bounded strings and numbers.
 * What a content script sends comes from someone else's page: it is data, checked here.
 */
const text = (max: number) => v.pipe(v.string(), v.maxLength(max));
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
  status: v.nullable(v.picklist(['paid', 'overdue', 'open', 'draft', 'cancelled', 'partially-paid'])),
  confidence: conf,
  fields: v.record(v.pipe(v.string(), v.maxLength(40)), trace),
  warnings: v.pipe(v.array(v.strictObject({ fr: text(600), en: text(500) })), v.maxLength(50)),
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
  note: v.optional(v.strictObject({ fr: text(600), en: text(500) })),
  invoices: v.pipe(v.array(DetectedSchema), v.maxLength(5000)),
  missing: v.pipe(v.array(text(60)), v.maxLength(50)),
});
/** A mail content script asks for the compose panel of one compose. */
export const ComposePanelSchema = v.strictObject({ composeId: text(100), recipients: v.pipe(v.array(v.pipe(v.string(), v.maxLength(320))), v.maxLength(100)) });
export const ClaimSchema = v.strictObject({ token });
export const ComposeLookupSchema = v.strictObject({ recipients: v.pipe(v.array(v.pipe(v.string(), v.maxLength(320), v.email())), v.maxLength(100)) });
export const ComposeSentSchema = v.strictObject({ composeId: text(100) });
export const ComposeSendingSchema = v.strictObject({ composeId: text(100), popout: v.optional(v.boolean()) });
export const SentElsewhereSchema = v.strictObject({ noticeAt: v.pipe(v.number(), v.integer(), v.minValue(0)) });
export const MarkSentSchema = v.strictObject({ tabId: v.pipe(v.number(), v.integer(), v.minValue(0)), composeId: text(100) });
export const OpenPanelSchema = v.strictObject({ clientId: v.optional(text(200)), invoiceNumber: v.optional(text(100)) });
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
export const LETTER_KINDS = ['formal-notice', 'final-notice', 'stop-work', 'statement', 'evidence'] as const;
export const OpenLetterSchema = v.strictObject({ clientId: text(200), kind: v.picklist(LETTER_KINDS), lang: v.picklist(['fr', 'en']) });
export const ComposeInsertSchema = v.strictObject({ composeId: text(100), subject: text(1000), text: text(100_000), html: text(300_000) });
export const EmptySchema = v.optional(v.strictObject({}));

const id = v.pipe(v.string(), v.minLength(1), v.maxLength(200));
const day = v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/));
const eventBase = { clientId: id, invoiceIds: v.pipe(v.array(id), v.maxLength(500)), date: day, note: v.optional(text(5000)) };
const step = v.picklist(STEP_IDS);
const amount = v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(1e15));

/** Events an extension page asks the background to record (the compose panel cannot open the database). */
export const NewEventSchema = v.variant('type', [
  v.strictObject({ ...eventBase, type: v.literal('reminder'), step, channel: v.picklist(['email', 'phone', 'letter', 'registered-letter', 'other']), subject: v.optional(text(1000)), body: v.optional(text(100_000)) }),
  v.strictObject({ ...eventBase, type: v.literal('call'), outcome: v.picklist(['reached', 'no-answer', 'promise', 'dispute', 'wrong-contact']), promiseDate: v.optional(day), promiseAmount: v.optional(amount) }),
  v.strictObject({ ...eventBase, type: v.literal('letter'), step, trackingNumber: v.optional(text(100)) }),
  v.strictObject({ ...eventBase, type: v.literal('payment'), amount, currency: v.pipe(v.string(), v.regex(/^[A-Z]{3}$/)) }),
  v.strictObject({ ...eventBase, type: v.literal('promise'), until: day, amount: v.optional(amount) }),
  v.strictObject({ ...eventBase, type: v.literal('dispute'), reason: text(2000) }),
  v.strictObject({ ...eventBase, type: v.literal('dispute-resolved') }),
  v.strictObject({ ...eventBase, type: v.literal('snooze'), until: day }),
  v.strictObject({ ...eventBase, type: v.literal('payment-plan'), until: day }),
  v.strictObject({ ...eventBase, type: v.literal('note') }),
]);
export const AddEventsSchema = v.strictObject({ events: v.pipe(v.array(NewEventSchema), v.minLength(1), v.maxLength(50)) });

export const SaveClientSchema = v.strictObject({ client: ClientSchema });

/** A mail page asks which senders of the open conversation are clients with money owed. */
export const ReplyLookupSchema = v.strictObject({ senders: v.pipe(v.array(v.pipe(v.string(), v.maxLength(320), v.email())), v.minLength(1), v.maxLength(50)) });
/** A reply the user confirmed in the mail page (one trusted click), to log as its event. */
export const ReplyLogSchema = v.strictObject({
  from: v.pipe(v.string(), v.maxLength(320), v.email()),
  kind: v.picklist(['promise', 'paid', 'dispute', 'document', 'out-of-office']),
  sentence: v.pipe(v.string(), v.minLength(1), v.maxLength(2000)),
  messageDate: day,
  date: v.optional(day),
  amount: v.optional(amount),
  document: v.optional(v.picklist(['invoice-copy', 'bank-details', 'purchase-order'])),
  lang: v.picklist(['fr', 'en']),
});
