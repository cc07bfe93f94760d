/**
 * Reference rates as data, each with the date it was last checked. Values marked
 * `provisional` were published by secondary sources and must be verified; the user
 * can add or correct a half-year in the options. A half-year that is missing is
 * unknown — named in a warning, never a guess.
 *
 * Source of the figures: the ECB, the French arrêtés in the Journal officiel, the Bank of
 * England and the Bundesbank (docs/ladder-and-law.md), transcribed 2026-11-23; the values that carry a `source` were checked
 * against it on the date given (`checked`). `lastChecked` of a series is the last day
 * someone compared that series with a public source, not the day it was transcribed.
 *
 * Checked 2026-12-01 and NOT found in a public source we could read: the French legal
 * rate for 2026-H2 (the arrêté of June 2026; both series left out, so unknown), the ECB
 * MRO rate after the June 2026 meeting and the Bundesbank base rate of 1 July 2026
 * (both kept provisional, as secondary sources give them).
 */
import { type Text } from '../model/text';
import { catalogText, sameText } from '../i18n/text';

export type SeriesId = 'ecb-mro' | 'fr-legal-pro' | 'fr-legal-private' | 'uk-bank-rate' | 'de-base';

export interface RateValue {
  percent: string;
  provisional?: boolean;
  /** Where the value was checked (URL of the publication or of a page quoting it). */
  source?: string;
  /** When it was checked against that source, YYYY-MM-DD. */
  checked?: string;
}

export interface RateSeries {
  label: Text;
  lastChecked: string;
  values: Record<string, RateValue>;
}

export type RateTable = Record<SeriesId, RateSeries>;

const v = (percent: string, provisional = false): RateValue =>
  provisional ? { percent, provisional } : { percent };
const src = (percent: string, source: string, checked: string): RateValue => ({
  percent,
  source,
  checked,
});

// Arrêté du 15 décembre 2025 (JORF n° 0302 du 26 décembre 2025), quoted in full by juriblio.fr.
const FR_LEGAL_2026_H1 = 'https://juriblio.fr/arretes/arrete-du-15-decembre-2025/187383136';
// Bank Rate held at 3.75 % by the MPC on 18 June 2026 (7–2): in force on 30 June 2026.
const BOE_JUNE_2026 =
  'https://www.livesquawk.com/report/special_boe-holds-bank-rate-at-3-75as-policymakers-retain-tightening-bias';
// Bundesbank: Basiszinssatz unchanged at 1.27 % on 1 January 2026.
const DE_BASE_2026_H1 =
  'https://state-of.biz/bbk/bekanntgabe-des-basiszinssatzes-zum-1-januar-2026-basiszinssatz-bleibt-unveraendert-bei-127';

export const DEFAULT_RATES: RateTable = {
  'ecb-mro': {
    label: catalogText('rateSeriesEcbMro'),
    lastChecked: '2026-11-23',
    values: {
      '2023-H1': v('2.50'),
      '2023-H2': v('4.00'),
      '2024-H1': v('4.50'),
      '2024-H2': v('4.25'),
      '2025-H1': v('3.15'),
      '2025-H2': v('2.15'),
      '2026-H1': v('2.15'),
      '2026-H2': v('2.40', true),
    },
  },
  'fr-legal-pro': {
    label: catalogText('rateSeriesFrLegalPro'),
    lastChecked: '2026-12-01',
    values: {
      '2023-H1': v('2.06'),
      '2023-H2': v('4.22'),
      '2024-H1': v('5.07'),
      '2024-H2': v('4.92'),
      '2025-H1': v('3.71'),
      '2025-H2': v('2.76'),
      '2026-H1': src('2.62', FR_LEGAL_2026_H1, '2026-12-01'),
      // 2026-H2: the arrêté of June 2026 could not be found (checked 2026-12-01): unknown.
    },
  },
  'fr-legal-private': {
    label: catalogText('rateSeriesFrLegalPrivate'),
    lastChecked: '2026-12-01',
    values: {
      '2024-H1': v('8.01'),
      '2024-H2': v('8.16'),
      '2025-H1': v('7.21'),
      '2025-H2': v('6.65'),
      '2026-H1': src('6.67', FR_LEGAL_2026_H1, '2026-12-01'),
    },
  },
  'uk-bank-rate': {
    label: catalogText('rateSeriesUkBankRate'),
    lastChecked: '2026-12-01',
    values: {
      '2023-H1': v('3.50'),
      '2023-H2': v('5.00'),
      '2024-H1': v('5.25'),
      '2024-H2': v('5.25'),
      '2025-H1': v('4.75'),
      '2025-H2': v('4.25'),
      '2026-H1': v('3.75'),
      '2026-H2': src('3.75', BOE_JUNE_2026, '2026-12-01'),
    },
  },
  'de-base': {
    label: catalogText('rateSeriesDeBase'),
    lastChecked: '2026-12-01',
    values: {
      '2023-H1': v('1.62'),
      '2023-H2': v('3.12'),
      '2024-H1': v('3.62'),
      '2024-H2': v('3.37'),
      '2025-H1': v('2.27'),
      '2025-H2': v('1.27'),
      '2026-H1': src('1.27', DE_BASE_2026_H1, '2026-12-01'),
      '2026-H2': v('1.52', true),
    },
  },
};

export class MissingRateError extends Error {
  /** The same, for people, in both languages. */
  readonly text: Text;
  constructor(
    readonly series: SeriesId,
    readonly halfYear: string,
    lastChecked: string,
  ) {
    const label = DEFAULT_RATES[series]?.label ?? sameText(series);
    const text = catalogText('escalationRatesNoForInThe', label, halfYear, lastChecked);
    super(text.en);
    this.text = text;
    this.name = 'MissingRateError';
  }
}

/** Merge a user's additions over the shipped table (the user's value wins). */
export function mergeRates(
  base: RateTable,
  extra: Partial<Record<SeriesId, Record<string, RateValue>>> | undefined,
): RateTable {
  if (!extra) return base;
  const out = { ...base } as RateTable;
  for (const [id, values] of Object.entries(extra) as [SeriesId, Record<string, RateValue>][]) {
    const s = base[id];
    if (s) out[id] = { ...s, values: { ...s.values, ...values } };
  }
  return out;
}

export function lookupRate(table: RateTable, series: SeriesId, halfYear: string): RateValue {
  const s = table[series];
  const value = s?.values[halfYear];
  if (!s || !value) throw new MissingRateError(series, halfYear, s?.lastChecked ?? 'never');
  return value;
}

/** Percent text ("12.15") ↔ integer micro-units of a percent ×10⁴ (121500), exact. */
export function percentToUnits(percent: string): number {
  const m = /^(\d{1,3})(?:\.(\d{1,4}))?$/.exec(percent.trim());
  if (!m) throw new Error(`"${percent}" is not a rate in percent (expected e.g. 12.15)`);
  return Number(m[1]) * 10_000 + Number((m[2] ?? '').padEnd(4, '0'));
}

export function unitsToPercent(units: number): string {
  const whole = Math.floor(units / 10_000);
  let frac = String(units % 10_000)
    .padStart(4, '0')
    .replace(/0+$/, '');
  if (frac.length < 2) frac = frac.padEnd(2, '0');
  return `${whole}.${frac}`;
}
