import type { Client } from '../model/client';
import { addDays, daysBetween, formatDate, maxDate, type CalendarDate } from '../model/dates';
import { stepOf, type Channel, type LedgerEvent, type ReplyEvidence } from '../model/event';
import { isChaseable, type Invoice } from '../model/invoice';
import { applyOverride, type Policy, type StepId, type Tone } from '../model/policy';
import { formatMoney } from '../model/money';
import { fr, type Text } from '../model/text';
import type { InterestPeriod } from './interest';
import { defaultJurisdiction, getJurisdiction } from './jurisdictions';
import type { RateTable } from './rates';
import { allocateDues, type Due } from './dues';
import { declarationDeadline, declarationMonths, insolvencyOf } from './claims';
import { build, type Debt } from './suggestion';
import { nextStep, writtenReminders } from './ladder';
import { brokenPromiseText, dayText, historyText, lateText, plural, recoveryText, skipText, stepLabel, t, whenText } from './plan-text';

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
  insolvency: { judgmentDate: CalendarDate | null; publishedDate: CalendarDate | null; declarationDeadline: CalendarDate | null } | null;
  jurisdiction: string;
  lawRef: string;
  /** Steps already done on this debt, oldest first. */
  history: { step: StepId; date: CalendarDate }[];
}

const addWarning = (list: Text[], w: Text) => void (list.some((x) => x.en === w.en) || list.push(w));

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
    const promise = e.type === 'promise' ? e.until : e.type === 'call' && e.outcome === 'promise' ? e.promiseDate : undefined;
    if (promise) out.push({ until: addDays(promise, policy.promiseGraceDays), reason: t(`promesse de paiement pour le ${fr.longDate(promise)}`, `promise to pay by ${formatDate(promise, 'en')}`), promise });
    if (e.type === 'snooze') out.push({ until: e.until, reason: t(`mis en attente jusqu’au ${fr.longDate(e.until)}`, `snoozed until ${formatDate(e.until, 'en')}`), promise: null });
    if (e.type === 'payment-plan') out.push({ until: e.until, reason: t(`échéancier en cours jusqu’au ${fr.longDate(e.until)}`, `payment plan running until ${formatDate(e.until, 'en')}`), promise: null });
  }
  return out;
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
  const open = invoices.filter(isChaseable);
  if (!open.length) return null;
  const jurisdiction = getJurisdiction(client.jurisdiction ?? defaultJurisdiction(client.kind, options.senderCountry));
  const debt: Debt = { client, policy, events, today, options, jurisdiction, warnings: [], skipped: [], disputed: [] };
  for (const inv of open) if (!inv.dueDate) debt.warnings.push(t(`La facture ${inv.number} n’a pas d’échéance : confirmez-la pour la relancer.`, `Invoice ${inv.number} has no due date: confirm it to chase it.`));
  const chased: Invoice[] = [];
  for (const inv of open) {
    const d = disputeOf(inv, events);
    if (d) debt.disputed.push({ invoiceId: inv.id, number: inv.number, reason: d.reason });
    else if (inv.dueDate) chased.push(inv);
  }
  const byDate = (a: Due, b: Due) => a.dueDate.localeCompare(b.dueDate) || a.invoice.number.localeCompare(b.invoice.number);
  const dues = allocateDues(chased);
  const overdue = dues.filter((d) => d.dueDate < today).sort(byDate);

  if (!overdue.length) {
    // Nothing to chase; a disputed invoice still stays in the plan, blocked, with what to do.
    const disputedDues = allocateDues(open.filter((i) => i.dueDate && debt.disputed.some((x) => x.invoiceId === i.id))).sort(byDate);
    if (disputedDues.length) return build(debt, disputedDues, { step: null, status: 'blocked', date: today, history: [], reason: disputeReason(debt) });
    return courtesy(debt, dues);
  }
  for (const x of debt.disputed) debt.skipped.push({ step: 'reminder-1', reason: t(`facture ${x.number} contestée : hors relance jusqu’à résolution`, `invoice ${x.number} disputed: not chased until resolved`) });

  const driving = overdue[0]!;
  const insolvency = insolvencyOf(client);
  if (insolvency) {
    const deadline = declarationDeadline(insolvency, options.senderCountry);
    const months = declarationMonths(options.senderCountry);
    const what = deadline
      ? t(`déclarer la créance au mandataire judiciaire avant le ${fr.longDate(deadline)} (${months} mois après la publication au BODACC du ${fr.longDate(insolvency.publishedDate)}, C. com. art. R622-24)`, `declare the claim to the court-appointed representative by ${formatDate(deadline, 'en')} (${months} months after the BODACC publication of ${formatDate(insolvency.publishedDate ?? null, 'en')}, C. com. art. R622-24)`)
      : t(`déclarer la créance au mandataire judiciaire dans les ${months} mois de la publication au BODACC (C. com. art. R622-24) ; date${insolvency.judgmentDate ? '' : 's du jugement et'} de la publication inconnue${insolvency.judgmentDate ? '' : 's'} : renseignez-la${insolvency.judgmentDate ? '' : 's'}`, `declare the claim to the court-appointed representative within ${months} months of the BODACC publication (C. com. art. R622-24); ${insolvency.judgmentDate ? 'publication date' : 'judgment and publication dates'} unknown: enter ${insolvency.judgmentDate ? 'it' : 'them'}`);
    const judged = insolvency.judgmentDate ? t(`, intérêts arrêtés au jugement d’ouverture du ${fr.longDate(insolvency.judgmentDate)} (C. com. art. L622-28)`, `, interest stopped at the opening judgment of ${formatDate(insolvency.judgmentDate, 'en')} (C. com. art. L622-28)`) : t('', '');
    return build(debt, overdue, {
      step: null, status: 'blocked', date: today, history: [],
      reason: t(`client en procédure collective → arrêter les relances et ${what.fr}${judged.fr}`, `client in insolvency proceedings → stop chasing and ${what.en}${judged.en}`),
    });
  }

  // Steps done on this debt: those that name the oldest overdue invoice, or the whole account since it fell due.
  const coveredIds = new Set(overdue.map((d) => d.invoice.id));
  const stepEvents = events
    .filter((e) => stepOf(e) !== null)
    .filter((e) => (e.invoiceIds.length ? e.invoiceIds.includes(driving.invoice.id) : e.date >= driving.dueDate))
    .sort((a, b) => a.date.localeCompare(b.date));
  const history = stepEvents.map((e) => ({ step: stepOf(e)!, date: e.date }));
  const ladderHistory = stepEvents.map((e, i) => (e.type === 'letter' && e.deadline ? { ...history[i]!, deadline: e.deadline } : history[i]!));
  const lastContact = maxDate(...events.filter((e) => stepOf(e) !== null).map((e) => e.date));
  // A payment seen on a statement and not yet confirmed: chasing now could chase a client who paid.
  const awaiting = overdue.map((d) => options.awaitingPayment?.get(d.invoice.id)).find(Boolean);
  if (awaiting) {
    return build(debt, overdue, {
      step: null, status: 'paused', date: today, history,
      reason: t(`paiement à confirmer : ${awaiting.fr} → vérifier le relevé avant toute relance`, `payment to confirm: ${awaiting.en} → check the statement before any reminder`),
    });
  }
  const spans = pauses(events, policy, coveredIds);
  const active = spans.filter((p) => p.until >= today).sort((a, b) => b.until.localeCompare(a.until))[0];
  if (active) {
    const resume = addDays(active.until, 1);
    return build(debt, overdue, {
      step: null, status: 'paused', date: resume, history,
      reason: t(`${active.reason.fr} → en pause, reprise le ${fr.longDate(resume)}`, `${active.reason.en} → paused, resumes on ${formatDate(resume, 'en')}`),
    });
  }
  const ended = spans.filter((p) => p.until < today).sort((a, b) => b.until.localeCompare(a.until));
  const resumedOn = ended.length ? addDays(ended[0]!.until, 1) : null;
  // A promise whose date + grace passed without payment (the debt is still here): broken.
  const lastPromise = ended.filter((p) => p.promise).sort((a, b) => b.promise!.localeCompare(a.promise!))[0];
  const broken = lastPromise && !spans.some((p) => p.promise && p.promise > lastPromise.promise!) ? lastPromise.promise : null;

  const daysLate = daysBetween(driving.dueDate, today);
  const calls = history.filter((h) => h.step === 'call').length;
  const paidBefore = overdue.reduce((s, d) => s + (d.invoice.total - d.invoice.amountDue), 0);
  const decision = nextStep({ policy, ongoingWork: !!client.ongoingWork, history: ladderHistory, dueDate: driving.dueDate, lastContact, resumedOn, today });
  for (const k of decision.skipped) debt.skipped.push({ step: k.step, reason: skipText(k) });
  const base = { history, brokenPromise: broken ?? null, noticeDeadline: decision.kind === 'step' ? decision.noticeDeadline : null };
  const facts = [historyText(writtenReminders(history), calls), lateText(daysLate)];
  if (paidBefore > 0) facts.push(t(`paiement partiel de ${formatMoney(paidBefore, driving.invoice.currency, 'fr')} reçu`, `part payment of ${formatMoney(paidBefore, driving.invoice.currency, 'en')} received`));
  if (broken) facts.push(brokenPromiseText(broken, today));
  const factText = t(facts.map((f) => f.fr).join(', '), facts.map((f) => f.en).join(', '));

  switch (decision.kind) {
    case 'done':
      return build(debt, overdue, { ...base, step: null, status: 'waiting', date: today, reason: t(`toutes les étapes ont été faites, ${lateText(daysLate).fr} → suivre la procédure en cours`, `every step done, ${lateText(daysLate).en} → follow the procedure under way`) });
    case 'no-notice':
      return build(debt, overdue, { ...base, step: 'recovery', status: 'blocked', date: today, reason: t('pas de mise en demeure envoyée → impossible de passer au recouvrement', 'no formal notice sent → recovery cannot start') });
    case 'need-reminders':
      return build(debt, overdue, {
        ...base, step: decision.step, status: 'blocked', date: decision.date,
        reason: t(
          `${plural(decision.written, 'relance écrite', 'relances écrites')} sur ${decision.required} requises → envoyer une relance de plus avant la mise en demeure`,
          `${plural(decision.written, 'written reminder', 'written reminders')} of ${decision.required} required → send one more reminder before the formal notice`,
        ),
      });
    case 'step': {
      const { step, date } = decision;
      const status: SuggestionStatus = date <= today ? 'due' : 'scheduled';
      const when = whenText(date, today);
      const label = stepLabel(step.id);
      const extra: Text[] = [];
      if (step.id === 'recovery') {
        const d = decision.noticeDeadline ? dayText(decision.noticeDeadline, today) : null;
        if (d) extra.push(t(`délai de la mise en demeure ${decision.noticeDeadline! < today ? 'expiré' : 'jusqu’'} ${decision.noticeDeadline! < today ? `le ${d.fr}` : `au ${d.fr}`}`, `formal notice deadline ${decision.noticeDeadline! < today ? 'passed on' : 'runs to'} ${d.en}`));
        extra.push(recoveryText(jurisdiction.id === 'fr-public'));
        if (decision.stopWorkToo) extra.push(t('suspendre aussi les travaux en cours', 'also suspend the ongoing work'));
      }
      const skippedFr = debt.skipped.length ? ` (${debt.skipped.map((s) => s.reason.fr).join(' ; ')})` : '';
      const skippedEn = debt.skipped.length ? ` (${debt.skipped.map((s) => s.reason.en).join('; ')})` : '';
      const extraFr = extra.length ? ` : ${extra.map((x) => x.fr).join(' ; ')}` : '';
      const extraEn = extra.length ? `: ${extra.map((x) => x.en).join('; ')}` : '';
      return build(debt, overdue, {
        ...base, step, status, date,
        reason: t(`${factText.fr} → ${label.fr}${extraFr}${when.fr}${skippedFr}`, `${factText.en} → ${label.en}${extraEn}${when.en}${skippedEn}`),
      });
    }
  }
}

function disputeReason(debt: Debt): Text {
  const list = debt.disputed.map((d) => (d.reason ? `${d.number} (${d.reason})` : d.number)).join(', ');
  const many = debt.disputed.length > 1;
  return t(
    `${many ? 'factures' : 'facture'} ${list} ${many ? 'contestées' : 'contestée'} → répondre à la contestation, corriger la facture ou émettre un avoir, puis marquer le litige comme résolu`,
    `${many ? 'invoices' : 'invoice'} ${list} disputed → answer the dispute, correct the invoice or issue a credit note, then mark the dispute resolved`,
  );
}

function courtesy(debt: Debt, dues: Due[]): Suggestion | null {
  const step = debt.policy.steps.find((s) => s.id === 'courtesy');
  if (!step?.enabled) return null;
  const { today, events } = debt;
  const soon = dues
    .filter((d) => d.dueDate >= today && addDays(d.dueDate, step.delayDays) <= today)
    .filter((d) => !events.some((e) => stepOf(e) === 'courtesy' && e.invoiceIds.includes(d.invoice.id)));
  if (!soon.length) return null;
  return build(debt, soon, {
    step, status: 'due', date: today, history: [],
    reason: t(`échéance le ${fr.longDate(soon[0]!.dueDate)} → ${stepLabel('courtesy').fr}`, `due on ${formatDate(soon[0]!.dueDate, 'en')} → ${stepLabel('courtesy').en}`),
  });
}
