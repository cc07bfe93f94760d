import { daysBetween, type CalendarDate } from '../model/dates';
import { stepOf, type LedgerEvent, type ReplyEvidence } from '../model/event';
import { stepIndex, type Policy, type StepId, type StepPolicy, type Tone } from '../model/policy';
import type { Client } from '../model/client';
import type { Text } from '../model/text';
import { claimFor, declarationDeadline, insolvencyOf } from './claims';
import type { Due } from './dues';
import type { Jurisdiction } from './jurisdictions';
import type { AmountLine, CoveredInvoice, PlanOptions, Suggestion, SuggestionStatus } from './plan';
import { catalogText } from '../i18n/text';
import { softer } from './steps';

/**
 * A suggestion from the planner's choice: the amounts of every covered due (interest,
 * fee, per currency), the tone, whether to confirm first, and the facts it rests on.
 */
const addWarning = (list: Text[], w: Text) =>
  void (list.some((x) => x.en === w.en) || list.push(w));

/** What the planner knows of one client's debt, passed around by name instead of nine arguments. */
export interface Debt {
  client: Client;
  policy: Policy;
  events: LedgerEvent[];
  today: CalendarDate;
  options: PlanOptions;
  jurisdiction: Jurisdiction;
  warnings: Text[];
  skipped: Suggestion['skipped'];
  disputed: Suggestion['disputed'];
}

export interface Choice {
  step: StepPolicy | StepId | null;
  status: SuggestionStatus;
  date: CalendarDate;
  reason: Text;
  history: Suggestion['history'];
  brokenPromise?: CalendarDate | null;
  noticeDeadline?: CalendarDate | null;
}

export function build(debt: Debt, dues: Due[], choice: Choice): Suggestion {
  const { client, policy, events, today, options, warnings } = debt;
  const j = debt.jurisdiction;
  const stepPolicy =
    typeof choice.step === 'string' ? policy.steps.find((s) => s.id === choice.step) : choice.step;
  const stepId = stepPolicy?.id ?? null;
  const noticeDate = events.find((e) => stepOf(e) === 'formal-notice')?.date;
  const feeCounted = new Set<string>();
  const rateWarnings: Text[] = [];
  const invoices: CoveredInvoice[] = dues.map((d) => {
    const inv = d.invoice;
    const claim = claimFor(d, {
      client,
      jurisdiction: j,
      events,
      today,
      rates: options.rates,
      splitByHalfYear: policy.splitInterestByHalfYear,
      noticeDate,
      feeCounted: feeCounted.has(inv.id),
    });
    feeCounted.add(inv.id);
    for (const w of claim.rateWarnings) {
      addWarning(rateWarnings, w);
      addWarning(warnings, w);
    }
    return {
      invoiceId: inv.id,
      number: inv.number,
      issueDate: inv.issueDate,
      dueDate: d.dueDate,
      daysLate: Math.max(0, daysBetween(d.dueDate, today)),
      currency: inv.currency,
      total: inv.total,
      paid: inv.total - inv.amountDue,
      amountDue: d.amountDue,
      interest: claim.interest,
      fixedFee: claim.fixedFee,
      uncertainDueDate: !!inv.dueDateUncertain,
      periods: claim.periods,
      interestUntil: claim.until,
    };
  });
  const amounts = new Map<string, AmountLine>();
  const paidSeen = new Set<string>();
  for (const c of invoices) {
    const a = amounts.get(c.currency) ?? {
      currency: c.currency,
      principal: 0,
      paid: 0,
      interest: 0,
      fixedFees: 0,
      totalClaimed: 0,
    };
    a.principal += c.amountDue;
    if (!paidSeen.has(c.invoiceId)) a.paid += c.paid;
    paidSeen.add(c.invoiceId);
    a.interest = a.interest === null || c.interest === null ? null : a.interest + c.interest;
    a.fixedFees += c.fixedFee;
    a.totalClaimed = a.interest === null ? null : a.principal + a.interest + a.fixedFees;
    amounts.set(c.currency, a);
  }
  if (invoices.some((c) => c.uncertainDueDate)) warnings.push(catalogText('planUncertainDueDate'));
  let tone: Tone = stepPolicy?.tone ?? 'formal';
  if (client.preferredTone && stepId && stepIndex(stepId) < stepIndex('final-notice'))
    tone = client.preferredTone;
  if (client.keyAccount && stepId && stepIndex(stepId) < stepIndex('formal-notice'))
    tone = softer(tone);
  const needsConfirmation =
    invoices.some((c) => c.uncertainDueDate) ||
    (!!client.keyAccount && !!stepId && stepIndex(stepId) >= stepIndex('final-notice'));
  const driving = invoices[0]!;
  const insolvency = insolvencyOf(client);
  return {
    clientId: client.id,
    clientName: client.name,
    status: choice.status,
    step: stepId,
    date: choice.date,
    channel: stepPolicy?.channel ?? 'none',
    tone,
    invoices,
    drivingInvoiceId: driving.invoiceId,
    daysLate: Math.max(0, daysBetween(driving.dueDate, today)),
    amounts: [...amounts.values()],
    reason:
      client.keyAccount && needsConfirmation && stepId
        ? catalogText('planKeyAccountConfirm', choice.reason)
        : choice.reason,
    needsConfirmation,
    skipped: debt.skipped,
    warnings,
    rateWarnings,
    disputed: debt.disputed,
    brokenPromise: choice.brokenPromise ?? null,
    clientReply: lastClientReply(events),
    noticeDeadline: choice.noticeDeadline ?? null,
    insolvency: insolvency
      ? {
          judgmentDate: insolvency.judgmentDate ?? null,
          publishedDate: insolvency.publishedDate ?? null,
          declarationDeadline: declarationDeadline(insolvency, options.senderCountry),
        }
      : null,
    jurisdiction: j.id,
    lawRef: j.lawRef,
    history: choice.history,
  };
}

/** The client's latest reply that promised or announced a payment, when no payment came after it. */
export function lastClientReply(events: readonly LedgerEvent[]): ReplyEvidence | null {
  let best: ReplyEvidence | null = null;
  let day = '';
  for (const e of events) {
    if (e.reply && (e.reply.kind === 'promise' || e.reply.kind === 'paid') && e.date >= day) {
      best = e.reply;
      day = e.date;
    }
  }
  if (!best || events.some((e) => e.type === 'payment' && e.date >= day)) return null;
  return best;
}
