import { currencyExponent, isCurrencyCode } from '../model/money';

/**
 * Amounts as people write them: "1 234,56 €" (fr, narrow no-break spaces),
 * "€1,234.56" (en), "1.234,56 EUR" (de, es, it, nl), "CHF 1'234.50" (ch), "($1,200.00)".
 * A separator that could be a decimal point or a thousands separator ("1,234") is
 * resolved by the page's language and flagged ambiguous — never silently.
 */
export interface ParsedAmount {
  minor: number;
  currency: string | null;
  /** 0..1 */
  confidence: number;
  ambiguous: boolean;
  raw: string;
}

const SYMBOLS: [RegExp, string][] = [
  [/€/, 'EUR'],
  [/£/, 'GBP'],
  [/¥|￥/, 'JPY'],
  [/₹/, 'INR'],
  [/zł/i, 'PLN'],
  [/\bFr\.|\bCHF\b/, 'CHF'],
  [/C\$|CA\$/, 'CAD'],
  [/A\$|AU\$/, 'AUD'],
  [/US\$/, 'USD'],
  [/\$/, 'USD'],
];

/** Languages where a lone comma is the decimal separator. */
const COMMA_DECIMAL = /^(fr|de|es|it|nl|pt|pl|sv|da|nb|no|fi|cs|ru|tr|be)/i;

const SPACE = /[\s\u00a0\u202f\u2009\u2007]/g;

/** The currency a text names, by ISO code or symbol. */
export function findCurrency(text: string): string | null {
  // A code may be glued to its digits (Rails' number_to_currency with unit "USD" and format
  // "%u%n" writes "USD1,234.56"), so a digit bounds it as well as a space does.
  for (const code of text.matchAll(/(?<![A-Za-z])([A-Z]{3})(?![A-Za-z])/g))
    if (isCurrencyCode(code[1]!)) return code[1]!;
  for (const [re, cur] of SYMBOLS) if (re.test(text)) return cur;
  return null;
}

/**
 * The tax share an amount says it includes, after it: WooCommerce's order total "56,60 € (dont
 * 9,43 € TVA)" / "$99.90 (includes $7.40 Tax)" (prices entered tax included). The amount is the
 * one before; the note is not a second amount.
 */
export const TAX_INCLUDED_NOTE =
  /\s*\((?:dont|incl\.?|includes?|including|inkl\.?|inklusive|einschl\.?|incluye|incluido|di cui|inclusa?|incl(?:usief)?)\s[^()]*\d[^()]*\)\s*$/i;

export interface AmountOptions {
  /** BCP 47 language of the page or the user ("fr", "en-US"). */
  lang?: string;
  /** Currency to assume when the text has none. */
  currency?: string;
}

/**
 * Lists repeat amounts (total and amount due of each row): readings are remembered, bounded;
 * read-only. Keyed by language, then currency, then text: no key string is built per call.
 */
const cache = new Map<string, Map<string, Map<string, ParsedAmount | null>>>();
let cached = 0;

export function parseAmount(input: string, opts: AmountOptions = {}): ParsedAmount | null {
  if (input.length > 120) return null;
  const lang = opts.lang ?? '';
  const currency = opts.currency ?? '';
  let byLang = cache.get(lang);
  let byCurrency = byLang?.get(currency);
  const hit = byCurrency?.get(input);
  if (hit !== undefined) return hit;
  if (cached > 4096) {
    cache.clear();
    cached = 0;
    byLang = byCurrency = undefined;
  }
  const out = readAmount(input, opts);
  if (!byLang) cache.set(lang, (byLang = new Map()));
  if (!byCurrency) byLang.set(currency, (byCurrency = new Map()));
  byCurrency.set(input, out);
  cached++;
  return out;
}

function readAmount(input: string, opts: AmountOptions): ParsedAmount | null {
  const raw = input.trim().replace(TAX_INCLUDED_NOTE, '');
  if (!raw || raw.length > 80) return null;
  const currency = findCurrency(raw) ?? opts.currency ?? null;
  // Keep only the number part; a text with two separate numbers is not an amount.
  const numbers = raw.replace(/\b[A-Z]{3}\b/g, ' ').match(/\d[\d\s\u00a0\u202f\u2009\u2007.,'’]*/g);
  if (!numbers) return null;
  const parts = numbers.map((n) => n.trim().replace(/[.,'’\s]+$/, '')).filter(Boolean);
  if (parts.length !== 1) return null;
  const negative = /^\s*[-−(]|\(\s*[^)]*\d[^)]*\)|[-−]\s*$/.test(raw.replace(/[€$£¥]/g, ''));
  let num = parts[0]!.replace(/['’]/g, ' ');
  // Spaces are thousands separators only in groups of three.
  if (
    /\d[\s\u00a0\u202f\u2009\u2007]\d/.test(num) &&
    !/^\d{1,3}([\s\u00a0\u202f\u2009\u2007]\d{3})+([.,]\d+)?$/.test(num)
  )
    return null;
  num = num.replace(SPACE, '');
  const lastComma = num.lastIndexOf(',');
  const lastDot = num.lastIndexOf('.');
  let ambiguous = false;
  let intPart: string;
  let fracPart = '';
  const exp = currency && isCurrencyCode(currency) ? currencyExponent(currency) : 2;
  if (lastComma >= 0 && lastDot >= 0) {
    const dec = lastComma > lastDot ? ',' : '.';
    const thou = dec === ',' ? '.' : ',';
    const [i, f = ''] = num.split(dec);
    if (num.split(dec).length > 2) return null;
    if (
      !/^\d{1,3}(\d{3})*$/.test(i!.split(thou).join('')) ||
      !new RegExp(`^\\d{1,3}(\\${thou}\\d{3})*$`).test(i!)
    )
      return null;
    intPart = i!.split(thou).join('');
    fracPart = f;
  } else if (lastComma >= 0 || lastDot >= 0) {
    const sep = lastComma >= 0 ? ',' : '.';
    const groups = num.split(sep);
    if (groups.length > 2) {
      // 1.234.567 or 1,234,567: thousands only.
      if (!groups.slice(1).every((g) => g.length === 3) || groups[0]!.length > 3) return null;
      intPart = groups.join('');
    } else {
      const [i, f] = groups as [string, string];
      if (f.length === 3 && exp < 3 && i !== '0') {
        // "1,234" / "1.234": three digits cannot be the cents of this currency, so they
        // are thousands; flagged ambiguous when the language would read a decimal mark.
        const commaDecimal = opts.lang ? COMMA_DECIMAL.test(opts.lang) : sep === ',';
        ambiguous = (sep === ',') === commaDecimal;
        intPart = i + f;
      } else {
        intPart = i;
        fracPart = f;
      }
    }
  } else intPart = num;
  if (!/^\d+$/.test(intPart) || !/^\d*$/.test(fracPart)) return null;
  if (fracPart.length > exp) {
    if (!/^0*$/.test(fracPart.slice(exp))) return null;
    fracPart = fracPart.slice(0, exp);
  }
  const minor = Number(intPart) * 10 ** exp + Number(fracPart.padEnd(exp, '0') || '0');
  if (!Number.isSafeInteger(minor)) return null;
  let confidence = currency ? 0.95 : 0.7;
  if (ambiguous) confidence = 0.4;
  return { minor: negative ? -minor : minor, currency, confidence, ambiguous, raw };
}

/** Amount in a longer text: the first money-looking run next to a currency sign or code. */
export function findAmounts(text: string, opts: AmountOptions = {}): ParsedAmount[] {
  const re =
    /(?:(?:[A-Z]{3}|[€$£¥]|CHF|Fr\.)\s?[-−]?\d[\d\s\u00a0\u202f\u2009.,'’]*\d|[-−]?\d[\d\s\u00a0\u202f\u2009.,'’]*\d?\s?(?:[A-Z]{3}\b|[€$£¥]|CHF))/g;
  const out: ParsedAmount[] = [];
  for (const m of text.matchAll(re)) {
    const p = parseAmount(m[0], opts);
    if (p && p.currency) out.push(p);
  }
  return out;
}
