import { addDays, daysBetween, halfYearEnd, halfYearOf, maxDate, type CalendarDate } from '../model/dates';
import { assertCurrency } from '../model/money';
import { bilingual, fr, type Text } from '../model/text';
import { getJurisdiction, type Jurisdiction } from './jurisdictions';
import { DEFAULT_RATES, lookupRate, percentToUnits, unitsToPercent, type RateTable } from './rates';

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
}

export interface InterestPeriod {
  from: CalendarDate;
  to: CalendarDate;
  days: number;
  ratePercent: string;
  /** Minor units, rounded for display. */
  interest: number;
}

export interface InterestResult {
  jurisdiction: string;
  currency: string;
  principal: number;
  interest: number;
  fixedFee: number;
  total: number;
  periods: InterestPeriod[];
  lawRef: string;
  warnings: Text[];
}

const DENOMINATOR = 1_000_000n * 365n; // rate units are 1e-4 percent = 1e-6

function roundDiv(num: bigint, den: bigint): number {
  return Number((num * 2n + den) / (den * 2n));
}

export function fixedFeeFor(j: Jurisdiction, principal: number, currency: string, warnings: Text[]): number {
  if (!j.fixedFee) return 0;
  if (j.fixedFee.currency !== currency) {
    warnings.push(bilingual(
      `L’indemnité forfaitaire de recouvrement (${j.label.fr}) est fixée en ${j.fixedFee.currency} ; elle n’est pas convertie en ${currency}.`,
      `The fixed recovery fee of ${j.label.en} is set in ${j.fixedFee.currency}; it is not converted to ${currency}.`,
    ));
    return 0;
  }
  const band = j.fixedFee.bands.find((b) => b.below === null || principal < b.below);
  return band?.amount ?? 0;
}

function rateUnitsFor(j: Jurisdiction, halfYear: string, input: InterestInput, rates: RateTable, warnings: Text[]): number {
  if (input.contractRatePercent !== undefined && j.contractRateAllowed) {
    let units = percentToUnits(input.contractRatePercent);
    if (j.contractFloor) {
      const legal = lookupRate(rates, j.contractFloor.series, halfYear);
      const floor = percentToUnits(legal.percent) * j.contractFloor.multiple;
      if (units < floor) {
        warnings.push(bilingual(
          `Au ${fr.halfYear(halfYear)}, le taux contractuel de ${fr.decimal(input.contractRatePercent)} % est inférieur à ${j.contractFloor.multiple} fois le taux légal ; il est porté à ${fr.decimal(unitsToPercent(floor))} % (${j.lawRef}).`,
          `${halfYear}: contract rate ${input.contractRatePercent} % is below ${j.contractFloor.multiple} × the legal rate; raised to ${unitsToPercent(floor)} % (${j.lawRef}).`,
        ));
        units = floor;
      }
    }
    return units;
  }
  if (!j.series) throw new Error(`Jurisdiction "${j.id}" needs a contract rate (--rate)`);
  const ref = lookupRate(rates, j.series, halfYear);
  if (ref.provisional) {
    warnings.push(bilingual(
      `Le ${fr.lower(rates[j.series].label.fr)} du ${fr.halfYear(halfYear)} (${fr.decimal(ref.percent)} %) est provisoire — à vérifier.`,
      `${halfYear}: the ${rates[j.series].label.en} (${ref.percent} %) is provisional — verify it.`,
    ));
  }
  let units = percentToUnits(ref.percent) + percentToUnits(j.margin);
  if (j.roundUpToHalfPoint) units = Math.ceil(units / 5_000) * 5_000;
  return units;
}

export function lateInterest(input: InterestInput): InterestResult {
  const j = getJurisdiction(input.jurisdiction);
  const currency = assertCurrency(input.currency);
  if (!Number.isSafeInteger(input.principal) || input.principal <= 0) throw new Error(`Amount must be greater than zero (got ${input.principal})`);
  if (input.until < input.dueDate) throw new Error(`The due date ${input.dueDate} is after the end date ${input.until}`);
  if (j.id === 'contract' && input.contractRatePercent === undefined) throw new Error('Jurisdiction "contract" needs a contract rate (--rate)');
  const rates = input.rates ?? DEFAULT_RATES;
  const warnings: Text[] = [];
  const fixedFee = fixedFeeFor(j, input.principal, currency, warnings);

  let start = addDays(input.dueDate, 1);
  if (j.accrues === 'from-notice') {
    if (!input.noticeDate) {
      warnings.push(bilingual(
        `${j.label.fr} : les intérêts ne courent qu’à compter de la mise en demeure ; aucune n’a été envoyée.`,
        `${j.label.en}: interest runs only from the formal notice; none has been sent.`,
      ));
      start = addDays(input.until, 1);
    } else start = maxDate(start, addDays(input.noticeDate, 1))!;
  }
  const periods: InterestPeriod[] = [];
  let exact = 0n;
  if (j.accrues !== 'never' && start <= input.until) {
    const split = j.mode === 'split' && input.splitByHalfYear !== false;
    const fixedUnits = split ? 0 : rateUnitsFor(j, halfYearOf(start), input, rates, warnings);
    let from = start;
    while (from <= input.until) {
      const end = split ? (halfYearEnd(halfYearOf(from)) < input.until ? halfYearEnd(halfYearOf(from)) : input.until) : input.until;
      const units = split ? rateUnitsFor(j, halfYearOf(from), input, rates, warnings) : fixedUnits;
      const days = daysBetween(from, end) + 1;
      const num = BigInt(input.principal) * BigInt(units) * BigInt(days);
      exact += num;
      periods.push({ from, to: end, days, ratePercent: unitsToPercent(units), interest: roundDiv(num, DENOMINATOR) });
      from = addDays(end, 1);
    }
  }
  const interest = roundDiv(exact, DENOMINATOR);
  return {
    jurisdiction: j.id,
    currency,
    principal: input.principal,
    interest,
    fixedFee,
    total: input.principal + interest + fixedFee,
    periods,
    lawRef: j.lawRef,
    warnings,
  };
}
