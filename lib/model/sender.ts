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
}
