import type { Client } from '../model/client';
import { addDays, daysBetween, maxDate, type CalendarDate } from '../model/dates';
import { stepOf, type Channel, type LedgerEvent, type ReplyEvidence } from '../model/event';
import { isChaseable, type Invoice } from '../model/invoice';
import { applyOverride, type Policy, type StepId, type Tone } from '../model/policy';
import type { Text } from '../model/text';
import type { InterestPeriod } from './interest';
import { defaultJurisdiction, getJurisdiction } from './jurisdictions';
import type { RateTable } from './rates';
import { allocateDues, type Due } from './dues';
import { declarationDeadline, declarationMonths, insolvencyOf } from './claims';
import { build, type Debt } from './suggestion';
import { nextStep, writtenReminders } from './ladder';
import {
  allDoneText,
  awaitingPaymentText,
  courtesyText,
  debtFactsText,
  disputedSkipText,
  disputeReasonText,
  insolvencyText,
  needRemindersText,
  noDueDateText,
  noNoticeText,
  pausedText,
  paymentPlanText,
  promisePauseText,
  recoveryExtras,
  skipText,
  snoozeText,
  stepReasonText,
} from './plan-text';

/**
 * The planner: a pure function of (ledger, policy, today). For each client with
 * overdue money it gives the next step of the ladder (docs/ladder-and-law.md), its date,
 * the invoices it covers (one message per client, driven by the oldest debt), the
 * amounts, and a reason a person can read.
 */
export interface Ledger {
  clients: Client[];
  invoices: Invoice[];
  events: LedgerEvent[];
}

export interface PlanOptions {
  rates?: RateTable;
  /** The sender's country, for default jurisdictions (FR by default) and the insolvency deadline. */
  senderCountry?: string;
  /**
   * Invoices a bank statement shows paid, awaiting the user's confirmation (lib/bank),
   * with what was received: no step is proposed for them until it is confirmed or rejected.
   */
  awaitingPayment?: ReadonlyMap<string, Text>;
}

export type SuggestionStatus = 'due' | 'scheduled' | 'paused' | 'blocked' | 'waiting';

export type { Text };

export interface AmountLine {
  currency: string;
  /** Still owed on the covered invoices (after partial payments), minor units. */
  principal: number;
  /** Already paid on them. */
  paid: number;
  /** Late interest to today, or null when a rate is missing (see warnings). */
  interest: number | null;
  fixedFees: number;
  /** principal + interest + fees; null when interest is unknown. */
  totalClaimed: number | null;
}

export interface CoveredInvoice {
  invoiceId: string;
  number: string;
  issueDate: CalendarDate | null;
  dueDate: CalendarDate;
  daysLate: number;
  currency: string;
  total: number;
  paid: number;
  /** Overdue part still owed (an instalment or the whole balance). */
  amountDue: number;
  interest: number | null;
  fixedFee: number;
  uncertainDueDate: boolean;
  /** How the interest was counted: the amount, rate and days of each period. */
  periods?: InterestPeriod[];
  /** Interest is counted to this day (today, or the insolvency judgment date). */
  interestUntil?: CalendarDate;
}

export interface Suggestion {
  clientId: string;
  clientName: string;
  status: SuggestionStatus;
  step: StepId | null;
  /** When the step is due (today or earlier: due now). */
  date: CalendarDate;
  channel: Channel | 'none';
  tone: Tone;
  invoices: CoveredInvoice[];
  drivingInvoiceId: string;
  daysLate: number;
  amounts: AmountLine[];
  reason: Text;
  needsConfirmation: boolean;
  skipped: { step: StepId; reason: Text }[];
  /**
   * What to check before acting: uncertain dates, missing or provisional rates. In
   * plan(), a rate problem shared by several clients is said once, on the first.
   */
  warnings: Text[];
  /** Every rate problem behind this client's amounts (not deduplicated across clients). */
  rateWarnings: Text[];
  /** Disputed invoices of this client, blocked until the dispute is resolved. */
  disputed: { invoiceId: string; number: string; reason: string | null }[];
  /** The date of a promise to pay (+ grace) that passed without payment. */
  brokenPromise: CalendarDate | null;
  /** The client's latest reply that promised or announced a payment, none received since: drafts quote it. */
  clientReply: ReplyEvidence | null;
  /** The formal notice's deadline, once one was sent. */
  noticeDeadline: CalendarDate | null;
  /** Insolvency proceedings: interest stops at the judgment; the claim's declaration deadline. */
  insolvency: {
    judgmentDate: CalendarDate | null;
    publishedDate: CalendarDate | null;
    declarationDeadline: CalendarDate | null;
  } | null;
  jurisdiction: string;
  lawRef: string;
  /** Steps already done on this debt, oldest first. */
  history: { step: StepId; date: CalendarDate }[];
}

const addWarning = (list: Text[], w: Text) =>
  void (list.some((x) => x.en === w.en) || list.push(w));

export function plan(
  ledger: Ledger,
  policy: Policy,
  today: CalendarDate,
  options: PlanOptions = {},
): Suggestion[] {
  const byClient = new Map<string, Invoice[]>();
  for (const inv of ledger.invoices) {
    const list = byClient.get(inv.clientId);
    if (list) list.push(inv);
    else byClient.set(inv.clientId, [inv]);
  }
  const eventsByClient = new Map<string, LedgerEvent[]>();
  for (const e of ledger.events) {
    const list = eventsByClient.get(e.clientId);
    if (list) list.push(e);
    else eventsByClient.set(e.clientId, [e]);
  }
  const out: Suggestion[] = [];
  for (const client of ledger.clients) {
    const s = planClient({
      client,
      invoices: byClient.get(client.id) ?? [],
      events: eventsByClient.get(client.id) ?? [],
      policy,
      today,
      options,
    });
    if (s) out.push(s);
  }
  return dedupeRateWarnings(sortByUrgency(out));
}

/** One warning per rate problem per plan: said on the first (most urgent) client it concerns. */
export function dedupeRateWarnings(list: Suggestion[]): Suggestion[] {
  const said = new Set<string>();
  for (const s of list) {
    const rate = new Set(s.rateWarnings.map((w) => w.en));
    s.warnings = s.warnings.filter((w) => {
      if (!rate.has(w.en)) return true;
      if (said.has(w.en)) return false;
      said.add(w.en);
      return true;
    });
  }
  return list;
}

/** Every distinct rate problem of a plan, once each (for a summary line). */
export function planRateWarnings(list: Suggestion[]): Text[] {
  const out: Text[] = [];
  for (const s of list) for (const w of s.rateWarnings) addWarning(out, w);
  return out;
}

const STATUS_ORDER: Record<SuggestionStatus, number> = {
  due: 0,
  blocked: 1,
  scheduled: 2,
  waiting: 3,
  paused: 4,
};

export function sortByUrgency(list: Suggestion[]): Suggestion[] {
  return list.sort(
    (a, b) =>
      STATUS_ORDER[a.status] - STATUS_ORDER[b.status] ||
      (a.status === 'scheduled' ? a.date.localeCompare(b.date) : 0) ||
      b.daysLate - a.daysLate ||
      a.clientName.localeCompare(b.clientName),
  );
}

/** Whether an invoice is disputed today, and the reason given. */
function disputeOf(inv: Invoice, events: LedgerEvent[]): { reason: string | null } | null {
  let d: { reason: string | null } | null = inv.status === 'disputed' ? { reason: null } : null;
  for (const e of [...events].sort((a, b) => a.date.localeCompare(b.date))) {
    if (e.invoiceIds.length && !e.invoiceIds.includes(inv.id)) continue;
    if (e.type === 'dispute') d = { reason: e.reason || null };
    if (e.type === 'call' && e.outcome === 'dispute') d = { reason: e.note ?? null };
    if (e.type === 'dispute-resolved') d = null;
  }
  return d;
}

interface Pause {
  until: CalendarDate;
  reason: Text;
  promise: CalendarDate | null;
}

/** Pauses (promise + grace, snooze, payment plan) that concern these invoices, as dated spans. */
function pauses(events: LedgerEvent[], policy: Policy, invoiceIds: Set<string>): Pause[] {
  const out: Pause[] = [];
  for (const e of events) {
    if (e.invoiceIds.length && !e.invoiceIds.some((id) => invoiceIds.has(id))) continue;
    const promise =
      e.type === 'promise'
        ? e.until
        : e.type === 'call' && e.outcome === 'promise'
          ? e.promiseDate
          : undefined;
    if (promise)
      out.push({
        until: addDays(promise, policy.promiseGraceDays),
        reason: promisePauseText(promise),
        promise,
      });
    if (e.type === 'snooze')
      out.push({ until: e.until, reason: snoozeText(e.until), promise: null });
    if (e.type === 'payment-plan')
      out.push({ until: e.until, reason: paymentPlanText(e.until), promise: null });
  }
  return out;
}

/** One client's part of the ledger, and what the plan is made against. */
export interface ClientPlanInput {
  client: Client;
  /** The client's invoices (others are not read). */
  invoices: Invoice[];
  /** The client's events. */
  events: LedgerEvent[];
  /** The ladder before the client's own override. */
  policy: Policy;
  today: CalendarDate;
  options?: PlanOptions;
}

/**
 * The next step for one client: the rules only; every sentence of the reason comes from
 * plan-text.ts.
 */
export function planClient(input: ClientPlanInput): Suggestion | null {
  const { client, invoices, events, today, options = {} } = input;
  const policy = applyOverride(input.policy, client.policy);
  const open = invoices.filter(isChaseable);
  if (!open.length) return null;
  const jurisdiction = getJurisdiction(
    client.jurisdiction ?? defaultJurisdiction(client.kind, options.senderCountry),
  );
  const debt: Debt = {
    client,
    policy,
    events,
    today,
    options,
    jurisdiction,
    warnings: [],
    skipped: [],
    disputed: [],
  };
  for (const inv of open) if (!inv.dueDate) debt.warnings.push(noDueDateText(inv.number));
  const chased: Invoice[] = [];
  for (const inv of open) {
    const d = disputeOf(inv, events);
    if (d) debt.disputed.push({ invoiceId: inv.id, number: inv.number, reason: d.reason });
    else if (inv.dueDate) chased.push(inv);
  }
  const byDate = (a: Due, b: Due) =>
    a.dueDate.localeCompare(b.dueDate) || a.invoice.number.localeCompare(b.invoice.number);
  const dues = allocateDues(chased);
  const overdue = dues.filter((d) => d.dueDate < today).sort(byDate);

  if (!overdue.length) {
    // Nothing to chase; a disputed invoice still stays in the plan, blocked, with what to do.
    const disputedDues = allocateDues(
      open.filter((i) => i.dueDate && debt.disputed.some((x) => x.invoiceId === i.id)),
    ).sort(byDate);
    if (disputedDues.length)
      return build(debt, disputedDues, {
        step: null,
        status: 'blocked',
        date: today,
        history: [],
        reason: disputeReasonText(debt.disputed),
      });
    return courtesy(debt, dues);
  }
  for (const x of debt.disputed)
    debt.skipped.push({ step: 'reminder-1', reason: disputedSkipText(x.number) });

  const driving = overdue[0]!;
  const insolvency = insolvencyOf(client);
  if (insolvency) {
    const facts = {
      insolvency,
      deadline: declarationDeadline(insolvency, options.senderCountry),
      months: declarationMonths(options.senderCountry),
    };
    return build(debt, overdue, {
      step: null,
      status: 'blocked',
      date: today,
      history: [],
      reason: insolvencyText(facts),
    });
  }

  // Steps done on this debt: those that name the oldest overdue invoice, or the whole account since it fell due.
  const coveredIds = new Set(overdue.map((d) => d.invoice.id));
  const stepEvents = events
    .filter((e) => stepOf(e) !== null)
    .filter((e) =>
      e.invoiceIds.length ? e.invoiceIds.includes(driving.invoice.id) : e.date >= driving.dueDate,
    )
    .sort((a, b) => a.date.localeCompare(b.date));
  const history = stepEvents.map((e) => ({ step: stepOf(e)!, date: e.date }));
  const ladderHistory = stepEvents.map((e, i) =>
    e.type === 'letter' && e.deadline ? { ...history[i]!, deadline: e.deadline } : history[i]!,
  );
  const lastContact = maxDate(...events.filter((e) => stepOf(e) !== null).map((e) => e.date));
  // A payment seen on a statement and not yet confirmed: chasing now could chase a client who paid.
  const awaiting = overdue.map((d) => options.awaitingPayment?.get(d.invoice.id)).find(Boolean);
  if (awaiting)
    return build(debt, overdue, {
      step: null,
      status: 'paused',
      date: today,
      history,
      reason: awaitingPaymentText(awaiting),
    });
  const spans = pauses(events, policy, coveredIds);
  const active = spans
    .filter((p) => p.until >= today)
    .sort((a, b) => b.until.localeCompare(a.until))[0];
  if (active) {
    const resume = addDays(active.until, 1);
    return build(debt, overdue, {
      step: null,
      status: 'paused',
      date: resume,
      history,
      reason: pausedText(active.reason, resume),
    });
  }
  const ended = spans.filter((p) => p.until < today).sort((a, b) => b.until.localeCompare(a.until));
  const resumedOn = ended.length ? addDays(ended[0]!.until, 1) : null;
  // A promise whose date + grace passed without payment (the debt is still here): broken.
  const lastPromise = ended
    .filter((p) => p.promise)
    .sort((a, b) => b.promise!.localeCompare(a.promise!))[0];
  const broken =
    lastPromise && !spans.some((p) => p.promise && p.promise > lastPromise.promise!)
      ? lastPromise.promise
      : null;

  const daysLate = daysBetween(driving.dueDate, today);
  const calls = history.filter((h) => h.step === 'call').length;
  const paidBefore = overdue.reduce((s, d) => s + (d.invoice.total - d.invoice.amountDue), 0);
  const decision = nextStep({
    policy,
    ongoingWork: !!client.ongoingWork,
    history: ladderHistory,
    dueDate: driving.dueDate,
    lastContact,
    resumedOn,
    today,
  });
  for (const k of decision.skipped) debt.skipped.push({ step: k.step, reason: skipText(k) });
  const base = {
    history,
    brokenPromise: broken ?? null,
    noticeDeadline: decision.kind === 'step' ? decision.noticeDeadline : null,
  };

  switch (decision.kind) {
    case 'done':
      return build(debt, overdue, {
        ...base,
        step: null,
        status: 'waiting',
        date: today,
        reason: allDoneText(daysLate),
      });
    case 'no-notice':
      return build(debt, overdue, {
        ...base,
        step: 'recovery',
        status: 'blocked',
        date: today,
        reason: noNoticeText(),
      });
    case 'need-reminders':
      return build(debt, overdue, {
        ...base,
        step: decision.step,
        status: 'blocked',
        date: decision.date,
        reason: needRemindersText(decision.written, decision.required),
      });
    case 'step': {
      const { step, date } = decision;
      const status: SuggestionStatus = date <= today ? 'due' : 'scheduled';
      const facts = debtFactsText({
        written: writtenReminders(history),
        calls,
        daysLate,
        paidBefore,
        currency: driving.invoice.currency,
        brokenPromise: broken ?? null,
        today,
      });
      const extra =
        step.id === 'recovery'
          ? recoveryExtras({
              noticeDeadline: decision.noticeDeadline,
              publicBuyer: jurisdiction.id === 'fr-public',
              stopWorkToo: decision.stopWorkToo,
              today,
            })
          : [];
      return build(debt, overdue, {
        ...base,
        step,
        status,
        date,
        reason: stepReasonText({ facts, step: step.id, date, today, extra, skipped: debt.skipped }),
      });
    }
  }
}

function courtesy(debt: Debt, dues: Due[]): Suggestion | null {
  const step = debt.policy.steps.find((s) => s.id === 'courtesy');
  if (!step?.enabled) return null;
  const { today, events } = debt;
  const soon = dues
    .filter((d) => d.dueDate >= today && addDays(d.dueDate, step.delayDays) <= today)
    .filter(
      (d) => !events.some((e) => stepOf(e) === 'courtesy' && e.invoiceIds.includes(d.invoice.id)),
    );
  if (!soon.length) return null;
  return build(debt, soon, {
    step,
    status: 'due',
    date: today,
    history: [],
    reason: courtesyText(soon[0]!.dueDate),
  });
}
