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

/** An invoice's status as people read it. */
export const INVOICE_STATUS_TEXT: Record<InvoiceStatus, { fr: string; en: string }> = {
  open: { fr: 'à payer', en: 'open' },
  'partially-paid': { fr: 'partiellement payée', en: 'partly paid' },
  paid: { fr: 'payée', en: 'paid' },
  disputed: { fr: 'en litige', en: 'disputed' },
  cancelled: { fr: 'annulée', en: 'cancelled' },
  'credit-note': { fr: 'avoir', en: 'credit note' },
};

/** A status the ledger sent as text (over a message) in the reader's language; an unknown one as is. */
export function invoiceStatusText(status: string, lang: 'fr' | 'en'): string {
  return (INVOICE_STATUS_TEXT as Record<string, { fr: string; en: string } | undefined>)[status]?.[lang] ?? status;
}

/** Invoices the ladder never chases. */
export function isChaseable(inv: Invoice): boolean {
  return inv.status !== 'paid' && inv.status !== 'cancelled' && inv.status !== 'credit-note' && inv.amountDue > 0;
}

/** Fields the user may correct; a correction is remembered as theirs. */
export const EDITABLE_FIELDS = ['number', 'issueDate', 'dueDate', 'currency', 'total', 'amountDue', 'paymentTerms', 'contractRatePercent', 'clientId', 'schedule'] as const;
export type InvoicePatch = Partial<Pick<Invoice, (typeof EDITABLE_FIELDS)[number]>>;
