import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, daysBetween } from '../model/dates';
import { lateInterest } from './interest';
import { DEFAULT_RATES, MissingRateError, mergeRates } from './rates';

const base = { currency: 'EUR', principal: 120_000 };

describe('late interest', () => {
  it('reproduces the worked example of DOMAIN.md (FR B2B, split at 1 July)', () => {
    const r = lateInterest({ ...base, jurisdiction: 'fr-b2b', dueDate: '2025-05-15', until: '2025-08-14' });
    expect(r.periods).toEqual([
      { from: '2025-05-16', to: '2025-06-30', days: 46, ratePercent: '13.15', interest: 1989 },
      { from: '2025-07-01', to: '2025-08-14', days: 45, ratePercent: '12.15', interest: 1798 },
    ]);
    expect(r.interest).toBe(3786); // exact sum rounded once: 19.887… + 17.975… = 37.86
    expect(r.fixedFee).toBe(4000);
    expect(r.total).toBe(120_000 + 3786 + 4000);
  });

  it('applies one rate to the whole delay when the split reading is turned off', () => {
    const r = lateInterest({ ...base, jurisdiction: 'fr-b2b', dueDate: '2025-05-15', until: '2025-08-14', splitByHalfYear: false });
    expect(r.periods).toHaveLength(1);
    expect(r.periods[0]).toMatchObject({ days: 91, ratePercent: '13.15' });
    expect(r.interest).toBe(Math.round((120_000 * 0.1315 * 91) / 365));
  });

  it('raises a contractual rate below three times the legal rate (L441-10)', () => {
    const r = lateInterest({ ...base, jurisdiction: 'fr-b2b', dueDate: '2025-01-31', until: '2025-03-01', contractRatePercent: '5' });
    expect(r.periods[0]!.ratePercent).toBe('11.13'); // 3 × 3.71
    expect(r.warnings.map((w) => w.en).join()).toMatch(/raised/);
    expect(r.warnings.map((w) => w.fr).join()).toMatch(/porté à/);
    const above = lateInterest({ ...base, jurisdiction: 'fr-b2b', dueDate: '2025-01-31', until: '2025-03-01', contractRatePercent: '15' });
    expect(above.periods[0]!.ratePercent).toBe('15.00');
  });

  it('German B2B: base rate + 9 points, 40 € fee; consumers + 5 and no fee', () => {
    // 10 000 € due 2024-12-31, paid 2025-03-01: 59 days in 2025-H1 at 2.27 + 9 = 11.27 %.
    const b2b = lateInterest({ jurisdiction: 'de-b2b', principal: 1_000_000, currency: 'EUR', dueDate: '2024-12-31', until: '2025-02-28' });
    expect(b2b.periods).toEqual([{ from: '2025-01-01', to: '2025-02-28', days: 59, ratePercent: '11.27', interest: 18217 }]);
    expect(b2b.fixedFee).toBe(4000);
    const b2c = lateInterest({ jurisdiction: 'de-b2c', principal: 1_000_000, currency: 'EUR', dueDate: '2024-12-31', until: '2025-02-28' });
    expect(b2c.periods[0]!.ratePercent).toBe('7.27');
    expect(b2c.fixedFee).toBe(0);
  });

  it.each([
    [99_999, 4000],
    [100_000, 7000],
    [999_999, 7000],
    [1_000_000, 10_000],
  ])('UK fixed sum for a debt of %i pence is %i pence', (principal, fee) => {
    const r = lateInterest({ jurisdiction: 'uk', principal, currency: 'GBP', dueDate: '2025-02-01', until: '2025-03-01' });
    expect(r.fixedFee).toBe(fee);
  });

  it('UK: Bank Rate + 8 fixed at the half-year the debt became late', () => {
    const r = lateInterest({ jurisdiction: 'uk', principal: 500_000, currency: 'GBP', dueDate: '2025-05-15', until: '2025-12-31' });
    expect(r.periods).toHaveLength(1);
    expect(r.periods[0]!.ratePercent).toBe('12.75');
  });

  it('Belgium rounds the rate up to the next half point', () => {
    const r = lateInterest({ jurisdiction: 'be', principal: 100_000, currency: 'EUR', dueDate: '2026-01-10', until: '2026-02-10' });
    expect(r.periods[0]!.ratePercent).toBe('10.50'); // 2.15 + 8 = 10.15 → 10.5
  });

  it('French public buyers: ECB + 8 fixed for the whole delay', () => {
    const r = lateInterest({ jurisdiction: 'fr-public', principal: 100_000, currency: 'EUR', dueDate: '2025-06-10', until: '2025-09-10' });
    expect(r.periods).toHaveLength(1);
    expect(r.periods[0]!.ratePercent).toBe('11.15');
  });

  it('French consumers: legal rate only from the formal notice, no fixed fee', () => {
    const none = lateInterest({ jurisdiction: 'fr-b2c', principal: 100_000, currency: 'EUR', dueDate: '2025-01-10', until: '2025-03-10' });
    expect(none.interest).toBe(0);
    expect(none.fixedFee).toBe(0);
    const after = lateInterest({ jurisdiction: 'fr-b2c', principal: 100_000, currency: 'EUR', dueDate: '2025-01-10', until: '2025-03-10', noticeDate: '2025-02-28' });
    expect(after.periods).toEqual([{ from: '2025-03-01', to: '2025-03-10', days: 10, ratePercent: '3.71', interest: 102 }]);
  });

  it('a half-year missing from the table is an error naming it, and a user rate fills it', () => {
    expect(() => lateInterest({ jurisdiction: 'uk', principal: 100_000, currency: 'GBP', dueDate: '2026-08-01', until: '2026-09-01' })).toThrow(MissingRateError);
    expect(() => lateInterest({ jurisdiction: 'uk', principal: 100_000, currency: 'GBP', dueDate: '2026-08-01', until: '2026-09-01' })).toThrow(/2026-H2/);
    const rates = mergeRates(DEFAULT_RATES, { 'uk-bank-rate': { '2026-H2': { percent: '3.50' } } });
    const r = lateInterest({ jurisdiction: 'uk', principal: 100_000, currency: 'GBP', dueDate: '2026-08-01', until: '2026-09-01', rates });
    expect(r.periods[0]!.ratePercent).toBe('11.50');
  });

  it('rejects bad input with a clear message', () => {
    expect(() => lateInterest({ ...base, principal: 0, jurisdiction: 'fr-b2b', dueDate: '2025-01-01', until: '2025-02-01' })).toThrow(/greater than zero/);
    expect(() => lateInterest({ ...base, principal: -5, jurisdiction: 'fr-b2b', dueDate: '2025-01-01', until: '2025-02-01' })).toThrow(/greater than zero/);
    expect(() => lateInterest({ ...base, jurisdiction: 'fr-b2b', dueDate: '2025-03-01', until: '2025-02-01' })).toThrow(/after the end date/);
    expect(() => lateInterest({ ...base, jurisdiction: 'mars', dueDate: '2025-01-01', until: '2025-02-01' })).toThrow(/Unknown jurisdiction "mars"/);
    expect(() => lateInterest({ ...base, currency: 'ABC', jurisdiction: 'fr-b2b', dueDate: '2025-01-01', until: '2025-02-01' })).toThrow(/Unknown currency/);
    expect(() => lateInterest({ ...base, jurisdiction: 'contract', dueDate: '2025-01-01', until: '2025-02-01' })).toThrow(/contract rate/);
  });

  it('contract and none', () => {
    expect(lateInterest({ ...base, jurisdiction: 'contract', contractRatePercent: '10', dueDate: '2025-01-01', until: '2025-01-11' }).interest).toBe(Math.round((120_000 * 0.1 * 10) / 365));
    expect(lateInterest({ ...base, jurisdiction: 'none', dueDate: '2025-01-01', until: '2025-06-11' })).toMatchObject({ interest: 0, fixedFee: 0 });
  });

  const due = fc.date({ min: new Date('2023-01-01T00:00:00Z'), max: new Date('2025-12-01T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
  const principal = fc.integer({ min: 1, max: 1_000_000_000 });
  const days = fc.integer({ min: 0, max: 700 });
  const clamp = (d: string) => (d > '2026-06-30' ? '2026-06-30' : d);

  it('properties: never negative, grows with days and amount, periods add up', () => {
    fc.assert(
      fc.property(due, principal, days, (dueDate, p, n) => {
        const until = clamp(addDays(dueDate, n));
        if (until < dueDate) return;
        const r = lateInterest({ jurisdiction: 'fr-b2b', principal: p, currency: 'EUR', dueDate, until });
        expect(r.interest).toBeGreaterThanOrEqual(0);
        expect(r.periods.reduce((s, x) => s + x.days, 0)).toBe(daysBetween(dueDate, until));
        expect(Math.abs(r.periods.reduce((s, x) => s + x.interest, 0) - r.interest)).toBeLessThanOrEqual(r.periods.length);
        const later = clamp(addDays(until, 10));
        expect(lateInterest({ jurisdiction: 'fr-b2b', principal: p, currency: 'EUR', dueDate, until: later }).interest).toBeGreaterThanOrEqual(r.interest);
        expect(lateInterest({ jurisdiction: 'fr-b2b', principal: p * 2, currency: 'EUR', dueDate, until }).interest).toBeGreaterThanOrEqual(r.interest);
      }),
      { numRuns: 300 },
    );
  });
});
