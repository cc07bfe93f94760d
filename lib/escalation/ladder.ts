import { addDays, maxDate, type CalendarDate } from '../model/dates';
import { stepIndex, type Policy, type StepId, type StepPolicy } from '../model/policy';
import { WRITTEN_REMINDERS } from './steps';

/**
 * The rules of the ladder (docs/ladder-and-law.md), without any sentence: which step
 * comes next and when. A progression: the next step is the first enabled one after
 * the highest step reached, so the ladder never goes back to a step it passed (a
 * passed step is reported as skipped). The formal notice needs the written reminders
 * the policy asks for, a call or not; once its deadline has passed, recovery is next.
 */
export interface LadderInput {
  policy: Policy;
  ongoingWork: boolean;
  /** Steps done on this debt, oldest first (a letter may carry its own deadline). */
  history: { step: StepId; date: CalendarDate; deadline?: CalendarDate }[];
  /** The driving (oldest) due date. */
  dueDate: CalendarDate;
  /** Last contact with the client, whatever the debt. */
  lastContact: CalendarDate | null;
  /** The day after the last pause (promise, snooze, plan) that has ended, if any. */
  resumedOn: CalendarDate | null;
  today: CalendarDate;
}

export type SkipWhy = 'disabled' | 'passed' | 'no-ongoing-work';

export type LadderDecision =
  | {
      kind: 'step';
      step: StepPolicy;
      date: CalendarDate;
      skipped: Skip[];
      noticeDeadline: CalendarDate | null;
      stopWorkToo: boolean;
    }
  | {
      kind: 'need-reminders';
      step: StepPolicy;
      date: CalendarDate;
      skipped: Skip[];
      written: number;
      required: number;
    }
  | { kind: 'no-notice'; skipped: Skip[] }
  | { kind: 'done'; skipped: Skip[] };

export interface Skip {
  step: StepId;
  why: SkipWhy;
}

/** The formal notice's deadline: the letter's own, or its date + the days the policy gives (noticeDeadlineDays). */
export function noticeDeadline(
  history: LadderInput['history'],
  policy: Policy,
): CalendarDate | null {
  const notice = [...history].reverse().find((h) => h.step === 'formal-notice');
  if (!notice) return null;
  return notice.deadline ?? addDays(notice.date, policy.noticeDeadlineDays);
}

export function writtenReminders(history: LadderInput['history']): number {
  return history.filter((h) => WRITTEN_REMINDERS.includes(h.step)).length;
}

export function nextStep(input: LadderInput): LadderDecision {
  const { policy, history } = input;
  const done = new Set(history.map((h) => h.step));
  const reached = history.reduce((m, h) => Math.max(m, stepIndex(h.step)), -1);
  const deadline = noticeDeadline(history, policy);
  const deadlinePassed = !!deadline && deadline < input.today;
  const skipped: Skip[] = [];
  let stopWorkToo = false;
  const steps = [...policy.steps].sort((a, b) => stepIndex(a.id) - stepIndex(b.id));
  for (const step of steps) {
    if (step.id === 'courtesy' || done.has(step.id)) continue;
    if (!step.enabled) {
      skipped.push({ step: step.id, why: 'disabled' });
      continue;
    }
    if (stepIndex(step.id) < reached) {
      skipped.push({ step: step.id, why: 'passed' });
      continue;
    }
    if (step.id === 'stop-work') {
      if (!input.ongoingWork) {
        skipped.push({ step: step.id, why: 'no-ongoing-work' });
        continue;
      }
      if (!done.has('formal-notice')) continue; // comes with or after the formal notice
      if (deadlinePassed) {
        // The notice's deadline is over: recovery comes first, work stays suspended with it.
        stopWorkToo = true;
        continue;
      }
    }
    const last = history.length ? history[history.length - 1]!.date : null;
    if (step.id === 'recovery') {
      // Recovery is not a contact: it opens the day after the notice's deadline (or when a pause ends).
      if (!deadline) return { kind: 'no-notice', skipped };
      return {
        kind: 'step',
        step,
        date: maxDate(addDays(deadline, 1), input.resumedOn)!,
        skipped,
        noticeDeadline: deadline,
        stopWorkToo,
      };
    }
    const date = maxDate(
      addDays(input.dueDate, step.delayDays),
      last ? addDays(last, step.minGapDays) : null,
      input.lastContact ? addDays(input.lastContact, policy.minSpacingDays) : null,
      input.resumedOn,
    )!;
    const written = writtenReminders(history);
    if (step.id === 'formal-notice' && written < policy.remindersBeforeFormalNotice) {
      return {
        kind: 'need-reminders',
        step,
        date,
        skipped,
        written,
        required: policy.remindersBeforeFormalNotice,
      };
    }
    return { kind: 'step', step, date, skipped, noticeDeadline: deadline, stopWorkToo };
  }
  return { kind: 'done', skipped };
}
