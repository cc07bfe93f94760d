import { describe, expect, it } from 'vitest';
import type { Text } from '../model/text';

type FrEn = Pick<Text, 'fr' | 'en'>;
/** The French and English of a text: what these cases write, whatever other languages exist. */
const frEn = (t: Text): FrEn => ({ fr: t.fr, en: t.en });

import { reconcile, type Figure, type Figures } from './consistency';

/**
 * The warnings of sums that do not hold, word for word in both languages: each is one catalog
 * sentence whose absent parts (no taxes read, nothing paid…) are left out.
 */
const fig = (minor: number): Figure => ({ minor, confidence: 0.9, where: 'test' });

describe('what a sum that does not hold says', () => {
  it.each<[string, Figures, FrEn]>([
    [
      'taxes, shipping and discounts',
      {
        currency: 'EUR',
        subtotal: fig(10000),
        taxes: [fig(2000)],
        shipping: [fig(500)],
        discounts: [fig(300)],
        total: fig(99999),
      },
      {
        fr: 'Sous-total 100.00 EUR + taxes 20.00 EUR + port 5.00 EUR − remises 3.00 EUR ne donne pas le total affiché 999.99 EUR — à confirmer',
        en: 'Subtotal 100.00 EUR + taxes 20.00 EUR + shipping 5.00 EUR − discounts 3.00 EUR does not give the total shown 999.99 EUR — please confirm',
      },
    ],
    [
      'no taxes, shipping or discounts',
      { currency: 'EUR', subtotal: fig(10000), total: fig(99999) },
      {
        fr: 'Sous-total 100.00 EUR ne donne pas le total affiché 999.99 EUR — à confirmer',
        en: 'Subtotal 100.00 EUR does not give the total shown 999.99 EUR — please confirm',
      },
    ],
    [
      'taxes only, no currency',
      { currency: null, subtotal: fig(10000), taxes: [fig(2000)], total: fig(99999) },
      {
        fr: 'Sous-total 100.00 + taxes 20.00 ne donne pas le total affiché 999.99 — à confirmer',
        en: 'Subtotal 100.00 + taxes 20.00 does not give the total shown 999.99 — please confirm',
      },
    ],
    [
      'shipping only',
      { currency: 'USD', subtotal: fig(10000), shipping: [fig(500)], total: fig(99999) },
      {
        fr: 'Sous-total 100.00 USD + port 5.00 USD ne donne pas le total affiché 999.99 USD — à confirmer',
        en: 'Subtotal 100.00 USD + shipping 5.00 USD does not give the total shown 999.99 USD — please confirm',
      },
    ],
    [
      'discounts only',
      { currency: 'EUR', subtotal: fig(10000), discounts: [fig(500)], total: fig(99999) },
      {
        fr: 'Sous-total 100.00 EUR − remises 5.00 EUR ne donne pas le total affiché 999.99 EUR — à confirmer',
        en: 'Subtotal 100.00 EUR − discounts 5.00 EUR does not give the total shown 999.99 EUR — please confirm',
      },
    ],
  ])('subtotal and total: %s', (_what, x, text) => {
    expect(reconcile(x).warnings.map(frEn)).toEqual([text]);
  });

  it.each<[string, Figures, FrEn]>([
    [
      'paid (shown negative) and credits',
      {
        currency: 'EUR',
        total: fig(10000),
        paidTotal: fig(-2000),
        credits: [fig(500)],
        amountDue: fig(9000),
      },
      {
        fr: 'Total 100.00 EUR − payé 20.00 EUR − avoirs 5.00 EUR ne donne pas le reste à payer affiché 90.00 EUR — à confirmer',
        en: 'Total 100.00 EUR − paid 20.00 EUR − credits 5.00 EUR does not give the amount due shown 90.00 EUR — please confirm',
      },
    ],
    [
      'paid only',
      { currency: 'EUR', total: fig(10000), paidTotal: fig(2000), amountDue: fig(9000) },
      {
        fr: 'Total 100.00 EUR − payé 20.00 EUR ne donne pas le reste à payer affiché 90.00 EUR — à confirmer',
        en: 'Total 100.00 EUR − paid 20.00 EUR does not give the amount due shown 90.00 EUR — please confirm',
      },
    ],
    [
      'credits only',
      { currency: 'EUR', total: fig(10000), credits: [fig(500)], amountDue: fig(9000) },
      {
        fr: 'Total 100.00 EUR − avoirs 5.00 EUR ne donne pas le reste à payer affiché 90.00 EUR — à confirmer',
        en: 'Total 100.00 EUR − credits 5.00 EUR does not give the amount due shown 90.00 EUR — please confirm',
      },
    ],
    [
      'neither, more due than the total',
      { currency: 'EUR', total: fig(10000), amountDue: fig(12000) },
      {
        fr: 'Total 100.00 EUR ne donne pas le reste à payer affiché 120.00 EUR — à confirmer',
        en: 'Total 100.00 EUR does not give the amount due shown 120.00 EUR — please confirm',
      },
    ],
    [
      'payment lines added up',
      { currency: 'EUR', total: fig(10000), payments: [fig(1000), fig(500)], amountDue: fig(9000) },
      {
        fr: 'Total 100.00 EUR − payé 15.00 EUR ne donne pas le reste à payer affiché 90.00 EUR — à confirmer',
        en: 'Total 100.00 EUR − paid 15.00 EUR does not give the amount due shown 90.00 EUR — please confirm',
      },
    ],
  ])('total and amount due: %s', (_what, x, text) => {
    expect(reconcile(x).warnings.map(frEn)).toEqual([text]);
  });
});

describe('a total before tax that counts the shipping', () => {
  it('lines + shipping = subtotal holds (PrestaShop "Total (Tax excl.)"); lines alone off by more do not', () => {
    const base = {
      currency: 'EUR',
      lineSum: 14990,
      subtotal: fig(15815),
      taxes: [fig(3163)],
      shipping: [fig(825)],
      total: fig(18978),
    };
    const ok = reconcile(base);
    expect(ok.held).toContain('line amounts + shipping = subtotal');
    expect(ok.warnings).toEqual([]);
    expect(ok.doubtful).toBe(false);
    const off = reconcile({ ...base, lineSum: 14000 });
    expect(off.held).not.toContain('line amounts + shipping = subtotal');
    expect(off.warnings.length).toBeGreaterThan(0);
  });
});

describe('prices shown taxes included', () => {
  // Saleor's invoice_summary_table.html: gross Subtotal + Delivery Cost = Grand Total, "Tax" the part that is tax.
  const base = {
    currency: 'USD',
    lineSum: 9896,
    subtotal: fig(9896),
    taxes: [fig(827)],
    shipping: [fig(950)],
    total: fig(10846),
  };
  it('subtotal + shipping = total holds when the lines make the subtotal', () => {
    const ok = reconcile(base);
    expect(ok.held).toContain('subtotal (taxes included) + shipping = total');
    expect(ok.warnings).toEqual([]);
    expect(ok.doubtful).toBe(false);
  });
  it('never when nothing is added (a subtotal read as the total), nor when the lines do not make the subtotal', () => {
    expect(reconcile({ ...base, shipping: [], total: fig(9896) }).doubtful).toBe(true);
    expect(reconcile({ ...base, lineSum: 9000 }).doubtful).toBe(true);
  });
});

describe('no subtotal, a discount in the totals', () => {
  it('lines + taxes − discount = total holds (FOSSBilling "Tax:", "Discount:", "Total:"); lines above it otherwise warn', () => {
    const base = {
      currency: 'USD',
      lineSum: 122500,
      taxes: [fig(0)],
      discounts: [fig(12250)],
      total: fig(110250),
    };
    const ok = reconcile(base);
    expect(ok.held).toContain('line amounts + taxes − discounts = total');
    expect(ok.warnings).toEqual([]);
    const off = reconcile({ ...base, discounts: [fig(10000)] });
    expect(off.held).not.toContain('line amounts + taxes − discounts = total');
    expect(off.warnings.length).toBeGreaterThan(0);
  });
});
