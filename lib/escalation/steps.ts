import type { StepId, Tone } from '../model/policy';

export const STEP_LABELS: Record<StepId, { fr: string; en: string }> = {
  courtesy: { fr: "rappel avant l'échéance", en: 'courtesy reminder' },
  'reminder-1': { fr: 'première relance', en: 'first reminder' },
  call: { fr: 'appel téléphonique', en: 'phone call' },
  'reminder-2': { fr: 'deuxième relance', en: 'second reminder' },
  'final-notice': { fr: 'dernière relance avant mise en demeure', en: 'final notice' },
  'formal-notice': { fr: 'mise en demeure', en: 'formal notice' },
  'stop-work': { fr: 'suspension des travaux', en: 'stop-work notice' },
  recovery: { fr: 'procédure de recouvrement', en: 'recovery procedure' },
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
