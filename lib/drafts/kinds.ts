import type { Tone } from '../model/policy';

export const DRAFT_KINDS = [
  'courtesy',
  'reminder-1',
  'reminder-2',
  'final-notice',
  'formal-notice',
  'stop-work',
  'payment-plan',
  'thank-you',
  'agreement-recap',
] as const;
export type DraftKind = (typeof DRAFT_KINDS)[number];

export const DRAFT_LANGS = ['fr', 'en'] as const;
export type DraftLang = (typeof DRAFT_LANGS)[number];

export interface TextTemplate {
  subject: string;
  body: string;
}

export interface TemplateSet {
  tones: Record<Tone, { greeting: string; closing: string }>;
  kinds: Record<DraftKind, TextTemplate>;
  /** The call script, one line a beat. */
  call: string[];
}

/** Every variable a template may use; the options page shows them as a palette. */
export const VARIABLES = [
  'greeting',
  'closing',
  'signature',
  'today',
  'deadline',
  'deadlineDays',
  'daysLate',
  'single',
  'paid',
  'called',
  'client.name',
  'client.contact',
  'sender.name',
  'sender.company',
  'sender.iban',
  'sender.bic',
  'sender.paymentLink',
  'sender.email',
  'sender.phone',
  'invoice.number',
  'invoice.issueDate',
  'invoice.dueDate',
  'invoice.total',
  'invoice.paid',
  'invoice.balance',
  'invoices.count',
  'invoices.ref',
  'invoices.list',
  'total.due',
  'total.paid',
  'total.interest',
  'total.fees',
  'total.claimed',
  'law.penalties',
  'law.basis',
  'law.interest',
  'law.fee',
  'law.fixedFee',
  'law.public',
  'law.rates',
  'total.demanded',
  'client.consumer',
  'sender.mediator',
  'sender.retentionClause',
  'terms.penaltyRate',
  'promise.broken',
  'promise.date',
  'reply.quote',
  'reply.date',
  'previous.date',
  'previous.dates',
  'previous.contacts',
  'notice.date',
  'tone.friendly',
  'tone.polite',
  'tone.firm',
  'tone.formal',
  'agreement.deposit',
] as const;

/** Variables that stand on a line of their own and render as a block (a table, a list). */
export const BLOCK_VARIABLES = ['invoices.table', 'plan.lines', 'agreement.lines'] as const;
