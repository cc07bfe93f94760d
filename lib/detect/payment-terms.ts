import { addDays, endOfMonth, type CalendarDate } from '../model/dates';
import { parseDate } from './parse-date';
import { bilingual, type Text } from '../model/text';

/**
 * A due date from payment terms, when the document gives none: "Net 30",
 * "30 jours fin de mois", "45 days end of month", "Zahlbar innerhalb 30 Tagen",
 * "à réception". The result is always marked derived: the user confirms it.
 *
 * "N jours fin de mois" is read as: issue date + N days, then the end of that month
 * (the reading most French accountants use); the note says so.
 */
export interface TermsDueDate {
  dueDate: CalendarDate;
  note: Text;
}

const DAYS = /(?:net\s*|netto\s*|à\s*|a\s*|within\s+|sous\s+|innerhalb(?:\s+von)?\s+|entro\s+|binnen\s+|en\s+|dans\s+les\s+|de\s+)?(\d{1,3})\s*(?:days?|jours?|j\b|tagen?|tage|días|dias|giorni|gg|dagen)/i;
const NET = /\bnet\s*(\d{1,3})\b/i;
const EOM = /fin\s+de\s+mois|end\s+of\s+(?:the\s+)?month|\beom\b|monatsende|fine\s+mese|final\s+de\s+mes|einde\s+van\s+de\s+maand/i;
const ON_RECEIPT = /à\s+réception|a\s+reception|dès\s+réception|upon\s+receipt|on\s+receipt|due\s+on\s+receipt|au\s+comptant|sofort|immediately|immédiat/i;
const DATE_IN_TERMS = /(?:bis(?:\s+zum)?|until|by|before|avant\s+le|au\s+plus\s+tard\s+le|jusqu'au|due(?:\s+on)?|fällig\s+am|payable\s+le|à\s+régler\s+avant\s+le|entro\s+il|antes\s+del?)\s+([^,;]+)/i;

export function dueDateFromTerms(terms: string | null | undefined, issueDate: CalendarDate | null, lang?: string): TermsDueDate | null {
  if (!terms) return null;
  const explicit = DATE_IN_TERMS.exec(terms);
  if (explicit) {
    const d = parseDate(explicit[1]!.trim().slice(0, 40), { lang });
    if (d && !d.ambiguous) return { dueDate: d.date, note: bilingual(`lue dans les conditions de paiement « ${terms.slice(0, 120)} »`, `read from the payment terms "${terms.slice(0, 120)}"`) };
  }
  if (!issueDate) return null;
  if (ON_RECEIPT.test(terms)) return { dueDate: issueDate, note: bilingual(`payable à réception selon les conditions « ${terms.slice(0, 120)} »`, `payable on receipt, per the terms "${terms.slice(0, 120)}"`) };
  const m = NET.exec(terms) ?? DAYS.exec(terms);
  if (!m) return null;
  const n = Number(m[1]);
  if (!(n > 0 && n <= 365)) return null;
  const base = addDays(issueDate, n);
  if (EOM.test(terms)) return { dueDate: endOfMonth(base), note: bilingual(`déduite de « ${terms.slice(0, 120)} » : date de facture + ${n} jours, puis fin de mois`, `derived from "${terms.slice(0, 120)}": issue date + ${n} days, then end of month`) };
  return { dueDate: base, note: bilingual(`déduite de « ${terms.slice(0, 120)} » : date de facture + ${n} jours`, `derived from "${terms.slice(0, 120)}": issue date + ${n} days`) };
}
