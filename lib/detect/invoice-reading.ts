import type { CalendarDate } from '../model/dates';
import { minorToDecimal } from '../model/money';
import type { SourceRef } from '../model/invoice';
import type { Text } from '../model/text';
import { catalogText, sameText } from '../i18n/text';

export type DueDateSource = 'explicit' | 'terms' | 'label' | 'none';

/** Where a field was found and how sure we are of it. */
export interface FieldTrace {
  confidence: number;
  where: string;
}

/**
 * DESIGN's Observation: what one source saw of one invoice (the reading), and the source
 * (a page, a file, an e-mail, where and when). The ledger records observations; it keeps
 * each one that changed an invoice (`ObservationRecord`).
 */
export interface Observation {
  detected: DetectedInvoice;
  source: SourceRef;
}

/** What one source saw of one invoice. Amounts in minor units of `currency`. */
export interface DetectedInvoice {
  invoiceNumber: string | null;
  issueDate: CalendarDate | null;
  dueDate: CalendarDate | null;
  dueDateSource: DueDateSource;
  /** Why there is no due date, or why it is uncertain. */
  dueDateNote?: string;
  currency: string | null;
  totalWithTax: number | null;
  paid: number | null;
  amountDue: number | null;
  sellerName: string | null;
  buyerName: string | null;
  sellerIds: string[];
  buyerIds: string[];
  buyerEmail: string | null;
  isCreditNote: boolean;
  paymentTerms: string | null;
  iban: string | null;
  /** Paid / overdue / open as the source says it, when it says it. */
  status: 'paid' | 'overdue' | 'open' | 'draft' | 'cancelled' | 'partially-paid' | null;
  /** Overall confidence 0..1: the weakest of number, due date and amount. */
  confidence: number;
  fields: Partial<Record<keyof DetectedInvoice, FieldTrace>>;
  /** What the user should check, in both languages. */
  warnings: Text[];
}

const FIELD_NAMES: Record<string, Text> = {
  invoiceNumber: catalogText('fieldInvoiceNumber'),
  issueDate: catalogText('fieldIssueDate'),
  dueDate: catalogText('fieldDueDate'),
  totalWithTax: catalogText('fieldTotalWithTax'),
  total: catalogText('fieldTotal'),
  paymentTerms: catalogText('fieldPaymentTerms'),
  amountDue: catalogText('fieldAmountDue'),
  paid: catalogText('fieldPaid'),
  currency: catalogText('fieldCurrency'),
  buyerName: catalogText('fieldBuyerName'),
  buyerEmail: catalogText('fieldBuyerEmail'),
};

/** A field's name for people (warnings name the field they concern). */
export function fieldName(key: string): Text {
  return FIELD_NAMES[key] ?? sameText(key);
}

export function emptyDetected(): DetectedInvoice {
  return {
    invoiceNumber: null,
    issueDate: null,
    dueDate: null,
    dueDateSource: 'none',
    currency: null,
    totalWithTax: null,
    paid: null,
    amountDue: null,
    sellerName: null,
    buyerName: null,
    sellerIds: [],
    buyerIds: [],
    buyerEmail: null,
    isCreditNote: false,
    paymentTerms: null,
    iban: null,
    status: null,
    confidence: 0,
    fields: {},
    warnings: [],
  };
}

/** Sets the overall confidence from the fields that matter for a reminder: the weakest of them. */
export function finalizeConfidence(d: DetectedInvoice): DetectedInvoice {
  // Without a closure or an array: a list finalizes a thousand rows.
  const f = d.fields;
  const number = d.invoiceNumber ? (f.invoiceNumber?.confidence ?? 0.5) : 0;
  const dueDate = d.dueDate ? (f.dueDate?.confidence ?? 0.5) : 0;
  const amount =
    d.amountDue !== null || d.totalWithTax !== null ? (f.amountDue?.confidence ?? 0.5) : 0;
  d.confidence = Math.round(Math.min(number, dueDate, amount) * 100) / 100;
  return d;
}

/** The JSON shape of `relance scan` (amounts as decimal strings in major units). */
export function detectedJson(d: DetectedInvoice) {
  const dec = (m: number | null) =>
    m === null || !d.currency ? null : minorToDecimal(m, d.currency);
  return {
    invoiceNumber: d.invoiceNumber,
    issueDate: d.issueDate,
    dueDate: d.dueDate,
    dueDateSource: d.dueDateSource,
    currency: d.currency,
    totalWithTax: dec(d.totalWithTax),
    paid: dec(d.paid),
    amountDue: dec(d.amountDue),
    buyerName: d.buyerName,
    sellerName: d.sellerName,
    buyerEmail: d.buyerEmail,
    sellerIds: d.sellerIds,
    buyerIds: d.buyerIds,
    isCreditNote: d.isCreditNote,
    paymentTerms: d.paymentTerms,
    iban: d.iban,
    status: d.status,
    confidence: d.confidence,
    ...(d.dueDateNote ? { dueDateNote: d.dueDateNote } : {}),
  };
}
