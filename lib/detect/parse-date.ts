import { isValidYmd, ymd, type CalendarDate } from '../model/dates';

/**
 * Dates as people write them, in French, English (UK and US), German, Spanish,
 * Italian and Dutch: "15/01/2026", "15.01.2026", "15 janv. 2026", "1er mars 2026",
 * "Jan 15, 2026", "15. Januar 2026", "15 de enero de 2026", "2026-01-15".
 * "03/04/2026" could be 3 April or 4 March: it is resolved from the language
 * (en-US: month first; every other language: day first) and marked ambiguous.
 */
export interface ParsedDate {
  date: CalendarDate;
  ambiguous: boolean;
  /** 0..1 */
  confidence: number;
  /** The other reading of an ambiguous date. */
  alternative?: CalendarDate;
  /**
   * For numbers with "/" or "-" ("03/04/2026", "25/04/2026"): the order the reading took when
   * the date is ambiguous, or the only order it can be read in when one number is over 12 (so
   * it proves how the dates beside it, written the same way, are ordered).
   */
  order?: DateOrder;
  raw: string;
}

/** Day then month ("25/04/2026"), or month then day ("04/25/2026"). */
export type DateOrder = 'day-first' | 'month-first';

export interface DateOptions {
  /** BCP 47 language of the page or the user: "fr", "en-US", "en-GB". */
  lang?: string;
}

const MONTHS: Record<string, number> = {};
function months(names: string[]) {
  names.forEach((n, i) => {
    for (const alias of n.split('|')) MONTHS[alias] = i + 1;
  });
}
// en
months([
  'january|jan',
  'february|feb',
  'march|mar',
  'april|apr',
  'may',
  'june|jun',
  'july|jul',
  'august|aug',
  'september|sep|sept',
  'october|oct',
  'november|nov',
  'december|dec',
]);
// fr
months([
  'janvier|janv|jan',
  'février|fevrier|févr|fevr|fév|fev',
  'mars',
  'avril|avr',
  'mai',
  'juin',
  'juillet|juil',
  'août|aout|aoû',
  'septembre|sept',
  'octobre|oct',
  'novembre|nov',
  'décembre|decembre|déc|dec',
]);
// de
months([
  'januar|jän|jänner',
  'februar',
  'märz|maerz|mär',
  'april',
  'mai',
  'juni',
  'juli',
  'august',
  'september',
  'oktober|okt',
  'november',
  'dezember|dez',
]);
// es
months([
  'enero|ene',
  'febrero',
  'marzo',
  'abril|abr',
  'mayo',
  'junio',
  'julio',
  'agosto|ago',
  'septiembre|setiembre|set',
  'octubre',
  'noviembre',
  'diciembre|dic',
]);
// it
months([
  'gennaio|gen',
  'febbraio',
  'marzo',
  'aprile',
  'maggio|mag',
  'giugno|giu',
  'luglio|lug',
  'agosto',
  'settembre|sett',
  'ottobre|ott',
  'novembre',
  'dicembre',
]);
// nl
months([
  'januari',
  'februari',
  'maart|mrt',
  'april',
  'mei',
  'juni',
  'juli',
  'augustus',
  'september',
  'oktober',
  'november',
  'december',
]);

const MONTH_WORD = '([a-zà-ÿ]{3,10})\\.?';
const DAY = '(\\d{1,2})(?:er|st|nd|rd|th|º|°)?\\.?';
const YEAR = '(\\d{4})';

const RE_ISO = /\b(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})\b/;
const RE_NUMERIC = /\b(\d{1,2})([/.\-])(\d{1,2})\2(\d{4}|\d{2})\b/;
const RE_DAY_MONTH = new RegExp(
  `(?:^|[^\\d])${DAY}[\\s-]*(?:de\\s+)?${MONTH_WORD}[\\s-]*(?:de\\s+|,\\s*)?${YEAR}\\b`,
  'i',
);
const RE_MONTH_DAY = new RegExp(`\\b${MONTH_WORD}\\s+${DAY},?\\s+${YEAR}\\b`, 'i');
const RE_COMPACT = /^(\d{4})(\d{2})(\d{2})$/;
// Two-digit years after a month's name: IDURAR's date formats 'DD-MMM-YY' ("20-Nov-26"), 'DD MMM YY',
// 'MMM DD YY' (frontend GeneralSettingForm.jsx, idurar_app_date_format). Tried after the 4-digit forms.
const RE_DAY_MONTH_YY = new RegExp(
  `(?:^|[^\\d])${DAY}[\\s-]+${MONTH_WORD}[\\s-]+(\\d{2})(?![\\d:])`,
  'i',
);
const RE_MONTH_DAY_YY = new RegExp(`\\b${MONTH_WORD}\\s+${DAY},?\\s+(\\d{2})(?![\\d:])`, 'i');

/** Whether a text holds a date written in digits ("2026-01-15", "15-01-2026") somewhere. */
export const hasNumericDate = (text: string): boolean => RE_ISO.test(text) || RE_NUMERIC.test(text);

function monthNumber(word: string): number | undefined {
  return MONTHS[word.toLowerCase()];
}

function monthFirst(lang: string | undefined): boolean {
  // Month-first is a US (and Philippine, Canadian-English) habit; everywhere else day-first.
  return !!lang && /^en-(us|ph|ca)\b/i.test(lang);
}

/**
 * Lists repeat the same few dates on every row: a reading is remembered (bounded, cleared
 * when full). Results are shared, so callers treat them as read-only.
 */
const cache = new Map<string, Map<string, ParsedDate | null>>();
let cached = 0;

export function parseDate(input: string, opts: DateOptions = {}): ParsedDate | null {
  if (input.length > 120) return null;
  // Keyed by language then text: no key string is built per call.
  const lang = opts.lang ?? '';
  let byLang = cache.get(lang);
  const hit = byLang?.get(input);
  if (hit !== undefined) return hit;
  if (cached > 4096) {
    cache.clear();
    cached = 0;
    byLang = undefined;
  }
  const out = readDate(input, opts);
  if (!byLang) cache.set(lang, (byLang = new Map()));
  byLang.set(input, out);
  cached++;
  return out;
}

function readDate(input: string, opts: DateOptions): ParsedDate | null {
  const raw = input.trim();
  if (!raw || raw.length > 120) return null;
  let m = RE_COMPACT.exec(raw);
  if (m) return result(+m[1]!, +m[2]!, +m[3]!, { raw, confidence: 1 });
  m = RE_ISO.exec(raw);
  if (m) return result(+m[1]!, +m[2]!, +m[3]!, { raw, confidence: 1 });
  m = RE_DAY_MONTH.exec(raw);
  if (m) {
    const month = monthNumber(m[2]!);
    if (month) return result(+m[3]!, month, +m[1]!, { raw, confidence: 0.95 });
  }
  m = RE_MONTH_DAY.exec(raw);
  if (m) {
    const month = monthNumber(m[1]!);
    if (month) return result(+m[3]!, month, +m[2]!, { raw, confidence: 0.95 });
  }
  m = RE_DAY_MONTH_YY.exec(raw);
  if (m) {
    const month = monthNumber(m[2]!);
    if (month) return result(2000 + +m[3]!, month, +m[1]!, { raw, confidence: 0.8 });
  }
  m = RE_MONTH_DAY_YY.exec(raw);
  if (m) {
    const month = monthNumber(m[1]!);
    if (month) return result(2000 + +m[3]!, month, +m[2]!, { raw, confidence: 0.8 });
  }
  m = RE_NUMERIC.exec(raw);
  if (m) {
    const a = +m[1]!;
    const b = +m[3]!;
    let y = +m[4]!;
    if (m[4]!.length === 2) y += 2000;
    const dmyOk = isValidYmd(y, b, a);
    const mdyOk = isValidYmd(y, a, b);
    // "." is day-first everywhere it is used (de, nl, ch, fr…): not ambiguous.
    if (m[2] === '.' && dmyOk)
      return result(y, b, a, { raw, confidence: m[4]!.length === 2 ? 0.8 : 0.9 });
    if (dmyOk && mdyOk && a !== b) {
      const usMonthFirst = monthFirst(opts.lang);
      const chosen = usMonthFirst ? ymd(y, a, b) : ymd(y, b, a);
      const other = usMonthFirst ? ymd(y, b, a) : ymd(y, a, b);
      return {
        date: chosen,
        ambiguous: true,
        confidence: opts.lang ? 0.6 : 0.45,
        alternative: other,
        order: usMonthFirst ? 'month-first' : 'day-first',
        raw,
      };
    }
    const confidence = m[4]!.length === 2 ? 0.8 : 0.9;
    // Only a number over 12 proves the order; "03/03/2026" reads the same either way.
    if (dmyOk) return proving(result(y, b, a, { raw, confidence }), !mdyOk && 'day-first');
    if (mdyOk) return proving(result(y, a, b, { raw, confidence }), 'month-first');
  }
  return null;
}

const proving = (p: ParsedDate | null, order: DateOrder | false): ParsedDate | null =>
  p && order ? { ...p, order } : p;

/** The date y-mo-d if it exists, read from `raw` with `confidence`. */
function result(
  y: number,
  mo: number,
  d: number,
  { raw, confidence }: Pick<ParsedDate, 'raw' | 'confidence'>,
): ParsedDate | null {
  if (!isValidYmd(y, mo, d)) return null;
  return { date: ymd(y, mo, d), ambiguous: false, confidence, raw };
}
