import type { SeriesId } from './rates';
import { catalogText } from '../i18n/text';
import type { Text } from '../model/text';

/**
 * Late-payment rules per jurisdiction (docs/ladder-and-law.md). Each carries the
 * article of law it comes from, so drafts and letters can cite it.
 */
export const JURISDICTION_IDS = [
  'fr-b2b',
  'fr-b2c',
  'fr-public',
  'eu',
  'de-b2b',
  'de-b2c',
  'be',
  'es',
  'it',
  'nl',
  'ie',
  'uk',
  'contract',
  'none',
] as const;
export type JurisdictionId = (typeof JURISDICTION_IDS)[number];

export type RateMode =
  | 'split' // each half-year's reference rate for the days in it
  | 'fixed-at-start' // the rate of the half-year in which the delay started, for the whole debt
  // the rate in force on the due date, for the whole debt (differs from fixed-at-start for a
  // debt due on 30 June or 31 December)
  | 'fixed-at-due';

export interface FixedFee {
  currency: string;
  /** Minor units, by debt size: the first band whose `below` the debt is under. */
  bands: { below: number | null; amount: number }[];
}

export interface Jurisdiction {
  id: JurisdictionId;
  label: Text;
  /** Reference rate series; null: contract rate only, or no interest. */
  series: SeriesId | null;
  /** Points added to the reference rate, in percent. */
  margin: string;
  mode: RateMode;
  /** Round the resulting rate up to the next half point (Belgium). */
  roundUpToHalfPoint?: boolean;
  /** When interest starts: the day after the due date, or only from the formal notice. */
  accrues: 'after-due' | 'from-notice' | 'never';
  fixedFee: FixedFee | null;
  /** A contractual rate may not be lower than this multiple of a statutory rate (FR: 3 × legal rate). */
  contractFloor?: { series: SeriesId; multiple: number };
  /** Whether a contractual rate replaces the statutory one. */
  contractRateAllowed: boolean;
  lawRef: string;
}

const EUR40: FixedFee = { currency: 'EUR', bands: [{ below: null, amount: 4000 }] };

/** The directive's minimum (ECB rate + 8 points, 40 €), as a country wrote it into its law. */
const ecbPlus8 = (
  own: Pick<Jurisdiction, 'id' | 'label' | 'lawRef'> & Partial<Jurisdiction>,
): Jurisdiction => ({
  series: 'ecb-mro',
  margin: '8',
  mode: 'split',
  accrues: 'after-due',
  fixedFee: EUR40,
  contractRateAllowed: true,
  ...own,
});

export const JURISDICTIONS: Record<JurisdictionId, Jurisdiction> = {
  'fr-b2b': {
    id: 'fr-b2b',
    label: catalogText('jurisdictionFrB2b'),
    series: 'ecb-mro',
    margin: '10',
    mode: 'split',
    accrues: 'after-due',
    fixedFee: EUR40,
    contractFloor: { series: 'fr-legal-pro', multiple: 3 },
    contractRateAllowed: true,
    lawRef: 'C. com. art. L441-10 et D441-5',
  },
  'fr-b2c': {
    id: 'fr-b2c',
    label: catalogText('jurisdictionFrB2c'),
    series: 'fr-legal-pro',
    margin: '0',
    mode: 'split',
    accrues: 'from-notice',
    fixedFee: null,
    contractRateAllowed: true,
    lawRef: 'C. civ. art. 1344-1 ; C. mon. fin. art. L313-2',
  },
  'fr-public': {
    id: 'fr-public',
    label: catalogText('jurisdictionFrPublic'),
    series: 'ecb-mro',
    margin: '8',
    mode: 'fixed-at-start',
    accrues: 'after-due',
    fixedFee: EUR40,
    contractRateAllowed: false,
    // Intérêts moratoires, owed without any reminder; the 40 € from D2192-35.
    lawRef: 'C. commande publique art. L2192-13, R2192-31 à R2192-36 et D2192-35',
  },
  eu: ecbPlus8({
    id: 'eu',
    label: catalogText('jurisdictionEu'),
    lawRef: 'Directive 2011/7/UE, art. 2, 3, 6',
  }),
  'de-b2b': {
    id: 'de-b2b',
    label: catalogText('jurisdictionDeB2b'),
    series: 'de-base',
    margin: '9',
    mode: 'split',
    accrues: 'after-due',
    fixedFee: EUR40,
    contractRateAllowed: true,
    lawRef: 'BGB § 288 Abs. 2 und 5',
  },
  'de-b2c': {
    id: 'de-b2c',
    label: catalogText('jurisdictionDeB2c'),
    series: 'de-base',
    margin: '5',
    mode: 'split',
    accrues: 'after-due',
    fixedFee: null,
    contractRateAllowed: true,
    lawRef: 'BGB § 288 Abs. 1',
  },
  // Belgium rounds the rate up to the next half point (Loi du 2 août 2002, art. 5). Checked
  // 2026-12-01 against the rates the SPF Finances published: 2024-H1 12.5 % (4.50 + 8), 2024-H2
  // 12.5 % (4.25 + 8 = 12.25, rounded up), 2026-H1 10.5 % (docs/ladder-and-law.md, Sources).
  be: ecbPlus8({
    id: 'be',
    label: catalogText('jurisdictionBe'),
    lawRef: 'Loi du 2 août 2002, art. 5 et 6',
    roundUpToHalfPoint: true,
  }),
  es: ecbPlus8({
    id: 'es',
    label: catalogText('jurisdictionEs'),
    lawRef: 'Ley 3/2004, art. 7 y 8',
  }),
  it: ecbPlus8({
    id: 'it',
    label: catalogText('jurisdictionIt'),
    lawRef: 'D.Lgs. 231/2002, art. 5 e 6',
  }),
  nl: ecbPlus8({
    id: 'nl',
    label: catalogText('jurisdictionNl'),
    lawRef: 'BW art. 6:119a en 6:96',
  }),
  // Ireland, S.I. No. 580 of 2012 (in force 16 March 2013): ECB rate on 1 January / 1 July + 8 points, one rate for the
  // whole debt, "the rate in force on the payment date" (Department of Enterprise, Late Payment in Commercial
  // Transactions); compensation for recovery costs by reg. 9 and its Schedule: not exceeding €1,000 → €40, not
  // exceeding €10,000 → €70, above → €100. Bands are "under `below`": €1,000.00 exactly is in the first.
  ie: {
    id: 'ie',
    label: catalogText('jurisdictionIe'),
    series: 'ecb-mro',
    margin: '8',
    mode: 'fixed-at-due',
    accrues: 'after-due',
    fixedFee: {
      currency: 'EUR',
      bands: [
        { below: 100_001, amount: 4000 },
        { below: 1_000_001, amount: 7000 },
        { below: null, amount: 10_000 },
      ],
    },
    contractRateAllowed: true,
    lawRef:
      'European Communities (Late Payment in Commercial Transactions) Regulations 2012 (S.I. No. 580 of 2012), reg. 4 and 9',
  },
  uk: {
    id: 'uk',
    label: catalogText('jurisdictionUk'),
    series: 'uk-bank-rate',
    margin: '8',
    mode: 'fixed-at-start',
    accrues: 'after-due',
    fixedFee: {
      currency: 'GBP',
      bands: [
        { below: 100_000, amount: 4000 },
        { below: 1_000_000, amount: 7000 },
        { below: null, amount: 10_000 },
      ],
    },
    contractRateAllowed: true,
    lawRef: 'Late Payment of Commercial Debts (Interest) Act 1998, s. 4 and 5A',
  },
  contract: {
    id: 'contract',
    label: catalogText('jurisdictionContract'),
    series: null,
    margin: '0',
    mode: 'split',
    accrues: 'after-due',
    fixedFee: null,
    contractRateAllowed: true,
    lawRef: 'contract',
  },
  none: {
    id: 'none',
    label: catalogText('jurisdictionNone'),
    series: null,
    margin: '0',
    mode: 'split',
    accrues: 'never',
    fixedFee: null,
    contractRateAllowed: false,
    lawRef: '',
  },
};

export function isJurisdictionId(id: string): id is JurisdictionId {
  return (JURISDICTION_IDS as readonly string[]).includes(id);
}

export function getJurisdiction(id: string): Jurisdiction {
  if (!isJurisdictionId(id))
    throw new Error(`Unknown jurisdiction "${id}": expected one of ${JURISDICTION_IDS.join(', ')}`);
  return JURISDICTIONS[id];
}

/** Default jurisdiction for a client of a kind, given the sender's country. */
export function defaultJurisdiction(
  kind: 'b2b' | 'b2c' | 'public',
  country = 'FR',
): JurisdictionId {
  switch (country.toUpperCase()) {
    case 'FR':
      return kind === 'b2c' ? 'fr-b2c' : kind === 'public' ? 'fr-public' : 'fr-b2b';
    case 'DE':
      return kind === 'b2c' ? 'de-b2c' : 'de-b2b';
    case 'GB':
    case 'UK':
      return kind === 'b2c' ? 'none' : 'uk';
    case 'BE':
      return kind === 'b2c' ? 'none' : 'be';
    case 'IE':
      return kind === 'b2c' ? 'none' : 'ie';
    case 'ES':
      return kind === 'b2c' ? 'none' : 'es';
    case 'IT':
      return kind === 'b2c' ? 'none' : 'it';
    case 'NL':
      return kind === 'b2c' ? 'none' : 'nl';
    default:
      return 'none';
  }
}
