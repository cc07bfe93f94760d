import * as v from 'valibot';
import {
  currency,
  date,
  id,
  MAX,
  minor,
  minorNonNegative,
  nonEmpty,
  percent,
  text,
  timestamp,
} from './fields';
import { catalogText } from '../i18n/text';
import type { UiLang } from '../i18n/languages';
import type { Text } from './text';

export const INVOICE_STATUSES = [
  'open',
  'partially-paid',
  'paid',
  'disputed',
  'cancelled',
  'credit-note',
] as const;
export type InvoiceStatus = (typeof INVOICE_STATUSES)[number];

/** `pdf`: an invoice printed to PDF, read from its text (an e-invoice inside a PDF is `einvoice`). */
export const SOURCE_KINDS = [
  'page',
  'list',
  'einvoice',
  'pdf',
  'email',
  'csv',
  'manual',
  'demo',
  'backup',
] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

export const SourceRefSchema = v.strictObject({
  kind: v.picklist(SOURCE_KINDS),
  /** Where it was seen: a URL, a file name, an e-mail subject. */
  where: text(MAX.where),
  /** ISO timestamp of the observation. */
  at: timestamp,
});
export type SourceRef = v.InferOutput<typeof SourceRefSchema>;

/** One instalment of a payment schedule (deposit, milestone, balance); amounts in minor units add up to the total. */
export const InstalmentSchema = v.strictObject({
  label: text(MAX.label),
  dueDate: date,
  amount: minor,
});
export type Instalment = v.InferOutput<typeof InstalmentSchema>;

/** A value another source showed for a field and that was not applied: the user decides. */
export const ConflictSchema = v.strictObject({
  field: text(50),
  value: text(MAX.where),
  where: text(MAX.where),
  at: timestamp,
});

/** An invoice as the ledger stores it (amounts in minor units): the one schema of ingest, storage and (with decimal amounts) backups. */
export const InvoiceRecordSchema = v.strictObject({
  id,
  number: nonEmpty(MAX.invoiceNumber),
  sellerName: v.optional(text(MAX.name)),
  clientId: id,
  issueDate: v.nullable(date),
  dueDate: v.nullable(date),
  /** True when the due date was derived or read with doubt and awaits the user's confirmation. */
  dueDateUncertain: v.optional(v.boolean()),
  currency,
  /** Total including VAT, minor units. */
  total: minor,
  /** What is still owed, minor units (total − payments). */
  amountDue: minorNonNegative,
  status: v.picklist(INVOICE_STATUSES),
  paymentTerms: v.optional(text(MAX.terms)),
  /** Contract late-payment rate in percent, when the invoice or contract states one. */
  contractRatePercent: v.optional(percent),
  schedule: v.optional(v.pipe(v.array(InstalmentSchema), v.maxLength(60))),
  sources: v.pipe(v.array(SourceRefSchema), v.maxLength(100)),
  /** Fields the user typed or corrected: no observation may overwrite them. */
  userEdited: v.optional(v.pipe(v.array(text(50)), v.maxLength(50))),
  /** Values another source showed for a field and that were not applied: the user decides. */
  conflicts: v.optional(v.pipe(v.array(ConflictSchema), v.maxLength(200))),
  /** Fields read with low confidence, to confirm. */
  uncertain: v.optional(v.pipe(v.array(text(50)), v.maxLength(50))),
  createdAt: v.optional(timestamp),
  updatedAt: v.optional(timestamp),
});

type InvoiceRecord = v.InferOutput<typeof InvoiceRecordSchema>;
const owes = (i: InvoiceRecord) => i.status !== 'credit-note';

/** The invoice rules that span fields, for every boundary (what a backup refuses, ingest refuses first). */
export const INVOICE_RULES = {
  positiveTotal: 'the total must be greater than zero',
  dueWithinTotal: 'the amount due is more than the total',
  dueAfterIssue: 'the due date is before the issue date',
  scheduleAddsUp: 'the instalments do not add up to the total',
} as const;

export const InvoiceSchema = v.pipe(
  InvoiceRecordSchema,
  v.check((i) => !owes(i) || i.total > 0, INVOICE_RULES.positiveTotal),
  v.check((i) => !owes(i) || i.amountDue <= i.total, INVOICE_RULES.dueWithinTotal),
  v.check(
    (i) => !i.issueDate || !i.dueDate || i.dueDate >= i.issueDate,
    INVOICE_RULES.dueAfterIssue,
  ),
  v.check(
    (i) => !i.schedule || i.schedule.reduce((s, p) => s + p.amount, 0) === i.total,
    INVOICE_RULES.scheduleAddsUp,
  ),
);

export type Invoice = v.InferOutput<typeof InvoiceSchema>;

/** An invoice's status as people read it. */
export const INVOICE_STATUS_TEXT: Record<InvoiceStatus, Text> = {
  open: catalogText('invoiceStatusOpen'),
  'partially-paid': catalogText('invoiceStatusPartiallyPaid'),
  paid: catalogText('invoiceStatusPaid'),
  disputed: catalogText('invoiceStatusDisputed'),
  cancelled: catalogText('invoiceStatusCancelled'),
  'credit-note': catalogText('invoiceStatusCreditNote'),
};

/** A status the ledger sent as text (over a message) in the reader's language; an unknown one as is. */
export function invoiceStatusText(status: string, lang: UiLang): string {
  return (INVOICE_STATUS_TEXT as Record<string, Text | undefined>)[status]?.[lang] ?? status;
}

/** Invoices the ladder never chases. */
export function isChaseable(inv: Invoice): boolean {
  return (
    inv.status !== 'paid' &&
    inv.status !== 'cancelled' &&
    inv.status !== 'credit-note' &&
    inv.amountDue > 0
  );
}

/** Fields the user may correct; a correction is remembered as theirs. */
export const EDITABLE_FIELDS = [
  'number',
  'issueDate',
  'dueDate',
  'currency',
  'total',
  'amountDue',
  'paymentTerms',
  'contractRatePercent',
  'clientId',
  'schedule',
] as const;
export type InvoicePatch = Partial<Pick<Invoice, (typeof EDITABLE_FIELDS)[number]>>;
