import type { CalendarDate } from '../model/dates';
import type { Text } from '../model/text';

/**
 * One booked line of a bank statement, whatever the format it came from. Amounts are
 * integer minor units, signed from the account holder's side: a credit (money in) is
 * positive, a debit negative.
 */
export interface BankTransaction {
  /** Stable identity for re-imports: the bank's id when it gives one, else a hash of date + amount + label. */
  key: string;
  /** The bank's own id for the line (camt AcctSvcrRef / TxId, OFX FITID, MT940 bank reference), if any. */
  bankId: string | null;
  bookingDate: CalendarDate;
  valueDate: CalendarDate | null;
  amount: number;
  currency: string;
  /** The payer for a credit (debtor), the payee for a debit. */
  counterparty: string | null;
  counterpartyIban: string | null;
  /** Remittance information: unstructured lines and structured references, as one text. */
  remittance: string;
  /** A structured creditor reference (ISO 11649 RF…, or another Strd/CdtrRefInf/Ref). */
  creditorRef: string | null;
  endToEndId: string | null;
  /** What the bank shows for the line, kept as evidence of the payment. */
  label: string;
  /** The statement's own account (IBAN or number). */
  account: string | null;
  /** Where in the file the line was read ("Ntry[3]", "line 12"), for messages. */
  where: string;
  /** The bank's own code says this is a fee, interest or a transfer between own accounts. */
  nature?: 'fee' | 'own-transfer';
}

export type StatementFormat =
  'camt.052' | 'camt.053' | 'camt.054' | 'cfonb120' | 'ofx' | 'mt940' | 'csv';

export interface StatementRead {
  format: StatementFormat;
  /** The statement's accounts and their currencies, as the file declares them. */
  accounts: { id: string; currency: string | null }[];
  transactions: BankTransaction[];
  warnings: Text[];
}

/** What one file gave: never throws, an unreadable file has an `error`. */
export interface StatementFile {
  file: string;
  format: StatementFormat | null;
  transactions: BankTransaction[];
  accounts: StatementRead['accounts'];
  warnings: Text[];
  error: Text | null;
}
