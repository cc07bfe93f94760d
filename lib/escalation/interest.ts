import {
  addDays,
  daysBetween,
  halfYearEnd,
  halfYearOf,
  maxDate,
  minDate,
  type CalendarDate,
} from '../model/dates';
import { assertCurrency } from '../model/money';
import { type Text } from '../model/text';
import { getJurisdiction, type Jurisdiction } from './jurisdictions';
import {
  DEFAULT_RATES,
  MissingRateError,
  lookupRate,
  percentToUnits,
  unitsToPercent,
  type RateTable,
  type SeriesId,
} from './rates';
import { catalogText } from '../i18n/text';

/**
 * Late-payment interest: simple interest on the amount including VAT,
 * amount × rate × days / 365 (365 also in leap years, as the French and EU texts are
 * applied in practice).
 *
 * Day counting: from the day after the due date to the end date, both inclusive
 * (due 15 May, paid 14 Aug → 16 May … 14 Aug = 91 days). Under the split reading
 * (default), the days are cut at 1 Jan and 1 Jul and each part uses its half-year's
 * rate; the other reading applies the rate in force when the delay began to all days.
 *
 * Rounding: each period's interest is shown rounded to the minor unit; the total is
 * the exact sum rounded once (half up), so it may differ by a cent from the sum of
 * the rounded periods.
 */
export interface InterestInput {
  jurisdiction: string;
  /** Amount owed, minor units, > 0. */
  principal: number;
  currency: string;
  dueDate: CalendarDate;
  /** Payment date, or today; inclusive. */
  until: CalendarDate;
  /** Contractual late-payment rate in percent; required for `contract`. */
  contractRatePercent?: string;
  /** Date of the formal notice, for jurisdictions where interest runs only from it. */
  noticeDate?: CalendarDate;
  rates?: RateTable;
  /** false: one rate for the whole delay (the rate in force when it began). */
  splitByHalfYear?: boolean;
  /**
   * Payments made on this amount, with their dates: interest runs on the full
   * principal up to each payment's date (inclusive), then on what is left. A payment
   * on or before the due date only lowers the principal. Their sum may not exceed it.
   */
  payments?: { date: CalendarDate; amount: number }[];
  /**
   * The creditor is a private person acting outside a profession: the French legal
   * rate's other series applies (C. mon. fin. L313-2: the rate follows the creditor).
   */
  creditorIsPrivatePerson?: boolean;
}

export interface InterestPeriod {
  from: CalendarDate;
  to: CalendarDate;
  days: number;
  /** The amount interest runs on in this period (it falls after each payment). */
  principal: number;
  /** null: no rate known for this half-year (see warnings). */
  ratePercent: string | null;
  /** Minor units, rounded for display; null when the rate is unknown. */
  interest: number | null;
}

export interface InterestResult {
  jurisdiction: string;
  currency: string;
  principal: number;
  /** null: a half-year's rate is unknown — never guessed (the fee is still owed). */
  interest: number | null;
  fixedFee: number;
  /** principal still owed at `until` + interest + fee; null when interest is unknown. */
  total: number | null;
  periods: InterestPeriod[];
  lawRef: string;
  warnings: Text[];
  /** Half-years whose rate is missing, e.g. ["2027-H1"]. */
  unknownHalfYears: string[];
}

const DENOMINATOR = 1_000_000n * 365n; // rate units are 1e-4 percent = 1e-6

function roundDiv(num: bigint, den: bigint): number {
  return Number((num * 2n + den) / (den * 2n));
}

export function fixedFeeFor(
  j: Jurisdiction,
  principal: number,
  currency: string,
  warnings: Text[],
): number {
  if (!j.fixedFee) return 0;
  if (j.fixedFee.currency !== currency) {
    warnings.push(
      catalogText('escalationInterestTheFixedRecoveryFee', j.label, j.fixedFee.currency, currency),
    );
    return 0;
  }
  const band = j.fixedFee.bands.find((b) => b.below === null || principal < b.below);
  return band?.amount ?? 0;
}

/** What a half-year's rate depends on: the law, the claim, the rate table; and where warnings go. */
interface RateContext {
  j: Jurisdiction;
  input: InterestInput;
  rates: RateTable;
  warnings: Text[];
}

function rateUnitsFor(halfYear: string, { j, input, rates, warnings }: RateContext): number {
  if (input.contractRatePercent !== undefined && j.contractRateAllowed) {
    let units = percentToUnits(input.contractRatePercent);
    if (j.contractFloor) {
      const legal = lookupRate(rates, j.contractFloor.series, halfYear);
      const floor = percentToUnits(legal.percent) * j.contractFloor.multiple;
      if (units < floor) {
        warnings.push(
          catalogText(
            'escalationInterestContractRateIsBelow',
            halfYear,
            input.contractRatePercent,
            j.contractFloor.multiple,
            unitsToPercent(floor),
            j.lawRef,
          ),
        );
        units = floor;
      }
    }
    return units;
  }
  if (!j.series) throw new Error(`Jurisdiction "${j.id}" needs a contract rate (--rate)`);
  const series = seriesFor(j, input);
  const ref = lookupRate(rates, series, halfYear);
  if (ref.provisional) {
    warnings.push(
      catalogText(
        'escalationInterestTheIsProvisionalVerify',
        rates[series].label,
        halfYear,
        ref.percent,
      ),
    );
  }
  let units = percentToUnits(ref.percent) + percentToUnits(j.margin);
  if (j.roundUpToHalfPoint) units = Math.ceil(units / 5_000) * 5_000;
  return units;
}

/** The French legal rate follows the creditor (C. mon. fin. L313-2): a private person's series, or the other one. */
export function seriesFor(
  j: Jurisdiction,
  input: Pick<InterestInput, 'creditorIsPrivatePerson'>,
): SeriesId {
  if (j.series === 'fr-legal-pro' && input.creditorIsPrivatePerson) return 'fr-legal-private';
  return j.series!;
}

const addWarningOnce = (list: Text[], w: Text) =>
  void (list.some((x) => x.en === w.en) || list.push(w));

export function lateInterest(input: InterestInput): InterestResult {
  const j = getJurisdiction(input.jurisdiction);
  const currency = assertCurrency(input.currency);
  if (!Number.isSafeInteger(input.principal) || input.principal <= 0)
    throw new Error(`Amount must be greater than zero (got ${input.principal})`);
  if (input.until < input.dueDate)
    throw new Error(`The due date ${input.dueDate} is after the end date ${input.until}`);
  if (j.id === 'contract' && input.contractRatePercent === undefined)
    throw new Error('Jurisdiction "contract" needs a contract rate (--rate)');
  const rates = input.rates ?? DEFAULT_RATES;
  const warnings: Text[] = [];
  const payments = [...(input.payments ?? [])].sort((a, b) => a.date.localeCompare(b.date));
  for (const p of payments)
    if (!Number.isSafeInteger(p.amount) || p.amount <= 0)
      throw new Error(`A payment must be greater than zero (got ${p.amount})`);
  const paidTotal = payments.reduce((s, p) => s + p.amount, 0);
  if (paidTotal > input.principal)
    throw new Error(`The payments (${paidTotal}) exceed the amount (${input.principal})`);
  // What is still owed the day after the due date and at the end date.
  const owedAfterDue =
    input.principal -
    payments.filter((p) => p.date <= input.dueDate).reduce((s, p) => s + p.amount, 0);
  const owedAtEnd =
    input.principal -
    payments.filter((p) => p.date <= input.until).reduce((s, p) => s + p.amount, 0);
  // Paid on the due date (or the end date is the due date): nothing is late, no fee either.
  const late = input.until > input.dueDate && owedAfterDue > 0;
  const fixedFee = late ? fixedFeeFor(j, owedAfterDue, currency, warnings) : 0;

  let start = addDays(input.dueDate, 1);
  if (j.accrues === 'from-notice') {
    if (!input.noticeDate) {
      warnings.push(catalogText('escalationInterestInterestRunsOnlyFrom', j.label));
      start = addDays(input.until, 1);
    } else start = maxDate(start, addDays(input.noticeDate, 1))!;
  }
  const periods: InterestPeriod[] = [];
  const unknownHalfYears: string[] = [];
  let exact = 0n;
  const rateAt = (halfYear: string): number | null => {
    try {
      return rateUnitsFor(halfYear, { j, input, rates, warnings });
    } catch (err) {
      if (!(err instanceof MissingRateError)) throw err;
      if (!unknownHalfYears.includes(err.halfYear)) unknownHalfYears.push(err.halfYear);
      addWarningOnce(warnings, err.text);
      return null;
    }
  };
  if (late && j.accrues !== 'never' && start <= input.until) {
    const split = j.mode === 'split' && input.splitByHalfYear !== false;
    const fixedUnits = split
      ? 0
      : rateAt(halfYearOf(j.mode === 'fixed-at-due' ? input.dueDate : start));
    // Interest runs on the full amount up to each payment's date inclusive, then on the rest.
    const owedOn = (day: CalendarDate) =>
      input.principal - payments.filter((p) => p.date < day).reduce((s, p) => s + p.amount, 0);
    const cuts = payments.map((p) => p.date).filter((d) => d >= start && d < input.until);
    let from = start;
    while (from <= input.until) {
      const halfEnd =
        split && halfYearEnd(halfYearOf(from)) < input.until
          ? halfYearEnd(halfYearOf(from))
          : input.until;
      const end = minDate(halfEnd, ...cuts.filter((d) => d >= from))!;
      const owed = owedOn(from);
      if (owed > 0) {
        const units = split ? rateAt(halfYearOf(from)) : fixedUnits;
        const days = daysBetween(from, end) + 1;
        if (units === null)
          periods.push({ from, to: end, days, principal: owed, ratePercent: null, interest: null });
        else {
          const num = BigInt(owed) * BigInt(units) * BigInt(days);
          exact += num;
          periods.push({
            from,
            to: end,
            days,
            principal: owed,
            ratePercent: unitsToPercent(units),
            interest: roundDiv(num, DENOMINATOR),
          });
        }
      }
      from = addDays(end, 1);
    }
  }
  const interest = unknownHalfYears.length ? null : roundDiv(exact, DENOMINATOR);
  return {
    jurisdiction: j.id,
    currency,
    principal: input.principal,
    interest,
    fixedFee,
    total: interest === null ? null : owedAtEnd + interest + fixedFee,
    periods,
    lawRef: j.lawRef,
    // One line per problem, however many periods share it.
    warnings: warnings.filter((w, i) => warnings.findIndex((x) => x.en === w.en) === i),
    unknownHalfYears,
  };
}
