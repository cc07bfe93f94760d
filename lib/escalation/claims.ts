import type { Client, Insolvency } from '../model/client';
import { addMonths, daysBetween, minDate, type CalendarDate } from '../model/dates';
import type { LedgerEvent } from '../model/event';
import type { Invoice } from '../model/invoice';
import { type Text } from '../model/text';
import { lateInterest, type InterestPeriod } from './interest';
import type { Jurisdiction } from './jurisdictions';
import type { RateTable } from './rates';
import type { Due } from './dues';
import { catalogText } from '../i18n/text';

/**
 * What is claimed on each overdue amount: the balance, the late interest — which
 * follows the money: on the full amount until each dated payment, then on what is
 * left — and the fixed fee, which never depends on a rate being known.
 */
export interface Claim {
  interest: number | null;
  fixedFee: number;
  periods: InterestPeriod[];
  /** Interest is counted to this day (today, or the insolvency judgment). */
  until: CalendarDate;
  /** Warnings about rates (provisional, unknown, raised to the floor). */
  rateWarnings: Text[];
}

/** Payments recorded on this invoice alone, with their dates (one naming several invoices cannot be split: left out). */
function datedPayments(
  inv: Invoice,
  events: LedgerEvent[],
): { date: CalendarDate; amount: number }[] {
  return events
    .filter(
      (e): e is Extract<LedgerEvent, { type: 'payment' }> =>
        e.type === 'payment' &&
        e.invoiceIds.length === 1 &&
        e.invoiceIds[0] === inv.id &&
        e.currency === inv.currency,
    )
    .map((e) => ({ date: e.date, amount: e.amount }))
    .sort((a, b) => a.date.localeCompare(b.date));
}

/**
 * The payments that went to one due (an instalment, or the whole invoice), with their
 * dates. What was paid (total − amount due) settles the earliest instalments first;
 * the part no dated payment explains counts as paid before any due date, so interest
 * is never claimed on money whose payment date we do not know (we under-claim rather
 * than over-claim).
 */
export function paymentsOnDue(
  due: Due,
  events: LedgerEvent[],
): { date: CalendarDate; amount: number }[] {
  const inv = due.invoice;
  const paid = inv.total - inv.amountDue;
  const dated = datedPayments(inv, events);
  let undated = Math.max(0, paid - dated.reduce((s, p) => s + p.amount, 0));
  const parts = inv.schedule?.length
    ? [...inv.schedule]
        .sort((a, b) => a.dueDate.localeCompare(b.dueDate))
        .map((p) => ({
          dueDate: p.dueDate,
          amount: p.amount,
          label: p.label as string | undefined,
        }))
    : [{ dueDate: inv.dueDate!, amount: inv.total, label: undefined }];
  let budget = paid; // never allocate more than was actually paid
  const queue = dated.map((p) => ({ ...p }));
  for (const part of parts) {
    let room = part.amount;
    const mine: { date: CalendarDate; amount: number }[] = [];
    const fromUndated = Math.min(room, undated, budget);
    undated -= fromUndated;
    budget -= fromUndated;
    room -= fromUndated;
    while (room > 0 && budget > 0 && queue.length) {
      const p = queue[0]!;
      const take = Math.min(room, p.amount, budget);
      mine.push({ date: p.date, amount: take });
      p.amount -= take;
      room -= take;
      budget -= take;
      if (p.amount === 0) queue.shift();
    }
    if (part.dueDate === due.dueDate && part.label === due.instalment) return mine;
  }
  return [];
}

export interface ClaimContext {
  client: Client;
  jurisdiction: Jurisdiction;
  events: LedgerEvent[];
  today: CalendarDate;
  rates?: RateTable;
  splitByHalfYear: boolean;
  noticeDate?: CalendarDate;
  /** The invoice already carries its fixed fee (one per invoice, not per instalment). */
  feeCounted: boolean;
}

export function insolvencyOf(client: Client): Insolvency | null {
  if (!client.insolvency) return null;
  return client.insolvency === true ? {} : client.insolvency;
}

export function claimFor(due: Due, ctx: ClaimContext): Claim {
  const inv = due.invoice;
  const j = ctx.jurisdiction;
  const insolvency = insolvencyOf(ctx.client);
  // The opening judgment stops interest (C. com. L622-28).
  const until = minDate(ctx.today, insolvency?.judgmentDate) ?? ctx.today;
  const rateWarnings: Text[] = [];
  const none: Claim = { interest: 0, fixedFee: 0, periods: [], until, rateWarnings };
  if (j.id === 'none' || daysBetween(due.dueDate, until) <= 0) return none;
  const payments = paymentsOnDue(due, ctx.events).filter(
    (p) => p.date > due.dueDate && p.date <= until,
  );
  const principal = due.amountDue + payments.reduce((s, p) => s + p.amount, 0);
  const r = lateInterest({
    jurisdiction: j.id === 'contract' && !inv.contractRatePercent ? 'none' : j.id,
    principal,
    currency: inv.currency,
    dueDate: due.dueDate,
    until,
    payments,
    contractRatePercent: inv.contractRatePercent,
    noticeDate: ctx.noticeDate,
    rates: ctx.rates,
    splitByHalfYear: ctx.splitByHalfYear,
  });
  // B2C: the consumer's interest runs from the formal notice; the planner says so elsewhere.
  for (const w of r.warnings)
    if (!w.en.includes('runs only from the formal notice')) rateWarnings.push(w);
  let interest = r.interest;
  if (insolvency && !insolvency.judgmentDate && interest !== null && interest > 0) {
    interest = null;
    rateWarnings.push(catalogText('escalationClaimsOpeningJudgmentDateUnknown'));
  }
  return {
    interest,
    // B2C: no fixed fee; one fee per invoice, not per instalment. It never depends on a rate.
    fixedFee: ctx.client.kind === 'b2c' || ctx.feeCounted ? 0 : r.fixedFee,
    periods: r.periods,
    until,
    rateWarnings,
  };
}

/** The claim declaration deadline: 2 months from the BODACC publication, 4 outside metropolitan France (C. com. R622-24). */
export function declarationMonths(senderCountry = 'FR'): number {
  return senderCountry.toUpperCase() === 'FR' ? 2 : 4;
}
export function declarationDeadline(
  insolvency: Insolvency,
  senderCountry = 'FR',
): CalendarDate | null {
  if (!insolvency.publishedDate) return null;
  return addMonths(insolvency.publishedDate, declarationMonths(senderCountry));
}
