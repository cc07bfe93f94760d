import { emptyDetected, type DetectedInvoice } from '../../lib/detect/invoice-reading';

/**
 * A plausible reading of one invoice for the ledger's tests (F-1, 1 050,00 € due on
 * 2026-10-01, Atelier Dupont), sure of its number, due date and amount; `over` changes
 * what a test is about.
 */
export const detectedInvoice = (over: Partial<DetectedInvoice> = {}): DetectedInvoice => ({
  ...emptyDetected(),
  invoiceNumber: 'F-1',
  currency: 'EUR',
  totalWithTax: 105_000,
  amountDue: 105_000,
  issueDate: '2026-09-01',
  dueDate: '2026-10-01',
  dueDateSource: 'label',
  buyerName: 'Atelier Dupont',
  buyerEmail: 'compta@dupont.example',
  confidence: 0.9,
  fields: {
    invoiceNumber: { confidence: 0.95, where: 't' },
    dueDate: { confidence: 0.95, where: 't' },
    amountDue: { confidence: 0.95, where: 't' },
  },
  ...over,
});
