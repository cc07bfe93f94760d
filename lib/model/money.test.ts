import { describe, expect, it } from 'vitest';
import { currencyExponent, decimalToMinor, formatMoney, minorToDecimal } from './money';

describe('money', () => {
  it('uses each currency’s own exponent', () => {
    expect(currencyExponent('EUR')).toBe(2);
    expect(currencyExponent('JPY')).toBe(0);
    expect(currencyExponent('KWD')).toBe(3);
  });

  it.each([
    ['1200.00', 'EUR', 120000],
    ['1200.5', 'EUR', 120050],
    ['12000', 'JPY', 12000],
    ['1.234', 'KWD', 1234],
    ['-3.10', 'EUR', -310],
    ['0.10', 'EUR', 10],
  ])('%s %s → %i minor units', (text, cur, minor) => {
    expect(decimalToMinor(text, cur)).toBe(minor);
    expect(decimalToMinor(minorToDecimal(minor, cur), cur)).toBe(minor);
  });

  it('refuses more decimals than the currency has, and unknown currencies', () => {
    expect(() => decimalToMinor('10.005', 'EUR')).toThrow(/more decimals/);
    expect(() => decimalToMinor('10.5', 'JPY')).toThrow(/more decimals/);
    expect(() => decimalToMinor('12,5', 'EUR')).toThrow(/not a decimal/);
    expect(() => decimalToMinor('10', 'XYZ')).toThrow(/Unknown currency/);
  });

  it('formats French amounts with narrow no-break spaces', () => {
    expect(formatMoney(123456, 'EUR', 'fr-FR')).toBe('1\u202f234,56\u00a0€');
    expect(formatMoney(123456, 'EUR', 'en-GB')).toBe('€1,234.56');
    expect(formatMoney(1500, 'JPY', 'en-GB')).toBe('JP¥1,500');
  });
});
