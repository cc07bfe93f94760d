import { runs } from '../../tests/helpers/property-config';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, daysBetween } from '../model/dates';
import { lateInterest } from './interest';
import { JURISDICTIONS, JURISDICTION_IDS, defaultJurisdiction } from './jurisdictions';
import { DEFAULT_RATES, mergeRates } from './rates';

const base = { currency: 'EUR', principal: 120_000 };

describe('late interest', () => {
  it('reproduces the worked example of docs/ladder-and-law.md (FR B2B, split at 1 July)', () => {
    const r = lateInterest({
      ...base,
      jurisdiction: 'fr-b2b',
      dueDate: '2025-05-15',
      until: '2025-08-14',
    });
    expect(r.periods).toEqual([
      {
        from: '2025-05-16',
        to: '2025-06-30',
        days: 46,
        principal: 120_000,
        ratePercent: '13.15',
        interest: 1989,
      },
      {
        from: '2025-07-01',
        to: '2025-08-14',
        days: 45,
        principal: 120_000,
        ratePercent: '12.15',
        interest: 1798,
      },
    ]);
    expect(r.interest).toBe(3786); // exact sum rounded once: 19.887… + 17.975… = 37.86
    expect(r.fixedFee).toBe(4000);
    expect(r.total).toBe(120_000 + 3786 + 4000);
  });

  it('applies one rate to the whole delay when the split reading is turned off', () => {
    const r = lateInterest({
      ...base,
      jurisdiction: 'fr-b2b',
      dueDate: '2025-05-15',
      until: '2025-08-14',
      splitByHalfYear: false,
    });
    expect(r.periods).toHaveLength(1);
    expect(r.periods[0]).toMatchObject({ days: 91, ratePercent: '13.15' });
    expect(r.interest).toBe(Math.round((120_000 * 0.1315 * 91) / 365));
  });

  it('raises a contractual rate below three times the legal rate (L441-10)', () => {
    const r = lateInterest({
      ...base,
      jurisdiction: 'fr-b2b',
      dueDate: '2025-01-31',
      until: '2025-03-01',
      contractRatePercent: '5',
    });
    expect(r.periods[0]!.ratePercent).toBe('11.13'); // 3 × 3.71
    expect(r.warnings.map((w) => w.en).join()).toMatch(/raised/);
    expect(r.warnings.map((w) => w.fr).join()).toMatch(/porté à/);
    const above = lateInterest({
      ...base,
      jurisdiction: 'fr-b2b',
      dueDate: '2025-01-31',
      until: '2025-03-01',
      contractRatePercent: '15',
    });
    expect(above.periods[0]!.ratePercent).toBe('15.00');
  });

  it('German B2B: base rate + 9 points, 40 € fee; consumers + 5 and no fee', () => {
    // 10 000 € due 2024-12-31, paid 2025-03-01: 59 days in 2025-H1 at 2.27 + 9 = 11.27 %.
    const b2b = lateInterest({
      jurisdiction: 'de-b2b',
      principal: 1_000_000,
      currency: 'EUR',
      dueDate: '2024-12-31',
      until: '2025-02-28',
    });
    expect(b2b.periods).toEqual([
      {
        from: '2025-01-01',
        to: '2025-02-28',
        days: 59,
        principal: 1_000_000,
        ratePercent: '11.27',
        interest: 18217,
      },
    ]);
    expect(b2b.fixedFee).toBe(4000);
    const b2c = lateInterest({
      jurisdiction: 'de-b2c',
      principal: 1_000_000,
      currency: 'EUR',
      dueDate: '2024-12-31',
      until: '2025-02-28',
    });
    expect(b2c.periods[0]!.ratePercent).toBe('7.27');
    expect(b2c.fixedFee).toBe(0);
  });

  it.each([
    [99_999, 4000],
    [100_000, 7000],
    [999_999, 7000],
    [1_000_000, 10_000],
  ])('UK fixed sum for a debt of %i pence is %i pence', (principal, fee) => {
    const r = lateInterest({
      jurisdiction: 'uk',
      principal,
      currency: 'GBP',
      dueDate: '2025-02-01',
      until: '2025-03-01',
    });
    expect(r.fixedFee).toBe(fee);
  });

  it('UK: Bank Rate + 8 fixed at the half-year the debt became late', () => {
    const r = lateInterest({
      jurisdiction: 'uk',
      principal: 500_000,
      currency: 'GBP',
      dueDate: '2025-05-15',
      until: '2025-12-31',
    });
    expect(r.periods).toHaveLength(1);
    expect(r.periods[0]!.ratePercent).toBe('12.75');
  });

  it('Belgium rounds the rate up to the next half point', () => {
    const r = lateInterest({
      jurisdiction: 'be',
      principal: 100_000,
      currency: 'EUR',
      dueDate: '2026-01-10',
      until: '2026-02-10',
    });
    expect(r.periods[0]!.ratePercent).toBe('10.50'); // 2.15 + 8 = 10.15 → 10.5
  });

  it('Belgium: the rates the SPF Finances published for 2024 (12.5 % both halves, 4.25 + 8 rounded up)', () => {
    for (const [dueDate, rate] of [
      ['2024-02-10', '12.50'],
      ['2024-08-10', '12.50'],
    ] as const) {
      expect(
        lateInterest({
          jurisdiction: 'be',
          principal: 100_000,
          currency: 'EUR',
          dueDate,
          until: addDays(dueDate, 30),
        }).periods[0]!.ratePercent,
        dueDate,
      ).toBe(rate);
    }
  });

  it.each([
    [100_000, 4000], // €1,000.00: "not exceeding €1,000"
    [100_001, 7000],
    [1_000_000, 7000], // €10,000.00: "not exceeding €10,000"
    [1_000_001, 10_000],
  ])(
    'Ireland: compensation for recovery costs for a debt of %i cents is %i cents (S.I. 580/2012, Schedule)',
    (principal, fee) => {
      expect(
        lateInterest({
          jurisdiction: 'ie',
          principal,
          currency: 'EUR',
          dueDate: '2025-02-01',
          until: '2025-03-01',
        }).fixedFee,
      ).toBe(fee);
    },
  );

  it('Ireland: ECB + 8, the rate in force on the due date for the whole debt, never split', () => {
    // €5,000 due 30 June 2025, paid 29 August: 60 days at 3.15 + 8 = 11.15 % (2025-H1), not 2025-H2's 10.15 %.
    // 500 000 × 0.1115 × 60 / 365 = 9 164.38 cents; the €70 band.
    const june = lateInterest({
      jurisdiction: 'ie',
      principal: 500_000,
      currency: 'EUR',
      dueDate: '2025-06-30',
      until: '2025-08-29',
    });
    expect(june.periods).toEqual([
      {
        from: '2025-07-01',
        to: '2025-08-29',
        days: 60,
        principal: 500_000,
        ratePercent: '11.15',
        interest: 9164,
      },
    ]);
    expect([june.interest, june.fixedFee, june.total]).toEqual([9164, 7000, 500_000 + 9164 + 7000]);
    // €1,000 due 15 December 2025, paid 13 February 2026: one period across 1 January at 2.15 + 8 = 10.15 %.
    // 100 000 × 0.1015 × 60 / 365 = 1 668.49 cents; the €40 band.
    const december = lateInterest({
      jurisdiction: 'ie',
      principal: 100_000,
      currency: 'EUR',
      dueDate: '2025-12-15',
      until: '2026-02-13',
    });
    expect(december.periods).toEqual([
      {
        from: '2025-12-16',
        to: '2026-02-13',
        days: 60,
        principal: 100_000,
        ratePercent: '10.15',
        interest: 1668,
      },
    ]);
    expect(december.fixedFee).toBe(4000);
    expect(december.lawRef).toMatch(/S\.I\. No\. 580 of 2012/);
  });

  it('Ireland: a due date in a half-year without a rate: interest unknown, the compensation still owed', () => {
    const r = lateInterest({
      jurisdiction: 'ie',
      principal: 250_000,
      currency: 'EUR',
      dueDate: '2027-01-10',
      until: '2027-02-01',
    });
    expect(r).toMatchObject({
      interest: null,
      total: null,
      fixedFee: 7000,
      unknownHalfYears: ['2027-H1'],
    });
    expect(r.warnings.map((w) => w.en).join()).toMatch(/2027-H1/);
  });

  it('French public buyers: ECB + 8 fixed for the whole delay', () => {
    const r = lateInterest({
      jurisdiction: 'fr-public',
      principal: 100_000,
      currency: 'EUR',
      dueDate: '2025-06-10',
      until: '2025-09-10',
    });
    expect(r.periods).toHaveLength(1);
    expect(r.periods[0]!.ratePercent).toBe('11.15');
  });

  it('French consumers: legal rate only from the formal notice, no fixed fee', () => {
    const none = lateInterest({
      jurisdiction: 'fr-b2c',
      principal: 100_000,
      currency: 'EUR',
      dueDate: '2025-01-10',
      until: '2025-03-10',
    });
    expect(none.interest).toBe(0);
    expect(none.fixedFee).toBe(0);
    const after = lateInterest({
      jurisdiction: 'fr-b2c',
      principal: 100_000,
      currency: 'EUR',
      dueDate: '2025-01-10',
      until: '2025-03-10',
      noticeDate: '2025-02-28',
    });
    expect(after.periods).toEqual([
      {
        from: '2025-03-01',
        to: '2025-03-10',
        days: 10,
        principal: 100_000,
        ratePercent: '3.71',
        interest: 102,
      },
    ]);
  });

  it('a half-year missing from the table is unknown (named), the fee still owed, and a user rate fills it', () => {
    const r0 = lateInterest({
      jurisdiction: 'uk',
      principal: 100_000,
      currency: 'GBP',
      dueDate: '2027-01-10',
      until: '2027-02-01',
    });
    expect(r0).toMatchObject({
      interest: null,
      total: null,
      fixedFee: 7000,
      unknownHalfYears: ['2027-H1'],
    });
    expect(r0.periods[0]).toMatchObject({ ratePercent: null, interest: null });
    expect(r0.warnings.map((w) => w.en).join()).toMatch(/2027-H1/);
    const rates = mergeRates(DEFAULT_RATES, { 'uk-bank-rate': { '2027-H1': { percent: '3.50' } } });
    const r = lateInterest({
      jurisdiction: 'uk',
      principal: 100_000,
      currency: 'GBP',
      dueDate: '2027-01-10',
      until: '2027-02-01',
      rates,
    });
    expect(r.periods[0]!.ratePercent).toBe('11.50');
  });

  it('2026-H2 rates: UK Bank Rate 3.75 (11.75 % under the Act); the French legal rate is unknown', () => {
    const uk = lateInterest({
      jurisdiction: 'uk',
      principal: 100_000,
      currency: 'GBP',
      dueDate: '2026-08-01',
      until: '2026-09-01',
    });
    expect(uk.periods[0]!.ratePercent).toBe('11.75');
    const b2c = lateInterest({
      jurisdiction: 'fr-b2c',
      principal: 100_000,
      currency: 'EUR',
      dueDate: '2026-08-01',
      until: '2026-09-01',
      noticeDate: '2026-08-10',
    });
    expect(b2c).toMatchObject({ interest: null, unknownHalfYears: ['2026-H2'], fixedFee: 0 });
    expect(DEFAULT_RATES['uk-bank-rate'].values['2026-H2']).toMatchObject({
      percent: '3.75',
      checked: '2026-12-01',
    });
    expect(DEFAULT_RATES['uk-bank-rate'].values['2026-H2']!.source).toMatch(/^https:\/\//);
  });

  it('the French legal rate follows the creditor (L313-2): a private person gets the other series', () => {
    const input = {
      jurisdiction: 'fr-b2c',
      principal: 100_000,
      currency: 'EUR',
      dueDate: '2025-01-10',
      until: '2025-03-10',
      noticeDate: '2025-02-28',
    };
    expect(lateInterest(input).periods[0]!.ratePercent).toBe('3.71');
    expect(lateInterest({ ...input, creditorIsPrivatePerson: true }).periods[0]!.ratePercent).toBe(
      '7.21',
    );
    expect(
      Object.fromEntries(
        Object.entries(DEFAULT_RATES['fr-legal-private'].values).map(([k, x]) => [k, x.percent]),
      ),
    ).toEqual({
      '2024-H1': '8.01',
      '2024-H2': '8.16',
      '2025-H1': '7.21',
      '2025-H2': '6.65',
      '2026-H1': '6.67',
    });
  });

  it.each([
    // [case, input, interest, fixedFee, total]
    [
      'issue example: 4 800 € due 10 Oct, 2 000 € paid 31 Oct, to 23 Nov at 12.40 %',
      {
        principal: 480_000,
        dueDate: '2026-10-10',
        until: '2026-11-23',
        payments: [{ date: '2026-10-31', amount: 200_000 }],
      },
      5612,
      4000,
      280_000 + 5612 + 4000,
    ],
    [
      'two part payments',
      {
        principal: 100_000,
        dueDate: '2026-09-30',
        until: '2026-10-31',
        payments: [
          { date: '2026-10-10', amount: 30_000 },
          { date: '2026-10-20', amount: 30_000 },
        ],
      },
      Math.round(((100_000 * 10 + 70_000 * 10 + 40_000 * 11) * 0.124) / 365),
      4000,
      40_000 + 727 + 4000,
    ],
    [
      'a payment before the due date only lowers the principal',
      {
        principal: 100_000,
        dueDate: '2026-10-10',
        until: '2026-10-20',
        payments: [{ date: '2026-10-01', amount: 50_000 }],
      },
      Math.round((50_000 * 0.124 * 10) / 365),
      4000,
      50_000 + 170 + 4000,
    ],
  ])('interest follows the money: %s', (_case, over, interest, fee, total) => {
    const r = lateInterest({ jurisdiction: 'fr-b2b', currency: 'EUR', ...over });
    expect(r.interest).toBe(interest);
    expect(r.fixedFee).toBe(fee);
    expect(r.total).toBe(total);
  });

  it.each(JURISDICTION_IDS.filter((j) => j !== 'contract' && j !== 'none'))(
    '%s: paid on the due date → no interest and no fixed fee',
    (jurisdiction) => {
      const currency = JURISDICTIONS[jurisdiction].fixedFee?.currency ?? 'EUR';
      const sameDay = lateInterest({
        jurisdiction,
        principal: 100_000,
        currency,
        dueDate: '2026-03-10',
        until: '2026-03-10',
      });
      expect(sameDay).toMatchObject({ interest: 0, fixedFee: 0, total: 100_000, periods: [] });
      const paidThatDay = lateInterest({
        jurisdiction,
        principal: 100_000,
        currency,
        dueDate: '2026-03-10',
        until: '2026-04-10',
        payments: [{ date: '2026-03-10', amount: 100_000 }],
      });
      expect(paidThatDay).toMatchObject({ interest: 0, fixedFee: 0, total: 0, periods: [] });
    },
  );

  it('the default jurisdiction of a business client follows the sender’s country', () => {
    expect(['FR', 'DE', 'BE', 'IE', 'GB', 'XX'].map((c) => defaultJurisdiction('b2b', c))).toEqual([
      'fr-b2b',
      'de-b2b',
      'be',
      'ie',
      'uk',
      'none',
    ]);
    expect(defaultJurisdiction('b2c', 'IE')).toBe('none');
  });

  it('rejects bad input with a clear message', () => {
    expect(() =>
      lateInterest({
        ...base,
        principal: 0,
        jurisdiction: 'fr-b2b',
        dueDate: '2025-01-01',
        until: '2025-02-01',
      }),
    ).toThrow(/greater than zero/);
    expect(() =>
      lateInterest({
        ...base,
        principal: -5,
        jurisdiction: 'fr-b2b',
        dueDate: '2025-01-01',
        until: '2025-02-01',
      }),
    ).toThrow(/greater than zero/);
    expect(() =>
      lateInterest({ ...base, jurisdiction: 'fr-b2b', dueDate: '2025-03-01', until: '2025-02-01' }),
    ).toThrow(/after the end date/);
    expect(() =>
      lateInterest({ ...base, jurisdiction: 'mars', dueDate: '2025-01-01', until: '2025-02-01' }),
    ).toThrow(/Unknown jurisdiction "mars"/);
    expect(() =>
      lateInterest({
        ...base,
        currency: 'ABC',
        jurisdiction: 'fr-b2b',
        dueDate: '2025-01-01',
        until: '2025-02-01',
      }),
    ).toThrow(/Unknown currency/);
    expect(() =>
      lateInterest({
        ...base,
        jurisdiction: 'contract',
        dueDate: '2025-01-01',
        until: '2025-02-01',
      }),
    ).toThrow(/contract rate/);
  });

  it('contract and none', () => {
    expect(
      lateInterest({
        ...base,
        jurisdiction: 'contract',
        contractRatePercent: '10',
        dueDate: '2025-01-01',
        until: '2025-01-11',
      }).interest,
    ).toBe(Math.round((120_000 * 0.1 * 10) / 365));
    expect(
      lateInterest({ ...base, jurisdiction: 'none', dueDate: '2025-01-01', until: '2025-06-11' }),
    ).toMatchObject({ interest: 0, fixedFee: 0 });
  });

  const due = fc
    .date({
      min: new Date('2023-01-01T00:00:00Z'),
      max: new Date('2025-12-01T00:00:00Z'),
      noInvalidDate: true,
    })
    .map((d) => d.toISOString().slice(0, 10));
  const principal = fc.integer({ min: 1, max: 1_000_000_000 });
  const days = fc.integer({ min: 0, max: 700 });
  const clamp = (d: string) => (d > '2026-06-30' ? '2026-06-30' : d);

  it('properties: never negative, grows with days and amount, periods add up', () => {
    fc.assert(
      fc.property(due, principal, days, (dueDate, p, n) => {
        const until = clamp(addDays(dueDate, n));
        if (until < dueDate) return;
        const r = lateInterest({
          jurisdiction: 'fr-b2b',
          principal: p,
          currency: 'EUR',
          dueDate,
          until,
        });
        expect(r.interest).toBeGreaterThanOrEqual(0);
        expect(r.periods.reduce((s, x) => s + x.days, 0)).toBe(daysBetween(dueDate, until));
        expect(
          Math.abs(r.periods.reduce((s, x) => s + x.interest!, 0) - r.interest!),
        ).toBeLessThanOrEqual(r.periods.length);
        const later = clamp(addDays(until, 10));
        expect(
          lateInterest({
            jurisdiction: 'fr-b2b',
            principal: p,
            currency: 'EUR',
            dueDate,
            until: later,
          }).interest,
        ).toBeGreaterThanOrEqual(r.interest!);
        expect(
          lateInterest({
            jurisdiction: 'fr-b2b',
            principal: p * 2,
            currency: 'EUR',
            dueDate,
            until,
          }).interest,
        ).toBeGreaterThanOrEqual(r.interest!);
      }),
      { numRuns: runs(300) },
    );
  });
});
