import * as v from 'valibot';
import {
  currency,
  date,
  email,
  id,
  MAX,
  minorPositive,
  positiveDecimal,
  text,
  timestamp,
} from './fields';
import { STEP_IDS, type StepId } from './policy';

/**
 * The event vocabulary, written once. The stored schema (amounts in minor units), the
 * backup file's (decimal amounts, ids optional) and the messages' (no id yet) are the
 * same entries with only the representation of amounts changed, so their bounds cannot
 * drift apart again.
 */
export const CHANNELS = ['email', 'phone', 'letter', 'registered-letter', 'other'] as const;
export type Channel = (typeof CHANNELS)[number];
export const CALL_OUTCOMES = [
  'reached',
  'no-answer',
  'promise',
  'dispute',
  'wrong-contact',
] as const;
export type CallOutcome = (typeof CALL_OUTCOMES)[number];

const step = v.picklist(STEP_IDS);
const channel = v.picklist(CHANNELS);
const invoiceIds = v.pipe(v.array(id), v.maxLength(500));

/** What a bank statement shows of a payment: the evidence behind a `payment` event. */
export const PaymentEvidenceSchema = v.strictObject({
  transactionId: text(200),
  date,
  label: text(500),
});

/** Each event type's own fields; `amount` stands for the amount's representation. */
function vocabulary<A extends v.GenericSchema>(amount: A) {
  return {
    reminder: {
      type: v.literal('reminder'),
      step,
      channel,
      subject: v.optional(text(MAX.subject)),
      body: v.optional(text(MAX.body)),
    },
    call: {
      type: v.literal('call'),
      outcome: v.picklist(CALL_OUTCOMES),
      promiseDate: v.optional(date),
      promiseAmount: v.optional(amount),
    },
    /** `deadline`: the day the letter itself gives to pay, when it is not the policy's days after it. */
    letter: {
      type: v.literal('letter'),
      step,
      trackingNumber: v.optional(text(MAX.tracking)),
      deadline: v.optional(date),
    },
    payment: {
      type: v.literal('payment'),
      amount,
      currency,
      evidence: v.optional(PaymentEvidenceSchema),
    },
    promise: { type: v.literal('promise'), until: date, amount: v.optional(amount) },
    dispute: { type: v.literal('dispute'), reason: text(MAX.reason) },
    'dispute-resolved': { type: v.literal('dispute-resolved') },
    snooze: { type: v.literal('snooze'), until: date },
    'payment-plan': { type: v.literal('payment-plan'), until: date },
    note: { type: v.literal('note') },
  };
}
export const STORED_VOCABULARY = vocabulary(minorPositive);
export const FILE_VOCABULARY = vocabulary(positiveDecimal);

/**
 * The client's reply an event was logged from (lib/app/reply-log): who wrote, the day they
 * wrote, their own sentence (not the whole mail), and what Relance read in it. Drafts quote it.
 */
export const REPLY_KINDS = ['promise', 'paid', 'dispute', 'document', 'out-of-office'] as const;
export const ReplySchema = v.strictObject({
  kind: v.picklist(REPLY_KINDS),
  date,
  from: email,
  quote: text(MAX.quote),
});
export type ReplyEvidence = v.InferOutput<typeof ReplySchema>;

const storedBase = {
  id,
  clientId: id,
  /** The invoices this event concerns; empty means the client as a whole. */
  invoiceIds,
  date,
  note: v.optional(text(MAX.note)),
  createdAt: v.optional(timestamp),
  reply: v.optional(ReplySchema),
};

function variants<B extends v.ObjectEntries>(base: B, voc: typeof STORED_VOCABULARY) {
  return v.variant('type', [
    v.strictObject({ ...base, ...voc.reminder }),
    v.strictObject({ ...base, ...voc.call }),
    v.strictObject({ ...base, ...voc.letter }),
    v.strictObject({ ...base, ...voc.payment }),
    v.strictObject({ ...base, ...voc.promise }),
    v.strictObject({ ...base, ...voc.dispute }),
    v.strictObject({ ...base, ...voc['dispute-resolved'] }),
    v.strictObject({ ...base, ...voc.snooze }),
    v.strictObject({ ...base, ...voc['payment-plan'] }),
    v.strictObject({ ...base, ...voc.note }),
  ]);
}

/** An event as the ledger stores it. */
export const EventSchema = variants(storedBase, STORED_VOCABULARY);
/** An event before the ledger gives it an id (what a surface asks to record). */
const { id: _id, createdAt: _createdAt, ...newBase } = storedBase;
export const NewEventSchema = variants(newBase, STORED_VOCABULARY);

/** The bank line a payment was read from: its id (or hash), date and label as the bank wrote them. */
export type PaymentEvidence = v.InferOutput<typeof PaymentEvidenceSchema>;

export type LedgerEvent = v.InferOutput<typeof EventSchema>;
export type EventType = LedgerEvent['type'];

/** Events that record a step of the ladder as done. */
export function stepOf(e: LedgerEvent): StepId | null {
  if (e.type === 'reminder' || e.type === 'letter') return e.step;
  if (e.type === 'call' && e.outcome !== 'wrong-contact') return 'call';
  return null;
}

/** An event before the ledger gives it an id. */
export type NewEvent = LedgerEvent extends infer E
  ? E extends LedgerEvent
    ? Omit<E, 'id'>
    : never
  : never;
