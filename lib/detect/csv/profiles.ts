import { headerWords } from './headers';

/**
 * Known export layouts, one small declaration per app: the headers that recognise it,
 * how it writes dates and decimals, how the amount due is derived, its own status words,
 * and the currency its amounts are in when the file does not say (assumed, to confirm).
 * Facts from each app's export code, import template or the importers that read it
 * (see headers.ts), read 2026-12-01.
 */
export interface CsvProfile {
  id: string;
  app: string;
  /** Every one of these headers (as headerWords) is present. */
  headers: string[];
  dates?: 'ymd' | 'dmy' | 'mdy';
  decimal?: 'dot' | 'comma';
  /** column: an amount-due column; total-minus-paid; sum-lines: sum of line totals; ledger: receivable-account lines of a journal. */
  amountDue: 'column' | 'total-minus-paid' | 'sum-lines' | 'ledger';
  /** Status words of this app beyond the common ones. */
  statuses?: Record<string, 'draft' | 'cancelled' | 'paid' | 'open' | 'partially-paid' | 'overdue'>;
  /** The currency its exports are in when no column says (stated as assumed). */
  currency?: string;
  /** Headers (as headerWords) whose meaning in this app overrides the generic mapping. */
  columns?: Record<string, import('./headers').CsvField | null>;
}

export const CSV_PROFILES: CsvProfile[] = [
  // invoiceninja/invoiceninja app/Import/Transformer/Zoho/InvoiceTransformer.php: one row per item, Total and Balance repeated.
  {
    id: 'zoho-invoice',
    app: 'Zoho Invoice',
    headers: ['invoice id', 'invoice number', 'invoice status', 'item total', 'balance'],
    dates: 'ymd',
    decimal: 'dot',
    amountDue: 'column',
  },
  // …/Freshbooks/InvoiceTransformer.php: one row per line, the amount is the sum of "Line Total".
  {
    id: 'freshbooks',
    app: 'FreshBooks',
    headers: ['invoice #', 'date issued', 'line total'],
    dates: 'ymd',
    decimal: 'dot',
    amountDue: 'sum-lines',
    statuses: { 'auto-paid': 'paid', disputed: 'open' },
  },
  // …/Wave/InvoiceTransformer.php: a journal; the "System Receivable Invoice" line is the invoice, negative ones its payments.
  {
    id: 'wave',
    app: 'Wave',
    headers: ['transaction id', 'account name', 'amount (one column)', 'invoice number'],
    dates: 'ymd',
    decimal: 'dot',
    amountDue: 'ledger',
    currency: 'USD',
  },
  // …/Invoice2Go/InvoiceTransformer.php: DocumentNumber (Id is a UUID), DocumentStatus unsent = draft.
  {
    id: 'invoice2go',
    app: 'Invoice2go',
    headers: ['document number', 'document status', 'total amount'],
    dates: 'ymd',
    decimal: 'dot',
    amountDue: 'column',
    statuses: {
      unsent: 'draft',
      sent: 'open',
      fully_paid: 'paid',
      'fully paid': 'paid',
      partially_paid: 'partially-paid',
      'partially paid': 'partially-paid',
    },
  },
  // …/Invoicely/InvoiceTransformer.php: the number under "Details", dates "Jan 28 2021".
  {
    id: 'invoicely',
    app: 'Invoicely',
    headers: ['details', 'client', 'total'],
    dates: 'mdy',
    decimal: 'dot',
    amountDue: 'total-minus-paid',
    currency: 'USD',
  },
  // Invoice Ninja's own export (v4 title lines; v5 report): Amount and Balance or Paid per invoice, item columns repeated.
  {
    id: 'invoice-ninja',
    app: 'Invoice Ninja',
    headers: ['client', 'invoice number', 'amount'],
    dates: 'ymd',
    decimal: 'dot',
    amountDue: 'total-minus-paid',
  },
  // Xero sales invoice export: *ContactName, *InvoiceNumber, InvoiceAmountDue, Type ACCREC/ACCPAY, one row per line.
  {
    id: 'xero',
    app: 'Xero',
    headers: ['contact name', 'invoice number', 'invoice date', 'due date'],
    dates: 'dmy',
    amountDue: 'column',
  },
  // QuickBooks invoice list / transaction list reports (US: month first); API tables doc_number/txn_date/total_amt/balance.
  {
    id: 'quickbooks',
    app: 'QuickBooks',
    headers: ['no.', 'customer', 'open balance'],
    dates: 'mdy',
    decimal: 'dot',
    amountDue: 'column',
  },
  {
    id: 'quickbooks-api',
    app: 'QuickBooks',
    headers: ['doc number', 'total amount', 'balance'],
    dates: 'ymd',
    decimal: 'dot',
    amountDue: 'column',
  },
  // Akaunting 1.x invoices (invoice_number, invoiced_at, due_at, amount, currency_code, customer_name) and 2.x documents (type invoice/bill).
  {
    id: 'akaunting',
    app: 'Akaunting',
    headers: ['invoiced at', 'due at', 'amount'],
    dates: 'ymd',
    decimal: 'dot',
    amountDue: 'total-minus-paid',
    statuses: { viewed: 'open', approved: 'open' },
  },
  {
    id: 'akaunting-documents',
    app: 'Akaunting',
    headers: ['document number', 'issued at', 'due at', 'amount'],
    dates: 'ymd',
    decimal: 'dot',
    amountDue: 'total-minus-paid',
    statuses: { viewed: 'open', approved: 'open' },
  },
  // ERPNext Sales Invoice / Accounts Receivable report, Frappe Books (grandTotal, outstandingAmount).
  {
    id: 'erpnext',
    app: 'ERPNext',
    headers: ['grand total', 'outstanding amount'],
    dates: 'ymd',
    decimal: 'dot',
    amountDue: 'column',
    statuses: { unpaid: 'open', submitted: 'open', return: 'open' },
  },
  {
    id: 'erpnext-ar',
    app: 'ERPNext',
    headers: ['party', 'outstanding amount'],
    dates: 'ymd',
    amountDue: 'column',
  },
  // Odoo account.move export (technical names or labels): payment_state, move_type out_invoice/in_invoice.
  {
    id: 'odoo',
    app: 'Odoo',
    headers: ['amount residual'],
    dates: 'ymd',
    amountDue: 'column',
    statuses: {
      posted: 'open',
      not_paid: 'open',
      in_payment: 'paid',
      partial: 'partially-paid',
      cancel: 'cancelled',
    },
  },
  // Dolibarr customer invoices list export (Windows-1252, semicolons, decimal comma).
  {
    id: 'dolibarr',
    app: 'Dolibarr',
    headers: ['ref.', 'tiers', 'montant ttc'],
    dates: 'dmy',
    decimal: 'comma',
    amountDue: 'column',
    statuses: { abandonnee: 'cancelled' },
  },
  // Sage 50 audit trail / customer activity: Type SI/SC/PI/SR, "A/C" or "Account" is the customer code, "Ref" the invoice number, "No." the transaction, "Paid" a Y/N flag.
  {
    id: 'sage-50',
    app: 'Sage',
    headers: ['account', 'ref', 'details', 'net'],
    dates: 'dmy',
    decimal: 'dot',
    amountDue: 'total-minus-paid',
    currency: 'GBP',
    columns: {
      ref: 'invoiceNumber',
      'no.': null,
      no: null,
      account: 'buyer',
      'a/c': 'buyer',
      details: null,
      paid: null,
      'amount paid': 'paid',
      tp: 'kind',
      type: 'kind',
    },
  },
  // Sage Business Cloud Accounting (Sage Accounting API v3.1 SalesInvoice, nook-io/python-sage docs/SalesInvoice.md @ 38325cb2):
  // invoice_number, contact_name, total_amount, total_paid, outstanding_amount, status DRAFT/UNPAID/PART_PAID/PAID/VOID.
  {
    id: 'sage-business-cloud',
    app: 'Sage Business Cloud Accounting',
    headers: ['invoice number', 'contact name', 'total amount', 'outstanding amount'],
    dates: 'ymd',
    decimal: 'dot',
    amountDue: 'column',
    statuses: {
      unpaid: 'open',
      part_paid: 'partially-paid',
      'part paid': 'partially-paid',
      pro_forma: 'draft',
      'pro forma': 'draft',
      void: 'cancelled',
    },
  },
  // Axonaut API v2 /invoices: number, date, due_date, pre_tax_amount, tax_amount, total, currency, outstanding_amount (a French app: EUR when no column says).
  {
    id: 'axonaut',
    app: 'Axonaut',
    headers: ['number', 'pre tax amount', 'outstanding amount'],
    dates: 'ymd',
    decimal: 'dot',
    amountDue: 'column',
    currency: 'EUR',
    columns: { 'company name': 'buyer' },
  },
  {
    id: 'pennylane',
    app: 'Pennylane',
    headers: ['numero de facture', 'montant ttc'],
    dates: 'dmy',
    decimal: 'comma',
    amountDue: 'column',
    currency: 'EUR',
  },
  {
    id: 'sellsy',
    app: 'Sellsy',
    headers: ['numero', 'client', 'montant ttc'],
    dates: 'dmy',
    decimal: 'comma',
    amountDue: 'column',
    currency: 'EUR',
  },
];

export function matchProfile(headers: string[]): CsvProfile | null {
  const have = new Set(headers.map(headerWords));
  return CSV_PROFILES.find((p) => p.headers.every((h) => have.has(h))) ?? null;
}
