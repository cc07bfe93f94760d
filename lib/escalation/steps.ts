import type { StepId, Tone } from '../model/policy';
import { catalogText } from '../i18n/text';
import type { Text } from '../model/text';

export const STEP_LABELS: Record<StepId, Text> = {
  courtesy: catalogText('stepCourtesy'),
  'reminder-1': catalogText('stepReminder1'),
  call: catalogText('stepCall'),
  'reminder-2': catalogText('stepReminder2'),
  'final-notice': catalogText('stepFinalNotice'),
  'formal-notice': catalogText('stepFormalNotice'),
  'stop-work': catalogText('stepStopWork'),
  recovery: catalogText('stepRecovery'),
};

/** Steps that are written reminders, counted before a formal notice. */
export const WRITTEN_REMINDERS: readonly StepId[] = ['reminder-1', 'reminder-2', 'final-notice'];

const SOFTER: Record<Tone, Tone> = {
  friendly: 'friendly',
  polite: 'friendly',
  firm: 'polite',
  formal: 'firm',
};
export function softer(t: Tone): Tone {
  return SOFTER[t];
}
