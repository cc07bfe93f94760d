import type { Ledger } from '../escalation/plan';
import type { NewEvent } from '../model/event';
import { isChaseable } from '../model/invoice';
import { minorToDecimal } from '../model/money';
import { type Text } from '../model/text';
import {
  matchPayments,
  payerClients,
  type Match,
  type MatchOptions,
  type MatchResult,
} from './match';
import { findDuplicates, recordedLine, type Duplicate, type PriorLine } from './same';
import type { BankTransaction, StatementFile } from './types';
import { catalogText } from '../i18n/text';
import type { UiLang } from '../i18n/languages';

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
  /** Credits another file (or an earlier import, or a recorded payment) already told: not proposed. */
  duplicates: Duplicate[];
  /** This run's new credits, for the next imports to compare with. */
  lines: PriorLine[];
}

export interface ReconcileOptions extends MatchOptions {
  /** Credits of earlier imports (the extension's bank state). */
  prior?: PriorLine[];
}

export function reconcile(
  ledger: Ledger,
  files: StatementFile[],
  opts: ReconcileOptions = {},
): Reconciliation {
  const warnings: Text[] = [];
  const errors: Text[] = [];
  const all: BankTransaction[] = [];
  const openCurrencies = new Set(ledger.invoices.filter(isChaseable).map((i) => i.currency));
  const ownAccounts = new Set(opts.ownAccounts ?? []);
  for (const f of files) {
    if (f.error) {
      errors.push(f.error);
      continue;
    }
    for (const w of f.warnings) warnings.push(catalogText('prefixed', f.file, w));
    for (const a of f.accounts) if (a.id !== 'csv') ownAccounts.add(a.id);
    // A statement of an account in a currency no open invoice is in cannot pay any of them.
    const credits = f.transactions.filter((t) => t.amount > 0);
    const foreign = new Map<string, number>();
    for (const t of credits)
      if (!openCurrencies.has(t.currency))
        foreign.set(t.currency, (foreign.get(t.currency) ?? 0) + 1);
    for (const [cur, n] of foreign) {
      warnings.push(
        catalogText(
          'bankReconcileForeignCredits',
          f.file,
          n,
          cur,
          f.accounts.some((a) => a.currency === cur),
        ),
      );
    }
    for (const a of f.accounts) {
      const other = f.transactions.find(
        (t) => a.currency && t.account === a.id && t.currency !== a.currency,
      );
      if (other)
        warnings.push(
          catalogText(
            'bankReconcileIsInTheAccount',
            f.file,
            other.where,
            other.currency,
            a.currency,
          ),
        );
    }
    all.push(...f.transactions);
  }
  const recorded = recordedLines(ledger, opts.prior ?? []);
  // A payment recorded for a client is not a line whose payer is clearly another client.
  const payersOf = recorded.length ? payerClients(ledger, opts.knownIbans) : undefined;
  const dup = findDuplicates(
    files.filter((f) => !f.error),
    [...(opts.prior ?? []), ...recorded],
    opts.seen,
    payersOf,
  );
  const aside = new Set([...dup.duplicates, ...dup.ambiguous].map((d) => d.transaction));
  const result = matchPayments(
    ledger,
    all.filter((t) => !aside.has(t)),
    { ...opts, ownAccounts },
  );
  const unmatched = [...result.unmatched, ...dup.ambiguous].sort((a, b) =>
    a.transaction.bookingDate.localeCompare(b.transaction.bookingDate),
  );
  return {
    ...result,
    unmatched,
    duplicates: dup.duplicates,
    lines: dup.lines,
    transactions: all.length,
    warnings,
    errors,
  };
}

/** Payments recorded from a bank line (not those the prior lines already are): a statement telling them again adds nothing. */
function recordedLines(ledger: Ledger, prior: PriorLine[]): PriorLine[] {
  const known = new Set(prior.map((p) => p.id));
  const numbers = new Map(ledger.invoices.map((i) => [i.id, i.number]));
  const names = new Map(ledger.clients.map((c) => [c.id, c.name]));
  const out: PriorLine[] = [];
  for (const e of ledger.events) {
    if (e.type !== 'payment' || !e.evidence || known.has(e.evidence.transactionId)) continue;
    const what = [
      names.get(e.clientId) ?? e.clientId,
      ...e.invoiceIds.map((id) => numbers.get(id) ?? id),
    ].join(', ');
    out.push(
      recordedLine(
        { amount: e.amount, currency: e.currency, clientId: e.clientId, evidence: e.evidence },
        what,
      ),
    );
  }
  return out;
}

/** The payment a confirmed match records, with the bank line as its evidence. */
export function paymentEvent(m: Match): NewEvent & { id: string } {
  const t = m.transaction;
  return {
    id: `ev:bank:${t.key}`,
    type: 'payment',
    clientId: m.clientId,
    invoiceIds: m.invoiceIds,
    date: t.bookingDate,
    amount: t.amount,
    currency: t.currency,
    evidence: {
      transactionId: t.bankId ?? t.key,
      date: t.bookingDate,
      label: t.label.slice(0, 500),
    },
  };
}

/** The JSON of `relance reconcile --json`: amounts as decimal strings, dates YYYY-MM-DD. */
export function reconciliationJson(r: Reconciliation, lang: UiLang) {
  return {
    transactions: r.transactions,
    matches: r.matches.map((m) => ({
      transactionId: m.transaction.bankId ?? m.transaction.key,
      date: m.transaction.bookingDate,
      amount: minorToDecimal(m.transaction.amount, m.transaction.currency),
      currency: m.transaction.currency,
      counterparty: m.transaction.counterparty,
      clientId: m.clientId,
      clientName: m.clientName,
      invoiceNumbers: m.invoiceNumbers,
      kind: m.kind,
      reason: m.reason[lang],
    })),
    unmatched: r.unmatched.map((u) => ({
      transactionId: u.transaction.bankId ?? u.transaction.key,
      date: u.transaction.bookingDate,
      amount: minorToDecimal(u.transaction.amount, u.transaction.currency),
      currency: u.transaction.currency,
      counterparty: u.transaction.counterparty,
      label: u.transaction.label,
      note: u.note?.[lang] ?? null,
    })),
    duplicates: r.duplicates.map((d) => ({
      transactionId: d.transaction.bankId ?? d.transaction.key,
      date: d.transaction.bookingDate,
      amount: minorToDecimal(d.transaction.amount, d.transaction.currency),
      currency: d.transaction.currency,
      counterparty: d.transaction.counterparty,
      label: d.transaction.label,
      from: d.from,
      note: d.note[lang],
    })),
    warnings: r.warnings.map((w) => w[lang]),
    error: r.errors.length ? r.errors.map((e) => e[lang]).join('\n') : null,
  };
}
