import { daysBetween, formatDate, type CalendarDate } from '../model/dates';
import { formatMoney } from '../model/money';
import type { StepId } from '../model/policy';
import type { Text } from '../model/text';
import { catalogText, emptyText, mapText } from '../i18n/text';
import type { Skip } from './ladder';
import { STEP_LABELS } from './steps';
import type { Insolvency } from '../model/client';

/**
 * The sentences of the planner, apart from its rules (plan.ts, ladder.ts). Their words are in
 * the catalogs (lib/i18n/, keys `plan…`); dates and amounts are written in each language here.
 */

/** "17 octobre" in the current year, "17 octobre 2025" otherwise; every language alike. */
export function dayText(date: CalendarDate, today: CalendarDate): Text {
  const sameYear = date.slice(0, 4) === today.slice(0, 4);
  const cut = (s: string) => (sameYear ? s.replace(/ \d{4}$/, '') : s);
  return mapText((code) => cut(formatDate(date, code)));
}

export function skipText(s: Skip): Text {
  const label = STEP_LABELS[s.step];
  switch (s.why) {
    case 'disabled':
      return catalogText('planSkipDisabled', label);
    case 'no-ongoing-work':
      return catalogText('planSkipNoOngoingWork');
    case 'passed':
      return catalogText('planSkipPassed', label);
  }
}

export function historyText(written: number, calls: number): Text {
  if (written === 0 && calls === 0) return catalogText('planHistoryNone');
  return catalogText('planHistory', written, calls);
}

export const lateText = (days: number): Text => catalogText('planDaysLate', days);

/** "à faire depuis le 17 octobre (37 jours)", nothing when it is due today, "le 29 novembre" when scheduled. */
export function whenText(date: CalendarDate, today: CalendarDate): Text {
  if (date === today) return emptyText();
  const d = dayText(date, today);
  if (date > today) return catalogText('planWhenScheduled', d);
  return catalogText('planWhenDueSince', d, daysBetween(date, today));
}

export const brokenPromiseText = (date: CalendarDate, today: CalendarDate): Text =>
  catalogText('planBrokenPromise', dayText(date, today));

export const stepLabel = (step: StepId): Text => STEP_LABELS[step];

/** Recovery routes: a public buyer is not sued like a company (CJA R541-1; CGCT L1612-15). */
export function recoveryText(publicBuyer: boolean): Text {
  return catalogText(publicBuyer ? 'planRecoveryPublic' : 'planRecoveryPrivate');
}

export const noDueDateText = (number: string): Text => catalogText('planNoDueDate', number);

export const disputedSkipText = (number: string): Text => catalogText('planDisputedSkip', number);

/** What blocks every disputed invoice of a client, and what to do about it. */
export function disputeReasonText(disputed: { number: string; reason: string | null }[]): Text {
  const list = disputed.map((d) => (d.reason ? `${d.number} (${d.reason})` : d.number)).join(', ');
  return catalogText('planDisputeReason', list, disputed.length > 1);
}

/** The pause reasons: a promise to pay (its date, before grace), a snooze, a payment plan. */
export const promisePauseText = (promise: CalendarDate): Text =>
  catalogText('planPromisePause', promise);
export const snoozeText = (until: CalendarDate): Text => catalogText('planSnoozed', until);
export const paymentPlanText = (until: CalendarDate): Text =>
  catalogText('planPaymentPlanRunning', until);

export interface InsolvencyFacts {
  insolvency: Insolvency;
  /** The claim's declaration deadline, when the publication date is known. */
  deadline: CalendarDate | null;
  /** Months after the publication the claim may be declared in. */
  months: number;
}

/** A client in insolvency proceedings: stop chasing, declare the claim (C. com. R622-24), interest stopped (L622-28). */
export function insolvencyText({ insolvency, deadline, months }: InsolvencyFacts): Text {
  const what = deadline
    ? catalogText('planInsolvencyDeclareBy', deadline, months, insolvency.publishedDate)
    : catalogText('planInsolvencyDeclareWithin', months, !!insolvency.judgmentDate);
  const judged = insolvency.judgmentDate
    ? catalogText('planInsolvencyInterestStopped', insolvency.judgmentDate)
    : emptyText();
  return catalogText('planInsolvency', what, judged);
}

/** A payment seen on a statement (what was received), not yet confirmed. */
export const awaitingPaymentText = (awaiting: Text): Text =>
  catalogText('planAwaitingPayment', awaiting);

export const pausedText = (reason: Text, resume: CalendarDate): Text =>
  catalogText('planPaused', reason, resume);

export interface DebtFacts {
  written: number;
  calls: number;
  daysLate: number;
  /** Already paid on the overdue invoices, minor units of `currency`. */
  paidBefore: number;
  currency: string;
  brokenPromise: CalendarDate | null;
  today: CalendarDate;
}

/** "2 relances sans règlement, 37 jours de retard, paiement partiel de … reçu, promesse … non tenue". */
export function debtFactsText(f: DebtFacts): Text {
  const facts = [historyText(f.written, f.calls), lateText(f.daysLate)];
  if (f.paidBefore > 0)
    facts.push(
      catalogText(
        'planPartPayment',
        mapText((code) => formatMoney(f.paidBefore, f.currency, code)),
      ),
    );
  if (f.brokenPromise) facts.push(brokenPromiseText(f.brokenPromise, f.today));
  return catalogText('planFacts', facts);
}

export const allDoneText = (daysLate: number): Text =>
  catalogText('planAllDone', lateText(daysLate));

export const noNoticeText = (): Text => catalogText('planNoNotice');

export const needRemindersText = (written: number, required: number): Text =>
  catalogText('planNeedReminders', written, required);

export interface RecoveryFacts {
  noticeDeadline: CalendarDate | null;
  publicBuyer: boolean;
  stopWorkToo: boolean;
  today: CalendarDate;
}

/** What a recovery step adds: the formal notice's deadline, the routes, suspending the work. */
export function recoveryExtras(f: RecoveryFacts): Text[] {
  const extra: Text[] = [];
  if (f.noticeDeadline)
    extra.push(
      catalogText(
        'planNoticeDeadline',
        f.noticeDeadline < f.today,
        dayText(f.noticeDeadline, f.today),
      ),
    );
  extra.push(recoveryText(f.publicBuyer));
  if (f.stopWorkToo) extra.push(catalogText('planAlsoStopWork'));
  return extra;
}

export interface StepReason {
  facts: Text;
  step: StepId;
  date: CalendarDate;
  today: CalendarDate;
  extra: Text[];
  skipped: { reason: Text }[];
}

/** "<facts> → <step> : <extras> <when> (<skipped steps>)". */
export function stepReasonText(r: StepReason): Text {
  return catalogText(
    'planStepReason',
    r.facts,
    stepLabel(r.step),
    r.extra,
    whenText(r.date, r.today),
    r.skipped.map((s) => s.reason),
  );
}

export const courtesyText = (dueDate: CalendarDate): Text =>
  catalogText('planCourtesy', dueDate, stepLabel('courtesy'));
