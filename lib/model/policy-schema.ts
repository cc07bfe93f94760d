import * as v from 'valibot';
import { STEP_IDS, TONES, type PolicyOverride, type Tone } from './policy';

/** The ladder's settings as the user changes them: the settings item, a client's override and the backup use this one schema. */
export const TONE_SCHEMA = v.picklist(TONES as readonly Tone[] as [Tone, ...Tone[]]);
export const StepPolicySchema = v.strictObject({
  id: v.picklist(STEP_IDS),
  enabled: v.optional(v.boolean()),
  delayDays: v.optional(v.pipe(v.number(), v.integer(), v.minValue(-60), v.maxValue(3650))),
  minGapDays: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(365))),
  channel: v.optional(
    v.picklist(['email', 'phone', 'letter', 'registered-letter', 'other', 'none']),
  ),
  tone: v.optional(TONE_SCHEMA),
});
const days = v.optional(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(365)));
export const PolicyOverrideSchema = v.strictObject({
  steps: v.optional(v.pipe(v.array(StepPolicySchema), v.maxLength(20))),
  minSpacingDays: days,
  promiseGraceDays: days,
  noticeDeadlineDays: days,
  remindersBeforeFormalNotice: v.optional(
    v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(10)),
  ),
  splitInterestByHalfYear: v.optional(v.boolean()),
});

// The hand-written interface and the schema say the same thing.
export type PolicyOverrideOutput = v.InferOutput<typeof PolicyOverrideSchema>;
const _check: PolicyOverride = {} as PolicyOverrideOutput;
void _check;
