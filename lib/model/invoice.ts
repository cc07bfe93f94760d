import type { CalendarDate } from './dates';

export type InvoiceStatus = 'open' | 'partially-paid' | 'paid' | 'disputed' | 'cancelled' | 'credit-note';

/** `pdf`: an invoice printed to PDF, read from its text (an e-invoice inside a PDF is `einvoice`). */
export type SourceKind = 'page' | 'list' | 'einvoice' | 'pdf' | 'email' | 'csv' | 'manual' | 'demo' | 'backup';

export interface SourceRef {
  kind: SourceKind;
  /** Where it was seen: a URL, a file name, an e-mail subject. */
  where: string;
  at: string; // ISO timestamp of the observation
}

/** One instalment of a payment schedule (deposit, milestone, balance). */
export interface Instalment {
  label: string;
  dueDate: CalendarDate;
  /** Minor units. The instalments of an invoice add up to its total. */
  amount: number;
}

export interface Invoice {
  id: string;
  number: string;
  sellerName?: string;
  clientId: string;
  issueDate: CalendarDate | null;
  dueDate: CalendarDate | null;
  /** True when the due date was derived or read with doubt and awaits the user's confirmation. */
  dueDateUncertain?: boolean;
  currency: string;
  /** Total including VAT, minor units. */
  total: number;
  /** What is still owed, minor units (total − payments). */
  amountDue: number;
  status: InvoiceStatus;
  paymentTerms?: string;
  /** Contract late-payment rate in percent, when the invoice or contract states one. */
  contractRatePercent?: string;
  schedule?: Instalment[];
  sources: SourceRef[];
  /** Fields the user typed or corrected: no observation may overwrite them. */
  userEdited?: string[];
  /** Values another source showed for a field and that were not applied: the user decides. */
  conflicts?: { field: string; value: string; where: string; at: string }[];
  /** Fields read with low confidence, to confirm. */
  uncertain?: string[];
  createdAt?: string;
  updatedAt?: string;
}

/** Invoices the ladder never chases. */
export function isChaseable(inv: Invoice): boolean {
  return inv.status !== 'paid' && inv.status !== 'cancelled' && inv.status !== 'credit-note' && inv.amountDue > 0;
}

/** Fields the user may correct; a correction is remembered as theirs. */
export const EDITABLE_FIELDS = ['number', 'issueDate', 'dueDate', 'currency', 'total', 'amountDue', 'paymentTerms', 'contractRatePercent', 'clientId', 'schedule'] as const;
export type InvoicePatch = Partial<Pick<Invoice, (typeof EDITABLE_FIELDS)[number]>>;
