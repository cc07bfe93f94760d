export interface Sender {
  name: string;
  company?: string;
  legalId?: string;
  vatId?: string;
  address?: string;
  email?: string;
  phone?: string;
  iban?: string;
  bic?: string;
  paymentLink?: string;
  signature?: string;
  /** ISO country of the sender's business; picks default jurisdictions. */
  country?: string;
  /**
   * The consumer mediator the sender belongs to (name, address, website): a letter to
   * a consumer must give it (C. conso. art. L612-1, L616-1).
   */
  consumerMediator?: string;
  /**
   * The sender's terms contain a retention-of-title or conditional IP-assignment
   * clause: only then may a stop-work notice say the deliverables remain theirs.
   */
  retentionClause?: boolean;
  /** The late-payment rate the sender's terms state, in their words (default: ECB rate + 10 points, L441-10). */
  penaltyRate?: string;
}
