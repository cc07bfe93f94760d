import type { DetectedInvoice } from '@/lib/detect/invoice-reading';

/** A value the reader is not sure of: shown marked, for the user to check. */
export const low = (d: DetectedInvoice, f: keyof DetectedInvoice) =>
  (d.fields[f]?.confidence ?? 0) < 0.7;
