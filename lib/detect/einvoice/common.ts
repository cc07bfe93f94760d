import { currencyExponent, isCurrencyCode } from '../../model/money';
import { isCalendarDate, type CalendarDate } from '../../model/dates';
import { checkDueDate, dueDateFromTerms } from '../payment-terms';
import { finalizeConfidence, type DetectedInvoice } from '../invoice-reading';
import { type Text } from '../../model/text';
import { isEmail } from '../../model/fields';
import { catalogText } from '../../i18n/text';

/** UNTDID 1001 document types that are credit notes: never chased. */
export const CREDIT_NOTE_CODES = new Set([
  '81',
  '83',
  '261',
  '262',
  '296',
  '308',
  '381',
  '396',
  '420',
  '458',
  '532',
]);

/** "1125.00" in the document currency → minor units; rounding beyond the exponent is reported. */
export function xmlAmount(
  text: string | null,
  currency: string | null,
  warnings: Text[],
  field: string,
): number | null {
  if (text === null) return null;
  const m = /^\s*(-)?(\d+)(?:\.(\d+))?\s*$/.exec(text);
  if (!m || !currency || !isCurrencyCode(currency)) {
    warnings.push(catalogText('einvoiceCommonIsNotReadableAmount', field, text));
    return null;
  }
  const exp = currencyExponent(currency);
  const frac = m[3] ?? '';
  let minor = Number(m[2]) * 10 ** exp + Number(frac.slice(0, exp).padEnd(exp, '0') || '0');
  if (frac.length > exp && !/^0*$/.test(frac.slice(exp))) {
    if (Number(frac[exp]) >= 5) minor += 1;
    warnings.push(catalogText('einvoiceCommonRoundedToDecimals', field, text, exp));
  }
  return m[1] ? -minor : minor;
}

/** "20260115" (format 102) or "2026-01-15". */
export function xmlDate(text: string | null): CalendarDate | null {
  if (!text) return null;
  const t = text.trim();
  const m = /^(\d{4})(\d{2})(\d{2})$/.exec(t);
  const iso = m ? `${m[1]}-${m[2]}-${m[3]}` : t.slice(0, 10);
  return isCalendarDate(iso) ? iso : null;
}

/**
 * A negative invoice (EN 16931 allows one, e.g. to credit an earlier invoice; French
 * "avoirs" are sent with type 380 and negative totals) is owed to the buyer like a credit
 * note: nothing to chase.
 */
export function isNegativeInvoice(d: DetectedInvoice): boolean {
  return !d.isCreditNote && (d.amountDue ?? d.totalWithTax ?? 0) < 0;
}

/** Nothing the seller could chase: a credit note or a negative invoice. */
export const nothingToChase = (d: DetectedInvoice) => d.isCreditNote || isNegativeInvoice(d);

/**
 * Fills the due date from the terms when the document has none, and the confidence;
 * `confidence` is that of the document's own due date (lower when it had several).
 */
export function completeDueDate(
  d: DetectedInvoice,
  where: string,
  confidence = 1,
): DetectedInvoice {
  const negative = isNegativeInvoice(d);
  if (d.isCreditNote || negative) {
    // A credit note is owed to the buyer: there is nothing to chase, so no due date.
    d.dueDate = null;
    d.dueDateSource = 'none';
    d.dueDateNote = negative
      ? 'a negative amount due is owed to the buyer: no due date to chase'
      : 'a credit note has no due date to chase';
    delete d.fields.dueDate;
    if (negative) d.warnings.push(catalogText('einvoiceCommonNegativeAmountDue'));
  } else if (d.dueDate) {
    d.dueDateSource = 'explicit';
    d.fields.dueDate = { confidence, where };
    const odd = checkDueDate(d.dueDate, d.issueDate, d.paymentTerms);
    if (odd) {
      d.fields.dueDate.confidence = Math.min(confidence, 0.5);
      d.warnings.push(odd);
    }
  } else {
    const derived = dueDateFromTerms(d.paymentTerms, d.issueDate);
    if (derived) {
      d.dueDate = derived.dueDate;
      d.dueDateSource = 'terms';
      d.dueDateNote = derived.note.en;
      d.fields.dueDate = { confidence: 0.6, where: 'payment terms' };
      d.warnings.push(catalogText('einvoiceCommonNoDueDateIn', derived.note));
    } else {
      const none = d.paymentTerms
        ? catalogText('einvoiceCommonNoDueDateBt', d.paymentTerms.slice(0, 80))
        : catalogText('einvoiceCommonNoDueDateBt2');
      d.dueDateNote = none.en;
      d.warnings.push(catalogText('einvoiceCommonNoDueDate', none));
    }
  }
  return finalizeConfidence(d);
}

export function uniq(values: (string | null | undefined)[]): string[] {
  return [...new Set(values.filter((v): v is string => !!v && !!v.trim()).map((v) => v.trim()))];
}

/** ISO 13616: country, check digits, 11 to 30 letters and digits (spaces removed). */
const IBAN_SHAPE = /^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/;

function ibanChecksumOk(iban: string): boolean {
  const digits = (iban.slice(4) + iban.slice(0, 4)).replace(/[A-Z]/g, (c) =>
    String(c.charCodeAt(0) - 55),
  );
  let rest = 0;
  for (const ch of digits) rest = (rest * 10 + Number(ch)) % 97;
  return rest === 1;
}

/**
 * The first payment account identifier (BT-84) that is an IBAN. BT-84 may be another kind of
 * account number (a national one, a giro number, "XXX"): that is not an IBAN. An IBAN whose
 * check digits are wrong is kept, to confirm.
 */
export function ibanOf(values: (string | null)[]): { iban: string; checked: boolean } | null {
  for (const v of values) {
    const iban = (v ?? '').replace(/\s+/g, '').toUpperCase();
    if (IBAN_SHAPE.test(iban)) return { iban, checked: ibanChecksumOk(iban) };
  }
  return null;
}

/** The fields an e-invoice states outright, trusted as read. */
const STATED = [
  'invoiceNumber',
  'issueDate',
  'currency',
  'totalWithTax',
  'amountDue',
  'sellerName',
  'buyerName',
] as const;

/**
 * Records what an e-invoice states: its stated fields trusted where it says them; its IBAN
 * trusted once its check digits hold, else to confirm with a warning.
 */
export function trustStated(
  d: DetectedInvoice,
  iban: { iban: string; checked: boolean } | null,
  where: { fields: string; iban: string },
): void {
  d.iban = iban?.iban ?? null;
  for (const f of STATED) if (d[f] !== null) d.fields[f] = { confidence: 1, where: where.fields };
  if (!iban) return;
  d.fields.iban = { confidence: iban.checked ? 1 : 0.5, where: where.iban };
  if (!iban.checked) d.warnings.push(catalogText('einvoiceCommonIbanCheckDigits', iban.iban));
}

/**
 * The buyer's e-mail: the contact's (BT-58), else the buyer's electronic address (BT-49) when
 * it is an e-mail address, whatever its scheme (senders often file one under another scheme
 * than EM; a Leitweg-ID, a GLN or a SIRET there is no address to write to). Of a list, the first.
 */
export function buyerEmailOf(contact: string | null, address: string | null): string | null {
  const firstEmail = (s: string | null) =>
    (s ?? '').split(/[;,\s]+/).find((e) => isEmail(e)) ?? null;
  return firstEmail(contact) ?? firstEmail(address);
}

/** One payment terms group of an e-invoice: its date, and whether it is an early-payment discount's. */
export interface TermsGroup {
  date: CalendarDate | null;
  /** The format's discount structure marks it (CII EXTENDED's discount terms, UBL's settlement discount). */
  structural: boolean;
  /** Its wording only grants a discount (`describesDiscount`). */
  worded: boolean;
}

/**
 * The due date among the payment terms groups. EN 16931 has one (BT-9); CII EXTENDED and
 * UBL's PaymentTerms may have several: the net term, early-payment discounts (a group the
 * format marks as a discount, or one whose wording only grants a discount: its date is the
 * discount's deadline), instalments. The net date is taken; when it is told apart only by the
 * wording, or several net dates remain, it is to confirm.
 */
export function termsDueDate(
  terms: TermsGroup[],
  w: Text[],
): { date: CalendarDate | null; confidence: number } {
  const groups = terms.filter((g): g is TermsGroup & { date: CalendarDate } => g.date !== null);
  const dates = uniq(groups.map((g) => g.date)) as CalendarDate[];
  if (dates.length <= 1) {
    const only = groups[0];
    if (!only) return { date: null, confidence: 0 };
    // A lone date in a discount group is the discount's deadline when the group's wording
    // says so too, and may be otherwise. Without a discount structure it is the due date.
    if (only.structural && only.worded) {
      w.push(catalogText('einvoiceCiiOnlyDiscountDates', only.date));
      return { date: null, confidence: 0 };
    }
    if (only.structural) {
      w.push(catalogText('einvoiceCiiDueDateWithDiscount', only.date));
      return { date: only.date, confidence: 0.6 };
    }
    return { date: only.date, confidence: 1 };
  }
  const net = uniq(groups.filter((g) => !g.structural && !g.worded).map((g) => g.date)).sort();
  const discounts = uniq(groups.filter((g) => g.structural || g.worded).map((g) => g.date));
  if (net.length === 1) {
    const byStructure = groups.every((g) => g.date === net[0] || g.structural);
    if (!byStructure)
      w.push(catalogText('einvoiceCiiNetAndDiscountDates', net[0]!, discounts.join(', ')));
    return { date: net[0] as CalendarDate, confidence: byStructure ? 1 : 0.6 };
  }
  if (!net.length) {
    // Only discount deadlines: the net term is not dated.
    w.push(catalogText('einvoiceCiiOnlyDiscountDates', discounts.join(', ')));
    return { date: null, confidence: 0 };
  }
  w.push(catalogText('einvoiceCiiSeveralDueDates', net.join(', ')));
  return { date: net[0] as CalendarDate, confidence: 0.5 };
}
