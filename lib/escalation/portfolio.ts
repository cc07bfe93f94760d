import type { Client } from '../model/client';
import { daysBetween, type CalendarDate, addDays } from '../model/dates';
import { stepOf, type LedgerEvent } from '../model/event';
import { isChaseable, type Invoice } from '../model/invoice';
import { stepIndex, type StepId } from '../model/policy';
import { catalogText } from '../i18n/text';
import type { UiLang } from '../i18n/languages';
import type { Text } from '../model/text';

/** Aging buckets, DSO and each client's payment behaviour: figures for the dashboard and for prevention. */
export const BUCKETS = ['not-due', '1-30', '31-60', '61-90', '90+'] as const;
export type Bucket = (typeof BUCKETS)[number];

export function bucketOf(daysLate: number): Bucket {
  if (daysLate <= 0) return 'not-due';
  if (daysLate <= 30) return '1-30';
  if (daysLate <= 60) return '31-60';
  if (daysLate <= 90) return '61-90';
  return '90+';
}

/** Open amounts per currency and bucket. */
export function aging(
  invoices: Invoice[],
  today: CalendarDate,
): Map<string, Record<Bucket, number>> {
  const out = new Map<string, Record<Bucket, number>>();
  for (const inv of invoices) {
    if (!isChaseable(inv) || inv.status === 'disputed' || !inv.dueDate) continue;
    const row = out.get(inv.currency) ?? {
      'not-due': 0,
      '1-30': 0,
      '31-60': 0,
      '61-90': 0,
      '90+': 0,
    };
    row[bucketOf(daysBetween(inv.dueDate, today))] += inv.amountDue;
    out.set(inv.currency, row);
  }
  return out;
}

/**
 * Days sales outstanding over a period (default 90 days), per currency, as it stood on `asOf`:
 * receivables open that day ÷ amounts invoiced in the period × days in the period. For a past
 * day, invoices issued later did not exist yet, and what was paid after it was still owed
 * then (from the payment events, when given).
 */
export function dso(
  invoices: Invoice[],
  asOf: CalendarDate,
  periodDays = 90,
  events: LedgerEvent[] = [],
): Map<string, number | null> {
  const from = addDays(asOf, -periodDays);
  const byId = new Map(invoices.map((i) => [i.id, i]));
  const paidAfter = new Map<string, number>();
  for (const e of events) {
    if (e.type !== 'payment' || e.date <= asOf) continue;
    // A payment of several invoices settles them in order, as it was recorded.
    let left = e.amount;
    for (const id of e.invoiceIds) {
      const inv = byId.get(id);
      if (!inv || left <= 0) continue;
      const part = Math.min(left, inv.total);
      paidAfter.set(id, (paidAfter.get(id) ?? 0) + part);
      left -= part;
    }
  }
  const open = new Map<string, number>();
  const billed = new Map<string, number>();
  for (const inv of invoices) {
    if (inv.status === 'credit-note' || inv.status === 'cancelled') continue;
    if (inv.issueDate && inv.issueDate > asOf) continue;
    const owed = Math.min(
      inv.total,
      (isChaseable(inv) ? inv.amountDue : 0) + (paidAfter.get(inv.id) ?? 0),
    );
    if (owed > 0) open.set(inv.currency, (open.get(inv.currency) ?? 0) + owed);
    if (inv.issueDate && inv.issueDate > from)
      billed.set(inv.currency, (billed.get(inv.currency) ?? 0) + inv.total);
  }
  const out = new Map<string, number | null>();
  for (const cur of new Set([...open.keys(), ...billed.keys()])) {
    const b = billed.get(cur) ?? 0;
    out.set(cur, b > 0 ? Math.round(((open.get(cur) ?? 0) / b) * periodDays) : null);
  }
  return out;
}

/** What to ask of a client before new work, as people read it. */
const RECOMMENDATION_TEXT: Record<RiskProfile['recommendation']['level'], (n: number) => Text> = {
  none: () => catalogText('portfolioRecommendNone'),
  deposit: (n) => catalogText('portfolioRecommendDeposit', n),
  schedule: (n) => catalogText('portfolioRecommendSchedule', n),
  prepay: () => catalogText('portfolioRecommendPrepay'),
};

/** A recommendation in the reader's language; an unknown level (from a message) as is. */
export function recommendationText(
  rec: { level: string; depositPercent: number },
  lang: UiLang,
): string {
  const text = (RECOMMENDATION_TEXT as Record<string, ((n: number) => Text) | undefined>)[
    rec.level
  ];
  return text ? text(rec.depositPercent)[lang] : rec.level;
}

export interface RiskProfile {
  clientId: string;
  invoices: number;
  paidInvoices: number;
  /** Average days late at payment (paid invoices), or of open ones when none was paid. */
  averageDaysLate: number | null;
  worstDaysLate: number;
  highestStep: StepId | null;
  disputes: number;
  openBalance: Map<string, number>;
  redFlags: string[];
  recommendation: {
    level: 'none' | 'deposit' | 'schedule' | 'prepay';
    depositPercent: number;
    reasons: Text[];
  };
}

export function riskProfile(
  client: Client,
  invoices: Invoice[],
  events: LedgerEvent[],
  today: CalendarDate,
): RiskProfile {
  const own = invoices.filter(
    (i) => i.clientId === client.id && i.status !== 'credit-note' && i.status !== 'cancelled',
  );
  const mine = events.filter((e) => e.clientId === client.id);
  const lateness: number[] = [];
  let worst = 0;
  let paidCount = 0;
  for (const inv of own) {
    if (!inv.dueDate) continue;
    const payments = mine
      .filter((e) => e.type === 'payment' && e.invoiceIds.includes(inv.id))
      .map((e) => e.date)
      .sort();
    const settled = inv.amountDue === 0 ? (payments[payments.length - 1] ?? null) : null;
    const end = settled ?? today;
    const late = Math.max(0, daysBetween(inv.dueDate, end));
    if (inv.amountDue === 0) {
      paidCount++;
      if (settled) lateness.push(late);
    }
    if (inv.amountDue > 0 || settled) worst = Math.max(worst, late);
  }
  const openLate = own
    .filter((i) => i.amountDue > 0 && i.dueDate && i.dueDate < today)
    .map((i) => daysBetween(i.dueDate!, today));
  const sample = lateness.length ? lateness : openLate;
  const averageDaysLate = sample.length
    ? Math.round(sample.reduce((a, b) => a + b, 0) / sample.length)
    : null;
  let highest: StepId | null = null;
  for (const e of mine) {
    const s = stepOf(e);
    if (s && (!highest || stepIndex(s) > stepIndex(highest))) highest = s;
  }
  const disputes = mine.filter(
    (e) => e.type === 'dispute' || (e.type === 'call' && e.outcome === 'dispute'),
  ).length;
  const openBalance = new Map<string, number>();
  for (const inv of own)
    if (inv.amountDue > 0)
      openBalance.set(inv.currency, (openBalance.get(inv.currency) ?? 0) + inv.amountDue);
  const flags = client.redFlags ?? [];
  const reasons: Text[] = [];
  let score = 0;
  if (client.insolvency) {
    score += 10;
    reasons.push(catalogText('portfolioInsolvency'));
  }
  if (averageDaysLate !== null && averageDaysLate > 30) {
    score += 3;
    reasons.push(catalogText('portfolioAverageLate', averageDaysLate));
  } else if (averageDaysLate !== null && averageDaysLate > 10) {
    score += 1;
    reasons.push(catalogText('portfolioAverageLate', averageDaysLate));
  }
  if (highest && stepIndex(highest) >= stepIndex('formal-notice')) {
    score += 4;
    reasons.push(catalogText('portfolioHadFormalNotice'));
  } else if (highest && stepIndex(highest) >= stepIndex('reminder-2')) {
    score += 2;
    reasons.push(catalogText('portfolioHadSeveralReminders'));
  }
  if (disputes) {
    score += 1;
    reasons.push(catalogText('portfolioDisputes', disputes));
  }
  const flagText: Record<string, Text> = {
    'other-company': catalogText('portfolioFlagOtherCompany'),
    'cash-problems': catalogText('portfolioFlagCashProblems'),
    'no-written-agreement': catalogText('portfolioFlagNoWrittenAgreement'),
    'unknown-company': catalogText('portfolioFlagUnknownCompany'),
  };
  for (const f of flags) {
    score += 2;
    if (flagText[f]) reasons.push(flagText[f]!);
  }
  const level = score >= 8 ? 'prepay' : score >= 4 ? 'schedule' : score >= 2 ? 'deposit' : 'none';
  const depositPercent =
    level === 'prepay' ? 100 : level === 'schedule' ? 50 : level === 'deposit' ? 30 : 0;
  return {
    clientId: client.id,
    invoices: own.length,
    paidInvoices: paidCount,
    averageDaysLate,
    worstDaysLate: worst,
    highestStep: highest,
    disputes,
    openBalance,
    redFlags: flags,
    recommendation: { level, depositPercent, reasons },
  };
}
