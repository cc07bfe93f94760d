import { addDays, daysBetween, endOfMonth, type CalendarDate } from '../model/dates';
import { parseDate } from './parse-date';
import { type Text } from '../model/text';
import { catalogText } from '../i18n/text';

/**
 * A due date from payment terms, when the document gives none: "Net 30",
 * "30 jours fin de mois", "45 days end of month", "Zahlbar innerhalb 30 Tagen",
 * "à réception", "netto bis 04.07.2018". The result is always marked derived: the
 * user confirms it.
 *
 * Early-payment discounts are not due dates: "Payment within 10 days, 2% discount"
 * or "Bei Zahlung innerhalb 14 Tagen 2 % Skonto" say when a discount may be taken,
 * not when the invoice falls due, so they give no due date; "Innerhalb von 30 Tagen
 * 2% Skonto, 60 Tage ohne Abzug" and "2/10 net 30" give the net term (60, 30 days).
 *
 * "N jours fin de mois" is read as: issue date + N days, then the end of that month
 * (the reading most French accountants use); the note says so.
 */
export interface TermsDueDate {
  dueDate: CalendarDate;
  note: Text;
}

/** What payment terms say, before any issue date is applied. */
export interface ReadTerms {
  kind: 'days' | 'date' | 'receipt';
  days?: number;
  endOfMonth?: boolean;
  date?: CalendarDate;
  /** The clause the term was read from. */
  clause: string;
}

// Nordic "dagar"/"dage"/"dager" too: Peppol invoices from Sweden, Denmark and Norway use them.
// The figure may close a number written out first: "thirty (30) days", "trente (30) jours".
const DAYS =
  /(\d{1,3})\)?\s*(?:days?|jours?|j\b|tagen?|tage|d[ií]as|giorni|gg\b|dagen|dgn\b|dagar|dager|dage\b)/i;
const NET = /\b(?:net|netto|neto)\s*(\d{1,3})\b/i;
/** "2/10 net 30", "2/10, n/30": the figure after "net"/"n/" is the term. */
const SPLIT_NET = /\b\d{1,2}(?:[.,]\d+)?\s*\/\s*\d{1,3}\s*,?\s*(?:net|n\s*\/)\s*(\d{1,3})\b/i;
const EOM =
  /fin\s+de\s+mois|end\s+of\s+(?:the\s+)?month|\beom\b|monatsende|ende\s+des\s+monats|fine\s+mese|final\s+de(?:l)?\s+mes|einde\s+(?:van\s+de\s+)?maand/i;
/** "45 jours fin de mois le 10": a second rule (the 10th of next month) we do not compute. */
const EOM_DAY =
  /fin\s+de\s+mois\s*,?\s*le\s+\d|end\s+of\s+month\s*,?\s*(?:the\s+)?\d|\ble\s+\d{1,2}\s+(?:du\s+mois|de\s+chaque\s+mois)|\bon\s+the\s+\d{1,2}(?:st|nd|rd|th)\s+of\s+the\s+(?:following|next)\s+month|\bam\s+\d{1,2}\.\s+des\s+(?:folge|nächsten)/i;
const ON_RECEIPT =
  /à\s+réception|a\s+reception|dès\s+réception|des\s+reception|upon\s+receipt|on\s+receipt|due\s+on\s+receipt|au\s+comptant|paiement\s+comptant|\bcomptant\b|cash\s+on\s+delivery|sofort\s+(?:fällig|zahlbar|ohne)|sofort\b|immediately|immédiat|al\s+contado|a\s+vista|bij\s+ontvangst|direct\s+opeisbaar|alla\s+consegna|a\s+ricevimento/i;
const DATE_IN_TERMS =
  /(?:\bbis(?:\s+zum)?|until|\bby|before|avant\s+le|au\s+plus\s+tard\s+le|jusqu'au|due(?:\s+on)?|fällig(?:\s+(?:am|zum|bis))?|payable\s+le|à\s+régler\s+avant\s+le|entro\s+il|antes\s+del?|uiterlijk(?:\s+op)?|vóór|\bvoor)\s+([^,;]+)/i;
/** Words between the keyword and the date: "bis spätestens 07.02.2026", "by the 15 March". */
const DATE_FILLER =
  /^(?:(?:zum|spätestens|sp[äa]testens|dem|le|the|il|el|op|am|at\s+the\s+latest)\s+)+/i;
/** Words of an early-payment discount, in the six languages. */
const DISCOUNT =
  /skonto|discount|escompte|remise|sconto|descuento|pronto\s+pago|korting|betalingskorting|rabais|réduction|reduction|abzug\s+von|\d\s*%/i;
/** A term said to be net of any discount: the due date. */
const NET_MARK =
  /\bnet(?:to|o)?\b|ohne\s+abzug|sans\s+escompte|without\s+discount|no\s+discount|senza\s+sconto|sin\s+descuento|zonder\s+korting|rein\s+netto|full\s+amount/i;
/** Sentences that deny a discount ("Pas d'escompte pour paiement anticipé"): no discount. */
const NO_DISCOUNT =
  /\b(?:pas\s+d['’]\s*|aucun\s+|sans\s+|no\s+|kein(?:en)?\s+|nessuno\s+|ningún\s+|geen\s+)(?:escompte|discount|skonto|sconto|descuento|korting)[^.;\n]*/gi;
/** The denial alone ("sans escompte"), for clauses: what follows it may still be a term. */
const NO_DISCOUNT_WORDS =
  /(?:\bpas\s+d['’]\s*|\baucun\s+|\bsans\s+|\bno\s+|\bkein(?:en)?\s+|\bnessuno\s+|\bningún\s+|\bgeen\s+)(?:escompte|discount|skonto|sconto|descuento|korting)/gi;
/** A clause about paying (an explicit date elsewhere may be a delivery date). */
const PAY_WORD =
  /zahl|pay|paie|pago|pagam|règl|regl|fällig|due|échéan|echean|exigib|betal|net|scaden|venc|remit|settle|überweis|begleich|virement|abzug/i;
/** Late-payment penalties and interest: never a term. */
// Dutch "rente" (interest) as a word: French "trente" (thirty) holds it.
const PENALTY =
  /pénalit|penalit|penalty|late\s+(?:fee|payment\s+interest|charge)|intérêts?\s+de\s+retard|interest|indemnité|verzug|mahn|recargo|mora|boete|\brente\b|ränta|påminnelseavgift/i;

/**
 * Whether a payment-terms text offers an early-payment discount without stating the net term
 * ("Zahlbar mit 2% Skonto bis", "Payment within 10 days, 2% discount"): a date it goes with
 * is the discount's deadline, not the due date.
 */
export function describesDiscount(text: string | null | undefined): boolean {
  if (!text) return false;
  const t = text.replace(NO_DISCOUNT, ' ');
  return DISCOUNT.test(t) && !NET_MARK.test(t.replace(DISCOUNT, ''));
}

/**
 * A German sentence that starts without a full stop before it ("… 2 % Skonto Bis zum
 * 16.09.2026 ohne Abzug"): "Bis", "Bei", "Innerhalb" are capitalised only at a sentence start.
 */
const GERMAN_START = /\s+(?=(?:Bis|Bei|Innerhalb|Zahlbar)\s)/;

function clauses(terms: string): string[] {
  return (
    terms
      // "Pas d'escompte", "sans escompte", "ohne Skonto": the rest of the clause stays, net.
      .replace(NO_DISCOUNT_WORDS, ' net ')
      .split(
        /[;\n]|##|#(?=SKONTO#)|,(?!\d)|\.\s+|\s+[-–]\s+|\bsinon\b|\botherwise\b|\bansonsten\b|\bsonst\b|\baltrimenti\b|\banders\b|\bde\s+lo\s+contrario\b|\boder\b|\bor\b(?!\s+before)|\bou\b|\boppure\b/i,
      )
      .flatMap((c) => c.split(GERMAN_START))
      .map((c) => c.trim())
      .filter(Boolean)
  );
}

function explicitDate(clause: string, lang?: string): CalendarDate | null {
  const m = DATE_IN_TERMS.exec(clause);
  if (!m) return null;
  const d = parseDate(m[1]!.trim().replace(DATE_FILLER, '').slice(0, 40), { lang });
  return d && !d.ambiguous ? d.date : null;
}

/** How many day counts and dates a clause states. */
function figures(clause: string): number {
  const days = clause.match(new RegExp(DAYS.source, 'gi'))?.length ?? 0;
  const dates =
    clause.match(/\b\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b|\b\d{4}-\d{2}-\d{2}\b/g)?.length ?? 0;
  return days + dates;
}

/** The net payment term the text states, or null when it states none (or only a discount). */
export function readTerms(terms: string | null | undefined, lang?: string): ReadTerms | null {
  if (!terms || terms.length > 2000) return null;
  // A second rule on top of the days ("le 10 du mois suivant"): not computed, the user enters the date.
  if (EOM_DAY.test(terms)) return null;
  const split = SPLIT_NET.exec(terms);
  if (split)
    return { kind: 'days', days: Number(split[1]), endOfMonth: EOM.test(terms), clause: split[0] };
  const parts = clauses(terms).filter((c) => !PENALTY.test(c));
  const anyDiscount = parts.some((c) => DISCOUNT.test(c));
  const usable: { clause: string; net: boolean }[] = [];
  for (const c of parts) {
    const discount = DISCOUNT.test(c) && !NET_MARK.test(c.replace(DISCOUNT, ''));
    if (discount) continue;
    // A discount and a net term in one clause with several figures: which is which is a guess.
    if (DISCOUNT.test(c) && figures(c) > 1) continue;
    usable.push({ clause: c, net: NET_MARK.test(c) });
  }
  // With a discount in the text, a term must be marked net ("60 Tage ohne Abzug", "netto bis …"),
  // or be the longest of several day counts with the discount's in other clauses.
  let chosen = usable;
  if (anyDiscount) {
    const marked = usable.filter((u) => u.net);
    if (marked.length) chosen = marked;
    else {
      const discountDays = parts
        .filter((c) => DISCOUNT.test(c))
        .map((c) => Number(DAYS.exec(c)?.[1] ?? NaN))
        .filter((n) => n > 0);
      const plain = usable
        .map((u) => ({ u, n: Number((NET.exec(u.clause) ?? DAYS.exec(u.clause))?.[1] ?? NaN) }))
        .filter((x) => x.n > 0);
      // "Payment within 10 days, 2% discount": the only day count is the discount's.
      if (!discountDays.length || plain.length !== 1 || !(plain[0]!.n > Math.max(...discountDays)))
        return null;
      chosen = [plain[0]!.u];
    }
  }
  // A date the terms state wins ("sofort netto Kasse; fällig zum 04.02.2021"), then clause by
  // clause, in the order written: its day count, then "on receipt".
  for (const { clause } of chosen) {
    const date = PAY_WORD.test(clause) ? explicitDate(clause, lang) : null;
    if (date) return { kind: 'date', date, clause };
  }
  for (const { clause } of chosen) {
    const m = NET.exec(clause) ?? DAYS.exec(clause);
    if (m) {
      const n = Number(m[1]);
      if (!(n > 0 && n <= 365)) return null;
      return { kind: 'days', days: n, endOfMonth: EOM.test(clause), clause };
    }
    if (ON_RECEIPT.test(clause)) return { kind: 'receipt', clause };
  }
  return null;
}

export function dueDateFromTerms(
  terms: string | null | undefined,
  issueDate: CalendarDate | null,
  lang?: string,
): TermsDueDate | null {
  const t = readTerms(terms, lang);
  if (!t || !terms) return null;
  const quoted = terms.slice(0, 120);
  if (t.kind === 'date')
    return { dueDate: t.date!, note: catalogText('detectPaymentTermsReadFromThePayment', quoted) };
  if (!issueDate) return null;
  if (t.kind === 'receipt')
    return {
      dueDate: issueDate,
      note: catalogText('detectPaymentTermsPayableOnReceiptPer', quoted),
    };
  const n = t.days!;
  const base = addDays(issueDate, n);
  if (t.endOfMonth)
    return {
      dueDate: endOfMonth(base),
      note: catalogText('detectPaymentTermsDerivedFromIssueDate', quoted, n),
    };
  return { dueDate: base, note: catalogText('detectPaymentTermsDerivedFromIssueDate2', quoted, n) };
}

/**
 * A due date the document states, checked against its issue date and its terms:
 * before the issue date, or more than two weeks from what the terms give, is
 * flagged (both readings shown) — the user decides.
 */
export function checkDueDate(
  dueDate: CalendarDate,
  issueDate: CalendarDate | null,
  terms: string | null | undefined,
  lang?: string,
): Text | null {
  if (issueDate && daysBetween(issueDate, dueDate) < 0) {
    return catalogText('detectPaymentTermsDueDateIsBefore', dueDate, issueDate);
  }
  const derived = dueDateFromTerms(terms, issueDate, lang);
  if (derived && Math.abs(daysBetween(derived.dueDate, dueDate)) > 14) {
    return catalogText('detectPaymentTermsDueDateIsFar', dueDate, derived.dueDate, derived.note);
  }
  return null;
}
