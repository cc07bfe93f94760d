import type { Channel } from './event';

export const STEP_IDS = [
  'courtesy',
  'reminder-1',
  'call',
  'reminder-2',
  'final-notice',
  'formal-notice',
  'stop-work',
  'recovery',
] as const;
export type StepId = (typeof STEP_IDS)[number];

export type Tone = 'friendly' | 'polite' | 'firm' | 'formal';
export const TONES: readonly Tone[] = ['friendly', 'polite', 'firm', 'formal'];

export interface StepPolicy {
  id: StepId;
  enabled: boolean;
  /** Days after the due date (negative: before it). */
  delayDays: number;
  /** Minimum days after the previous contact. */
  minGapDays: number;
  channel: Channel | 'none';
  tone: Tone;
}

export interface Policy {
  steps: StepPolicy[];
  /** Minimum days between two contacts with the same client, whatever the step. */
  minSpacingDays: number;
  /** Days after a promised date before the ladder resumes. */
  promiseGraceDays: number;
  /** Days given by a final or formal notice. */
  noticeDeadlineDays: number;
  /** Reminders (e-mail or letter) required before a formal notice. */
  remindersBeforeFormalNotice: number;
  /** Split interest at 1 Jan / 1 Jul (true) or apply one rate to the whole delay. */
  splitInterestByHalfYear: boolean;
}

export const DEFAULT_POLICY: Policy = {
  steps: [
    {
      id: 'courtesy',
      enabled: false,
      delayDays: -3,
      minGapDays: 0,
      channel: 'email',
      tone: 'friendly',
    },
    {
      id: 'reminder-1',
      enabled: true,
      delayDays: 1,
      minGapDays: 0,
      channel: 'email',
      tone: 'polite',
    },
    { id: 'call', enabled: true, delayDays: 7, minGapDays: 5, channel: 'phone', tone: 'polite' },
    {
      id: 'reminder-2',
      enabled: true,
      delayDays: 15,
      minGapDays: 7,
      channel: 'email',
      tone: 'firm',
    },
    {
      id: 'final-notice',
      enabled: true,
      delayDays: 30,
      minGapDays: 7,
      channel: 'email',
      tone: 'formal',
    },
    {
      id: 'formal-notice',
      enabled: true,
      delayDays: 45,
      minGapDays: 7,
      channel: 'registered-letter',
      tone: 'formal',
    },
    {
      id: 'stop-work',
      enabled: true,
      delayDays: 45,
      minGapDays: 0,
      channel: 'email',
      tone: 'formal',
    },
    {
      id: 'recovery',
      enabled: true,
      delayDays: 53,
      minGapDays: 8,
      channel: 'none',
      tone: 'formal',
    },
  ],
  minSpacingDays: 3,
  promiseGraceDays: 3,
  noticeDeadlineDays: 8,
  remindersBeforeFormalNotice: 3,
  splitInterestByHalfYear: true,
};

export function stepIndex(id: StepId): number {
  return STEP_IDS.indexOf(id);
}

/** A client's override replaces whole steps by id and any scalar it names. */
export interface PolicyOverride {
  steps?: Partial<StepPolicy>[];
  minSpacingDays?: number;
  promiseGraceDays?: number;
  noticeDeadlineDays?: number;
  remindersBeforeFormalNotice?: number;
  splitInterestByHalfYear?: boolean;
}

export function applyOverride(base: Policy, o: PolicyOverride | undefined): Policy {
  if (!o) return base;
  const steps = base.steps.map((s) => ({ ...s, ...(o.steps?.find((x) => x.id === s.id) ?? {}) }));
  return {
    ...base,
    steps,
    minSpacingDays: o.minSpacingDays ?? base.minSpacingDays,
    promiseGraceDays: o.promiseGraceDays ?? base.promiseGraceDays,
    noticeDeadlineDays: o.noticeDeadlineDays ?? base.noticeDeadlineDays,
    remindersBeforeFormalNotice: o.remindersBeforeFormalNotice ?? base.remindersBeforeFormalNotice,
    splitInterestByHalfYear: o.splitInterestByHalfYear ?? base.splitInterestByHalfYear,
  };
}
