import type { CalendarDate } from './dates';
import type { StepId } from './policy';

export type Channel = 'email' | 'phone' | 'letter' | 'registered-letter' | 'other';
export type CallOutcome = 'reached' | 'no-answer' | 'promise' | 'dispute' | 'wrong-contact';

interface Base {
  id: string;
  clientId: string;
  /** The invoices this event concerns; empty means the client as a whole. */
  invoiceIds: string[];
  date: CalendarDate;
  note?: string;
  createdAt?: string;
}

/** The bank line a payment was read from: its id (or hash), date and label as the bank wrote them. */
export interface PaymentEvidence {
  transactionId: string;
  date: CalendarDate;
  label: string;
}

export type LedgerEvent =
  | (Base & { type: 'reminder'; step: StepId; channel: Channel; subject?: string; body?: string })
  | (Base & { type: 'call'; outcome: CallOutcome; promiseDate?: CalendarDate; promiseAmount?: number })
  /** `deadline`: the day the letter itself gives to pay, when it is not the policy's days after it. */
  | (Base & { type: 'letter'; step: StepId; trackingNumber?: string; deadline?: CalendarDate })
  | (Base & { type: 'payment'; amount: number; currency: string; evidence?: PaymentEvidence })
  | (Base & { type: 'promise'; until: CalendarDate; amount?: number })
  | (Base & { type: 'dispute'; reason: string })
  | (Base & { type: 'dispute-resolved' })
  | (Base & { type: 'snooze'; until: CalendarDate })
  | (Base & { type: 'payment-plan'; until: CalendarDate })
  | (Base & { type: 'note' });

export type EventType = LedgerEvent['type'];

/** Events that record a step of the ladder as done. */
export function stepOf(e: LedgerEvent): StepId | null {
  if (e.type === 'reminder' || e.type === 'letter') return e.step;
  if (e.type === 'call' && e.outcome !== 'wrong-contact') return 'call';
  return null;
}

/** An event before the ledger gives it an id. */
export type NewEvent = LedgerEvent extends infer E ? (E extends LedgerEvent ? Omit<E, 'id'> : never) : never;
