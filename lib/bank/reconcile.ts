import type { Ledger } from '../escalation/plan';
import type { NewEvent } from '../model/event';
import { isChaseable } from '../model/invoice';
import { minorToDecimal } from '../model/money';
import { type Text } from '../model/text';
import { matchPayments, type Match, type MatchOptions, type MatchResult } from './match';
import type { BankTransaction, StatementFile } from './types';
import { catalogText } from '../i18n/text';

/**
 * The reconcile use case: statement files read, their credits matched against the
 * ledger, what cannot be matched said per file. Pure: the caller writes nothing until
 * the user confirms (`paymentEvent`).
 */
export interface Reconciliation extends MatchResult {
  /** Booked lines read from all the files that could be read. */
  transactions: number;
  warnings: Text[];
  errors: Text[];
}

export function reconcile(ledger: Ledger, files: StatementFile[], opts: MatchOptions = {}): Reconciliation {
  const warnings: Text[] = [];
  const errors: Text[] = [];
  const all: BankTransaction[] = [];
  const openCurrencies = new Set(ledger.invoices.filter(isChaseable).map((i) => i.currency));
  const ownAccounts = new Set(opts.ownAccounts ?? []);
  for (const f of files) {
    if (f.error) { errors.push(f.error); continue; }
    for (const w of f.warnings) warnings.push({ fr: `${f.file} : ${w.fr}`, en: `${f.file}: ${w.en}` });
    for (const a of f.accounts) if (a.id !== 'csv') ownAccounts.add(a.id);
    // A statement of an account in a currency no open invoice is in cannot pay any of them.
    const credits = f.transactions.filter((t) => t.amount > 0);
    const foreign = new Map<string, number>();
    for (const t of credits) if (!openCurrencies.has(t.currency)) foreign.set(t.currency, (foreign.get(t.currency) ?? 0) + 1);
    for (const [cur, n] of foreign) {
      warnings.push(catalogText('bankReconcileForeignCredits', f.file, n, cur, f.accounts.some((a) => a.currency === cur)));
    }
    for (const a of f.accounts) {
      const other = f.transactions.find((t) => a.currency && t.account === a.id && t.currency !== a.currency);
      if (other) warnings.push(catalogText('bankReconcileIsInTheAccount', f.file, other.where, other.currency, a.currency));
    }
    all.push(...f.transactions);
  }
  const result = matchPayments(ledger, all, { ...opts, ownAccounts });
  return { ...result, transactions: all.length, warnings, errors };
}

/** The payment a confirmed match records, with the bank line as its evidence. */
export function paymentEvent(m: Match): NewEvent & { id: string } {
  const t = m.transaction;
  return {
    id: `ev:bank:${t.key}`,
    type: 'payment', clientId: m.clientId, invoiceIds: m.invoiceIds, date: t.bookingDate,
    amount: t.amount, currency: t.currency,
    evidence: { transactionId: t.bankId ?? t.key, date: t.bookingDate, label: t.label.slice(0, 500) },
  };
}

/** The JSON of `relance reconcile --json`: amounts as decimal strings, dates YYYY-MM-DD. */
export function reconciliationJson(r: Reconciliation, lang: 'fr' | 'en') {
  return {
    transactions: r.transactions,
    matches: r.matches.map((m) => ({
      transactionId: m.transaction.bankId ?? m.transaction.key, date: m.transaction.bookingDate,
      amount: minorToDecimal(m.transaction.amount, m.transaction.currency), currency: m.transaction.currency,
      counterparty: m.transaction.counterparty, clientId: m.clientId, clientName: m.clientName,
      invoiceNumbers: m.invoiceNumbers, kind: m.kind, reason: m.reason[lang],
    })),
    unmatched: r.unmatched.map((u) => ({
      transactionId: u.transaction.bankId ?? u.transaction.key, date: u.transaction.bookingDate,
      amount: minorToDecimal(u.transaction.amount, u.transaction.currency), currency: u.transaction.currency,
      counterparty: u.transaction.counterparty, label: u.transaction.label, note: u.note?.[lang] ?? null,
    })),
    warnings: r.warnings.map((w) => w[lang]),
    error: r.errors.length ? r.errors.map((e) => e[lang]).join('\n') : null,
  };
}
