import type { Insolvency } from '../model/client';
import { daysBetween, formatDate, type CalendarDate } from '../model/dates';
import { formatMoney } from '../model/money';
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
    case 'disabled':
      return t(`${label.fr} désactivée dans la politique`, `${label.en} disabled in the policy`);
    case 'no-ongoing-work':
      return t('pas de travaux en cours pour ce client', 'no ongoing work for this client');
    case 'passed':
      return t(
        `${label.fr} non faite, une étape plus avancée a déjà été franchie`,
        `${label.en} not done, a later step was already reached`,
      );
  }
}

export function historyText(written: number, calls: number): Text {
  if (written === 0 && calls === 0) return t('aucune relance envoyée', 'no reminder sent yet');
  const callFr = calls ? ` et ${calls === 1 ? 'un appel' : `${calls} appels`}` : '';
  const callEn = calls ? ` and ${calls === 1 ? 'a call' : `${calls} calls`}` : '';
  return t(
    `${plural(written, 'relance', 'relances')}${callFr} sans règlement`,
    `${plural(written, 'reminder', 'reminders')}${callEn} without settlement`,
  );
}

export const lateText = (days: number): Text =>
  t(plural(days, 'jour de retard', 'jours de retard'), plural(days, 'day late', 'days late'));

/** "à faire depuis le 17 octobre (37 jours)", nothing when it is due today, "le 29 novembre" when scheduled. */
export function whenText(date: CalendarDate, today: CalendarDate): Text {
  if (date === today) return t('', '');
  const d = dayText(date, today);
  if (date > today) return t(` le ${d.fr}`, ` on ${d.en}`);
  const n = daysBetween(date, today);
  return t(
    `, à faire depuis le ${d.fr} (${plural(n, 'jour', 'jours')})`,
    `, due since ${d.en} (${plural(n, 'day', 'days')} ago)`,
  );
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

export const noDueDateText = (number: string): Text =>
  t(
    `La facture ${number} n’a pas d’échéance : confirmez-la pour la relancer.`,
    `Invoice ${number} has no due date: confirm it to chase it.`,
  );

export const disputedSkipText = (number: string): Text =>
  t(
    `facture ${number} contestée : hors relance jusqu’à résolution`,
    `invoice ${number} disputed: not chased until resolved`,
  );

/** What blocks every disputed invoice of a client, and what to do about it. */
export function disputeReasonText(disputed: { number: string; reason: string | null }[]): Text {
  const list = disputed.map((d) => (d.reason ? `${d.number} (${d.reason})` : d.number)).join(', ');
  const many = disputed.length > 1;
  return t(
    `${many ? 'factures' : 'facture'} ${list} ${many ? 'contestées' : 'contestée'} → répondre à la contestation, corriger la facture ou émettre un avoir, puis marquer le litige comme résolu`,
    `${many ? 'invoices' : 'invoice'} ${list} disputed → answer the dispute, correct the invoice or issue a credit note, then mark the dispute resolved`,
  );
}

/** The pause reasons: a promise to pay (its date, before grace), a snooze, a payment plan. */
export const promisePauseText = (promise: CalendarDate): Text =>
  t(
    `promesse de paiement pour le ${fr.longDate(promise)}`,
    `promise to pay by ${formatDate(promise, 'en')}`,
  );
export const snoozeText = (until: CalendarDate): Text =>
  t(`mis en attente jusqu’au ${fr.longDate(until)}`, `snoozed until ${formatDate(until, 'en')}`);
export const paymentPlanText = (until: CalendarDate): Text =>
  t(
    `échéancier en cours jusqu’au ${fr.longDate(until)}`,
    `payment plan running until ${formatDate(until, 'en')}`,
  );

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
    ? t(
        `déclarer la créance au mandataire judiciaire avant le ${fr.longDate(deadline)} (${months} mois après la publication au BODACC du ${fr.longDate(insolvency.publishedDate)}, C. com. art. R622-24)`,
        `declare the claim to the court-appointed representative by ${formatDate(deadline, 'en')} (${months} months after the BODACC publication of ${formatDate(insolvency.publishedDate ?? null, 'en')}, C. com. art. R622-24)`,
      )
    : t(
        `déclarer la créance au mandataire judiciaire dans les ${months} mois de la publication au BODACC (C. com. art. R622-24) ; date${insolvency.judgmentDate ? '' : 's du jugement et'} de la publication inconnue${insolvency.judgmentDate ? '' : 's'} : renseignez-la${insolvency.judgmentDate ? '' : 's'}`,
        `declare the claim to the court-appointed representative within ${months} months of the BODACC publication (C. com. art. R622-24); ${insolvency.judgmentDate ? 'publication date' : 'judgment and publication dates'} unknown: enter ${insolvency.judgmentDate ? 'it' : 'them'}`,
      );
  const judged = insolvency.judgmentDate
    ? t(
        `, intérêts arrêtés au jugement d’ouverture du ${fr.longDate(insolvency.judgmentDate)} (C. com. art. L622-28)`,
        `, interest stopped at the opening judgment of ${formatDate(insolvency.judgmentDate, 'en')} (C. com. art. L622-28)`,
      )
    : t('', '');
  return t(
    `client en procédure collective → arrêter les relances et ${what.fr}${judged.fr}`,
    `client in insolvency proceedings → stop chasing and ${what.en}${judged.en}`,
  );
}

/** A payment seen on a statement (what was received), not yet confirmed. */
export const awaitingPaymentText = (awaiting: Text): Text =>
  t(
    `paiement à confirmer : ${awaiting.fr} → vérifier le relevé avant toute relance`,
    `payment to confirm: ${awaiting.en} → check the statement before any reminder`,
  );

export const pausedText = (reason: Text, resume: CalendarDate): Text =>
  t(
    `${reason.fr} → en pause, reprise le ${fr.longDate(resume)}`,
    `${reason.en} → paused, resumes on ${formatDate(resume, 'en')}`,
  );

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
      t(
        `paiement partiel de ${formatMoney(f.paidBefore, f.currency, 'fr')} reçu`,
        `part payment of ${formatMoney(f.paidBefore, f.currency, 'en')} received`,
      ),
    );
  if (f.brokenPromise) facts.push(brokenPromiseText(f.brokenPromise, f.today));
  return t(facts.map((x) => x.fr).join(', '), facts.map((x) => x.en).join(', '));
}

export const allDoneText = (daysLate: number): Text =>
  t(
    `toutes les étapes ont été faites, ${lateText(daysLate).fr} → suivre la procédure en cours`,
    `every step done, ${lateText(daysLate).en} → follow the procedure under way`,
  );

export const noNoticeText = (): Text =>
  t(
    'pas de mise en demeure envoyée → impossible de passer au recouvrement',
    'no formal notice sent → recovery cannot start',
  );

export const needRemindersText = (written: number, required: number): Text =>
  t(
    `${plural(written, 'relance écrite', 'relances écrites')} sur ${required} requises → envoyer une relance de plus avant la mise en demeure`,
    `${plural(written, 'written reminder', 'written reminders')} of ${required} required → send one more reminder before the formal notice`,
  );

export interface RecoveryFacts {
  noticeDeadline: CalendarDate | null;
  publicBuyer: boolean;
  stopWorkToo: boolean;
  today: CalendarDate;
}

/** What a recovery step adds: the formal notice's deadline, the routes, suspending the work. */
export function recoveryExtras(f: RecoveryFacts): Text[] {
  const extra: Text[] = [];
  const d = f.noticeDeadline ? dayText(f.noticeDeadline, f.today) : null;
  if (d)
    extra.push(
      t(
        `délai de la mise en demeure ${f.noticeDeadline! < f.today ? 'expiré' : 'jusqu’'} ${f.noticeDeadline! < f.today ? `le ${d.fr}` : `au ${d.fr}`}`,
        `formal notice deadline ${f.noticeDeadline! < f.today ? 'passed on' : 'runs to'} ${d.en}`,
      ),
    );
  extra.push(recoveryText(f.publicBuyer));
  if (f.stopWorkToo)
    extra.push(t('suspendre aussi les travaux en cours', 'also suspend the ongoing work'));
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
  const label = stepLabel(r.step);
  const when = whenText(r.date, r.today);
  const skippedFr = r.skipped.length ? ` (${r.skipped.map((s) => s.reason.fr).join(' ; ')})` : '';
  const skippedEn = r.skipped.length ? ` (${r.skipped.map((s) => s.reason.en).join('; ')})` : '';
  const extraFr = r.extra.length ? ` : ${r.extra.map((x) => x.fr).join(' ; ')}` : '';
  const extraEn = r.extra.length ? `: ${r.extra.map((x) => x.en).join('; ')}` : '';
  return t(
    `${r.facts.fr} → ${label.fr}${extraFr}${when.fr}${skippedFr}`,
    `${r.facts.en} → ${label.en}${extraEn}${when.en}${skippedEn}`,
  );
}

export const courtesyText = (dueDate: CalendarDate): Text =>
  t(
    `échéance le ${fr.longDate(dueDate)} → ${stepLabel('courtesy').fr}`,
    `due on ${formatDate(dueDate, 'en')} → ${stepLabel('courtesy').en}`,
  );
