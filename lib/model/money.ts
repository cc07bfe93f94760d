import { TextError } from './text';
import { catalogText } from '../i18n/text';
/**
 * Money is an integer number of minor units plus an ISO 4217 code.
 * The exponent comes from the currency itself (JPY 0, EUR 2, KWD 3), never assumed.
 * Arithmetic stays on integers; only formatting goes through Intl.
 */
export interface Money {
  readonly minor: number;
  readonly currency: string;
}

const exponentCache = new Map<string, number>();
let knownCurrencies: Set<string> | undefined;

export function isCurrencyCode(code: string): boolean {
  if (!/^[A-Z]{3}$/.test(code)) return false;
  knownCurrencies ??= new Set(Intl.supportedValuesOf('currency'));
  return knownCurrencies.has(code);
}

export function assertCurrency(code: string): string {
  if (!isCurrencyCode(code))
    throw new TextError(catalogText('modelMoneyUnknownCurrencyExpectedAn', code));
  return code;
}

/** Number of decimals of a currency's minor unit (EUR 2, JPY 0, KWD 3). */
export function currencyExponent(currency: string): number {
  let exp = exponentCache.get(currency);
  if (exp === undefined) {
    assertCurrency(currency);
    exp =
      new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions()
        .maximumFractionDigits ?? 2;
    exponentCache.set(currency, exp);
  }
  return exp;
}

/**
 * "1200.5" → 120050 (EUR). Accepts a plain decimal with a dot, an optional sign.
 * Rejects more decimals than the currency has: a wrong amount is worse than none.
 */
export function decimalToMinor(text: string, currency: string): number {
  const exp = currencyExponent(currency);
  const m = /^(-)?(\d{1,16})(?:\.(\d+))?$/.exec(text.trim());
  if (!m) throw new TextError(catalogText('modelMoneyIsNotDecimalAmount', text));
  const [, sign, whole, frac = ''] = m;
  if (frac.length > exp) {
    // Trailing zeros beyond the exponent are harmless (1200.000 EUR).
    if (!/^0*$/.test(frac.slice(exp)))
      throw new TextError(catalogText('modelMoneyHasMoreDecimalsThan', text, currency, exp));
  }
  const minor =
    Number(whole) * 10 ** exp + Number((frac.slice(0, exp) || '0').padEnd(exp, '0') || 0);
  if (!Number.isSafeInteger(minor)) throw new TextError(catalogText('modelMoneyIsTooLarge', text));
  return sign ? -minor : minor;
}

/** 120050 EUR → "1200.50" (machine format, for JSON and CSV). */
export function minorToDecimal(minor: number, currency: string): string {
  const exp = currencyExponent(currency);
  const neg = minor < 0;
  const digits = String(Math.abs(minor)).padStart(exp + 1, '0');
  const text = exp === 0 ? digits : `${digits.slice(0, -exp)}.${digits.slice(-exp)}`;
  return neg ? `-${text}` : text;
}

/** Human format for a language: fr → "1 234,56 €" (narrow no-break spaces), en → "€1,234.56". */
const formatters = new Map<string, Intl.NumberFormat>();

export function formatMoney(minor: number, currency: string, locale: string): string {
  const exp = currencyExponent(currency);
  // Building a formatter costs far more than using one; lists format hundreds of amounts.
  const key = `${locale}|${currency}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.NumberFormat(locale, {
      style: 'currency',
      currency,
      minimumFractionDigits: exp,
      maximumFractionDigits: exp,
    });
    formatters.set(key, f);
  }
  return f.format(minor / 10 ** exp);
}

export function money(minor: number, currency: string): Money {
  if (!Number.isSafeInteger(minor))
    throw new Error(`Money must be an integer number of minor units, got ${minor}`);
  return { minor, currency: assertCurrency(currency) };
}

/** Sum amounts per currency, never across currencies. */
export function totalsByCurrency(items: Iterable<Money>): Map<string, number> {
  const out = new Map<string, number>();
  for (const m of items) out.set(m.currency, (out.get(m.currency) ?? 0) + m.minor);
  return out;
}
