import { hashText } from '../model/hash';
import type { BankTransaction } from './types';

export { hashText };

/**
 * The identity of a bank line across imports. The bank's id is unique per account; a
 * line without one is known by its date, amount and label, and by its rank among
 * identical lines of the same file (two equal transfers on one day are two payments).
 * Gives every transaction its key; `bankId` wins, else a hash with the rank of identical lines. */
export function assignKeys(list: Omit<BankTransaction, 'key'>[]): BankTransaction[] {
  const seen = new Map<string, number>();
  return list.map((t) => {
    if (t.bankId) return { ...t, key: `id:${t.account ?? ''}:${t.bankId}` };
    const base = `${t.account ?? ''}|${t.bookingDate}|${t.amount}|${t.currency}|${t.label.replace(/\s+/g, ' ').trim().toUpperCase()}`;
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    return { ...t, key: `h:${hashText(base)}${n ? `#${n}` : ''}` };
  });
}

/** "FR76 3000 6000 0112 3456 7890 189" → "FR7630006000011234567890189". */
export const compactIban = (s: string | null | undefined): string | null => {
  const v = (s ?? '').replace(/\s+/g, '').toUpperCase();
  return v || null;
};

/**
 * The same payment as two files tell it (a camt.054 notification, then the camt.053
 * statement; a CSV export beside the CFONB file): same day, amount and currency, and
 * the same end-to-end id or, without one, the same remittance text.
 */
export function contentKey(
  t: Pick<BankTransaction, 'bookingDate' | 'amount' | 'currency' | 'endToEndId' | 'remittance'>,
): string | null {
  const what = t.endToEndId
    ? `e2e:${t.endToEndId}`
    : t.remittance.replace(/[^A-Za-z0-9]+/g, '').toUpperCase();
  // A credit with no text of its own cannot be told from another of the same amount that day.
  if (!what) return null;
  return `c:${hashText(`${t.bookingDate}|${t.amount}|${t.currency}|${what}`)}`;
}
