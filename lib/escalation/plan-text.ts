import { daysBetween, formatDate, type CalendarDate } from '../model/dates';
import type { StepId } from '../model/policy';
import { fr, type Text } from '../model/text';
import type { Skip } from './ladder';
import { STEP_LABELS } from './steps';

/** The sentences of the planner, apart from its rules (plan.ts, ladder.ts). */
export const t = (fr: string, en: string): Text => ({ fr, en });
export const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** "17 octobre" in the current year, "17 octobre 2025" otherwise; English alike. */
export function dayText(date: CalendarDate, today: CalendarDate): Text {
  const sameYear = date.slice(0, 4) === today.slice(0, 4);
  const cut = (s: string) => (sameYear ? s.replace(/ \d{4}$/, '') : s);
  return t(cut(fr.longDate(date)), cut(formatDate(date, 'en')));
}

export function skipText(s: Skip): Text {
  const label = STEP_LABELS[s.step];
  switch (s.why) {
    case 'disabled': return t(`${label.fr} désactivée dans la politique`, `${label.en} disabled in the policy`);
    case 'no-ongoing-work': return t('pas de travaux en cours pour ce client', 'no ongoing work for this client');
    case 'passed': return t(`${label.fr} non faite, une étape plus avancée a déjà été franchie`, `${label.en} not done, a later step was already reached`);
  }
}

export function historyText(written: number, calls: number): Text {
  if (written === 0 && calls === 0) return t('aucune relance envoyée', 'no reminder sent yet');
  const callFr = calls ? ` et ${calls === 1 ? 'un appel' : `${calls} appels`}` : '';
  const callEn = calls ? ` and ${calls === 1 ? 'a call' : `${calls} calls`}` : '';
  return t(`${plural(written, 'relance', 'relances')}${callFr} sans règlement`, `${plural(written, 'reminder', 'reminders')}${callEn} without settlement`);
}

export const lateText = (days: number): Text => t(plural(days, 'jour de retard', 'jours de retard'), plural(days, 'day late', 'days late'));

/** "à faire depuis le 17 octobre (37 jours)", nothing when it is due today, "le 29 novembre" when scheduled. */
export function whenText(date: CalendarDate, today: CalendarDate): Text {
  if (date === today) return t('', '');
  const d = dayText(date, today);
  if (date > today) return t(` le ${d.fr}`, ` on ${d.en}`);
  const n = daysBetween(date, today);
  return t(`, à faire depuis le ${d.fr} (${plural(n, 'jour', 'jours')})`, `, due since ${d.en} (${plural(n, 'day', 'days')} ago)`);
}

export const brokenPromiseText = (date: CalendarDate, today: CalendarDate): Text => {
  const d = dayText(date, today);
  return t(`promesse de paiement du ${d.fr} non tenue`, `promise to pay by ${d.en} not kept`);
};

export const stepLabel = (step: StepId): Text => STEP_LABELS[step];

/** Recovery routes: a public buyer is not sued like a company (CJA R541-1; CGCT L1612-15). */
export function recoveryText(publicBuyer: boolean): Text {
  return publicBuyer
    ? t(
        'référé-provision devant le tribunal administratif (CJA art. R541-1) ou, pour une collectivité territoriale, demande de mandatement d’office au préfet ; pas d’injonction de payer contre une personne publique',
        'a référé-provision before the administrative court (CJA art. R541-1) or, for a local authority, a request to the prefect for mandatement d’office; no order for payment against a public body',
      )
    : t(
        'injonction de payer, procédure simplifiée de recouvrement (≤ 5 000 €), médiation ou avocat ; dossier de recouvrement à exporter',
        'order for payment (injonction de payer), small-claims recovery (≤ €5,000), mediation or a lawyer; export the evidence file',
      );
}
