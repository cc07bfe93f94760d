import type { Client } from '../model/client';
import { addDays, daysBetween, formatDate, maxDate, type CalendarDate } from '../model/dates';
import { stepOf, type Channel, type LedgerEvent } from '../model/event';
import { isChaseable, type Invoice } from '../model/invoice';
import { applyOverride, stepIndex, type Policy, type StepId, type StepPolicy, type Tone } from '../model/policy';
import { formatMoney } from '../model/money';
import { fr, type Text } from '../model/text';
import { lateInterest } from './interest';
import { defaultJurisdiction, getJurisdiction } from './jurisdictions';
import { MissingRateError, type RateTable } from './rates';
import { STEP_LABELS, WRITTEN_REMINDERS, softer } from './steps';
import { allocateDues, type Due } from './dues';

/**
 * The planner: a pure function of (ledger, policy, today). For each client with
 * overdue money it gives the next step of the ladder (shared/DOMAIN.md §1), its date,
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
  /** The sender's country, for default jurisdictions (FR by default). */
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
  /** What to check before acting: uncertain dates, missing or provisional rates. */
  warnings: Text[];
  jurisdiction: string;
  lawRef: string;
  /** Steps already done on this debt, oldest first. */
  history: { step: StepId; date: CalendarDate }[];
}

const t = (fr: string, en: string): Text => ({ fr, en });
const addWarning = (list: Text[], w: Text) => void (list.some((x) => x.en === w.en) || list.push(w));
const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export function plan(ledger: Ledger, policy: Policy, today: CalendarDate, options: PlanOptions = {}): Suggestion[] {
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
    const s = planClient(client, byClient.get(client.id) ?? [], eventsByClient.get(client.id) ?? [], policy, today, options);
    if (s) out.push(s);
  }
  return sortByUrgency(out);
}

const STATUS_ORDER: Record<SuggestionStatus, number> = { due: 0, blocked: 1, scheduled: 2, waiting: 3, paused: 4 };

export function sortByUrgency(list: Suggestion[]): Suggestion[] {
  return list.sort(
    (a, b) =>
      STATUS_ORDER[a.status] - STATUS_ORDER[b.status] ||
      (a.status === 'scheduled' ? a.date.localeCompare(b.date) : 0) ||
      b.daysLate - a.daysLate ||
      a.clientName.localeCompare(b.clientName),
  );
}

function isDisputed(inv: Invoice, events: LedgerEvent[]): boolean {
  let disputed = inv.status === 'disputed';
  for (const e of events) {
    if (e.invoiceIds.length && !e.invoiceIds.includes(inv.id)) continue;
    if (e.type === 'dispute' || (e.type === 'call' && e.outcome === 'dispute')) disputed = true;
    if (e.type === 'dispute-resolved') disputed = false;
  }
  return disputed;
}

/** The pause in force today, if any: promise (+ grace), snooze, payment plan, dispute on the whole account. */
function activePause(events: LedgerEvent[], policy: Policy, today: CalendarDate, invoiceIds: Set<string>): { until: CalendarDate; reason: Text } | null {
  let best: { until: CalendarDate; reason: Text } | null = null;
  const consider = (until: CalendarDate, reason: Text) => {
    if (until >= today && (!best || until > best.until)) best = { until, reason };
  };
  for (const e of events) {
    if (e.invoiceIds.length && !e.invoiceIds.some((id) => invoiceIds.has(id))) continue;
    if (e.type === 'promise') consider(addDays(e.until, policy.promiseGraceDays), t(`promesse de paiement pour le ${fr.longDate(e.until)}`, `promise to pay by ${formatDate(e.until, 'en')}`));
    if (e.type === 'call' && e.outcome === 'promise' && e.promiseDate)
      consider(addDays(e.promiseDate, policy.promiseGraceDays), t(`promesse de paiement pour le ${fr.longDate(e.promiseDate)}`, `promise to pay by ${formatDate(e.promiseDate, 'en')}`));
    if (e.type === 'snooze') consider(e.until, t(`mis en attente jusqu’au ${fr.longDate(e.until)}`, `snoozed until ${formatDate(e.until, 'en')}`));
    if (e.type === 'payment-plan') consider(e.until, t(`échéancier en cours jusqu’au ${fr.longDate(e.until)}`, `payment plan running until ${formatDate(e.until, 'en')}`));
  }
  return best;
}

export function planClient(
  client: Client,
  invoices: Invoice[],
  events: LedgerEvent[],
  basePolicy: Policy,
  today: CalendarDate,
  options: PlanOptions = {},
): Suggestion | null {
  const policy = applyOverride(basePolicy, client.policy);
  const warnings: Text[] = [];
  const open = invoices.filter(isChaseable);
  if (!open.length) return null;
  for (const inv of open) if (!inv.dueDate) warnings.push(t(`La facture ${inv.number} n’a pas d’échéance : confirmez-la pour la relancer.`, `Invoice ${inv.number} has no due date: confirm it to chase it.`));
  const disputed = open.filter((inv) => isDisputed(inv, events));
  const chased = open.filter((inv) => inv.dueDate && !disputed.includes(inv));
  const dues = allocateDues(chased);
  const overdue = dues.filter((d) => d.dueDate < today).sort((a, b) => a.dueDate.localeCompare(b.dueDate) || a.invoice.number.localeCompare(b.invoice.number));
  const skipped: Suggestion['skipped'] = [];
  for (const inv of disputed) skipped.push({ step: 'reminder-1', reason: t(`facture ${inv.number} contestée : hors relance jusqu'à résolution`, `invoice ${inv.number} disputed: not chased until resolved`) });

  const courtesy = policy.steps.find((s) => s.id === 'courtesy');
  if (!overdue.length) {
    if (!courtesy?.enabled) return null;
    const soon = dues
      .filter((d) => d.dueDate >= today && addDays(d.dueDate, courtesy.delayDays) <= today)
      .filter((d) => !events.some((e) => stepOf(e) === 'courtesy' && e.invoiceIds.includes(d.invoice.id)));
    if (!soon.length) return null;
    return build(client, soon, events, policy, today, options, warnings, skipped, {
      step: courtesy, status: 'due', date: today, history: [],
      reason: t(`échéance le ${fr.longDate(soon[0]!.dueDate!)} → ${STEP_LABELS.courtesy.fr}`, `due on ${formatDate(soon[0]!.dueDate, 'en')} → ${STEP_LABELS.courtesy.en}`),
    });
  }

  const driving = overdue[0]!;
  const daysLate = daysBetween(driving.dueDate, today);
  const lateText = t(plural(daysLate, 'jour de retard', 'jours de retard'), plural(daysLate, 'day late', 'days late'));

  if (client.insolvency) {
    return build(client, overdue, events, policy, today, options, warnings, skipped, {
      step: null, status: 'blocked', date: today, history: [],
      reason: t(
        `client en procédure collective → arrêter les relances et déclarer la créance au mandataire judiciaire (dans les 2 mois de la publication au BODACC)`,
        `client in insolvency proceedings → stop chasing and declare the claim to the court-appointed representative (within 2 months of publication)`,
      ),
    });
  }

  // Steps done on this debt: those that name the oldest overdue invoice, or the whole account since it fell due.
  const coveredIds = new Set(overdue.map((d) => d.invoice.id));
  const stepEvents = events
    .filter((e) => stepOf(e) !== null)
    .filter((e) => (e.invoiceIds.length ? e.invoiceIds.includes(driving.invoice.id) : e.date >= driving.dueDate))
    .sort((a, b) => a.date.localeCompare(b.date));
  const history = stepEvents.map((e) => ({ step: stepOf(e)!, date: e.date }));
  const done = new Set(history.map((h) => h.step));
  const lastContact = maxDate(...events.filter((e) => stepOf(e) !== null).map((e) => e.date));
  const written = history.filter((h) => WRITTEN_REMINDERS.includes(h.step) || h.step === 'courtesy').length;
  const historyText =
    written === 0 && !done.has('call')
      ? t('aucune relance envoyée', 'no reminder sent yet')
      : t(
          `${plural(written, 'relance', 'relances')}${done.has('call') ? ' et un appel' : ''} sans règlement`,
          `${plural(written, 'reminder', 'reminders')}${done.has('call') ? ' and a call' : ''} without settlement`,
        );
  const paidBefore = overdue.reduce((s, d) => s + (d.invoice.total - d.invoice.amountDue), 0);

  // A payment seen on a statement and not yet confirmed: chasing now could chase a client who paid.
  const awaiting = overdue.map((d) => options.awaitingPayment?.get(d.invoice.id)).find(Boolean);
  if (awaiting) {
    return build(client, overdue, events, policy, today, options, warnings, skipped, {
      step: null, status: 'paused', date: today, history,
      reason: t(`paiement à confirmer : ${awaiting.fr} → vérifier le relevé avant toute relance`, `payment to confirm: ${awaiting.en} → check the statement before any reminder`),
    });
  }

  const pause = activePause(events, policy, today, coveredIds);
  if (pause) {
    return build(client, overdue, events, policy, today, options, warnings, skipped, {
      step: null, status: 'paused', date: addDays(pause.until, 1), history,
      reason: t(`${pause.reason.fr} → en pause, reprise le ${fr.longDate(addDays(pause.until, 1))}`, `${pause.reason.en} → paused, resumes on ${formatDate(addDays(pause.until, 1), 'en')}`),
    });
  }

  for (const step of policy.steps) {
    if (step.id === 'courtesy' || done.has(step.id)) continue;
    if (!step.enabled) {
      skipped.push({ step: step.id, reason: t(`${STEP_LABELS[step.id].fr} désactivée dans la politique`, `${STEP_LABELS[step.id].en} disabled in the policy`) });
      continue;
    }
    if (step.id === 'stop-work' && !client.ongoingWork) {
      skipped.push({ step: step.id, reason: t('pas de travaux en cours pour ce client', 'no ongoing work for this client') });
      continue;
    }
    if (step.id === 'stop-work' && !done.has('formal-notice')) continue; // comes with or after the formal notice
    const lastStep = history.length ? history[history.length - 1]!.date : null;
    let date = maxDate(
      addDays(driving.dueDate, step.delayDays),
      lastStep ? addDays(lastStep, step.minGapDays) : null,
      lastContact ? addDays(lastContact, policy.minSpacingDays) : null,
    )!;
    if (step.id === 'recovery') {
      const notice = history.find((h) => h.step === 'formal-notice');
      if (!notice) {
        return build(client, overdue, events, policy, today, options, warnings, skipped, {
          step: 'recovery', status: 'blocked', date: today, history,
          reason: t('pas de mise en demeure envoyée → impossible de passer au recouvrement', 'no formal notice sent → recovery cannot start'),
        });
      }
      date = maxDate(date, addDays(notice.date, policy.noticeDeadlineDays + 1))!;
    }
    if (step.id === 'formal-notice' && written < policy.remindersBeforeFormalNotice) {
      return build(client, overdue, events, policy, today, options, warnings, skipped, {
        step: step.id, status: 'blocked', date, history,
        reason: t(
          `${plural(written, 'relance écrite', 'relances écrites')} sur ${policy.remindersBeforeFormalNotice} requises → envoyer une relance de plus avant la mise en demeure`,
          `${plural(written, 'written reminder', 'written reminders')} of ${policy.remindersBeforeFormalNotice} required → send one more reminder before the formal notice`,
        ),
      });
    }
    const status: SuggestionStatus = date <= today ? 'due' : 'scheduled';
    const skippedText = skipped.length ? ` (${skipped.map((s) => s.reason.fr).join(' ; ')})` : '';
    const skippedTextEn = skipped.length ? ` (${skipped.map((s) => s.reason.en).join('; ')})` : '';
    const paidText = paidBefore > 0 ? t(`, paiement partiel de ${formatMoney(paidBefore, driving.invoice.currency, 'fr')} reçu`, `, part payment of ${formatMoney(paidBefore, driving.invoice.currency, 'en')} received`) : t('', '');
    const when = status === 'scheduled' ? t(` le ${fr.longDate(date)}`, ` on ${formatDate(date, 'en')}`) : t('', '');
    return build(client, overdue, events, policy, today, options, warnings, skipped, {
      step, status, date, history,
      reason: t(
        `${historyText.fr}, ${lateText.fr}${paidText.fr} → ${STEP_LABELS[step.id].fr}${when.fr}${skippedText}`,
        `${historyText.en}, ${lateText.en}${paidText.en} → ${STEP_LABELS[step.id].en}${when.en}${skippedTextEn}`,
      ),
    });
  }
  return build(client, overdue, events, policy, today, options, warnings, skipped, {
    step: null, status: 'waiting', date: today, history,
    reason: t(`toutes les étapes ont été faites, ${lateText.fr} → suivre la procédure en cours`, `every step done, ${lateText.en} → follow the procedure under way`),
  });
}

interface Choice {
  step: StepPolicy | StepId | null;
  status: SuggestionStatus;
  date: CalendarDate;
  reason: Text;
  history: Suggestion['history'];
}

function build(
  client: Client,
  dues: Due[],
  events: LedgerEvent[],
  policy: Policy,
  today: CalendarDate,
  options: PlanOptions,
  warnings: Text[],
  skipped: Suggestion['skipped'],
  choice: Choice,
): Suggestion {
  const stepPolicy = typeof choice.step === 'string' ? policy.steps.find((s) => s.id === choice.step) : choice.step;
  const stepId = stepPolicy?.id ?? null;
  const jurisdiction = client.jurisdiction ?? defaultJurisdiction(client.kind, options.senderCountry);
  const j = getJurisdiction(jurisdiction);
  const noticeDate = events.find((e) => stepOf(e) === 'formal-notice')?.date;
  const feeCounted = new Set<string>();
  const invoices: CoveredInvoice[] = dues.map((d) => {
    const inv = d.invoice;
    let interest: number | null = 0;
    let fixedFee = 0;
    const late = daysBetween(d.dueDate, today);
    if (late > 0 && j.id !== 'none') {
      try {
        const r = lateInterest({
          jurisdiction: j.id === 'contract' && !inv.contractRatePercent ? 'none' : j.id,
          principal: d.amountDue,
          currency: inv.currency,
          dueDate: d.dueDate,
          until: today,
          contractRatePercent: inv.contractRatePercent,
          noticeDate: client.kind === 'b2c' ? (noticeDate ?? addDays(today, 1)) : noticeDate,
          rates: options.rates,
          splitByHalfYear: policy.splitInterestByHalfYear,
        });
        interest = r.interest;
        // B2C: no fixed fee; one fee per invoice, not per instalment.
        fixedFee = client.kind === 'b2c' || feeCounted.has(inv.id) ? 0 : r.fixedFee;
        feeCounted.add(inv.id);
        for (const w of r.warnings) if (!w.en.includes('runs only from the formal notice')) addWarning(warnings, w);
      } catch (err) {
        if (!(err instanceof MissingRateError)) throw err;
        interest = null;
        addWarning(warnings, err.text);
      }
    }
    return {
      invoiceId: inv.id,
      number: inv.number,
      issueDate: inv.issueDate,
      dueDate: d.dueDate,
      daysLate: Math.max(0, late),
      currency: inv.currency,
      total: inv.total,
      paid: inv.total - inv.amountDue,
      amountDue: d.amountDue,
      interest,
      fixedFee,
      uncertainDueDate: !!inv.dueDateUncertain,
    };
  });
  const amounts = new Map<string, AmountLine>();
  const paidSeen = new Set<string>();
  for (const c of invoices) {
    const a = amounts.get(c.currency) ?? { currency: c.currency, principal: 0, paid: 0, interest: 0, fixedFees: 0, totalClaimed: 0 };
    a.principal += c.amountDue;
    if (!paidSeen.has(c.invoiceId)) a.paid += c.paid;
    paidSeen.add(c.invoiceId);
    a.interest = a.interest === null || c.interest === null ? null : a.interest + c.interest;
    a.fixedFees += c.fixedFee;
    a.totalClaimed = a.interest === null ? null : a.principal + a.interest + a.fixedFees;
    amounts.set(c.currency, a);
  }
  if (invoices.some((c) => c.uncertainDueDate)) warnings.push(t('Une échéance est incertaine : confirmez-la avant d’envoyer.', 'A due date is uncertain: confirm it before sending.'));
  let tone: Tone = stepPolicy?.tone ?? 'formal';
  if (client.preferredTone && stepId && stepIndex(stepId) < stepIndex('final-notice')) tone = client.preferredTone;
  if (client.keyAccount && stepId && stepIndex(stepId) < stepIndex('formal-notice')) tone = softer(tone);
  const needsConfirmation =
    invoices.some((c) => c.uncertainDueDate) || (!!client.keyAccount && !!stepId && stepIndex(stepId) >= stepIndex('final-notice'));
  const driving = invoices[0]!;
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
    reason: client.keyAccount && needsConfirmation && stepId
      ? t(`${choice.reason.fr} (compte clé : à confirmer)`, `${choice.reason.en} (key account: confirm first)`)
      : choice.reason,
    needsConfirmation,
    skipped,
    warnings,
    jurisdiction: j.id,
    lawRef: j.lawRef,
    history: choice.history,
  };
}
