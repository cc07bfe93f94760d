/**
 * Calendar dates as 'YYYY-MM-DD' strings: an invoice's due date has no time zone.
 * Arithmetic goes through a day number (days since 1970-01-01, UTC), never local time.
 */
export type CalendarDate = string;

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isCalendarDate(text: unknown): text is CalendarDate {
  if (typeof text !== 'string') return false;
  const m = ISO.exec(text);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return isValidYmd(y, mo, d);
}

export function isValidYmd(y: number, m: number, d: number): boolean {
  if (!Number.isInteger(y) || !Number.isInteger(m) || !Number.isInteger(d)) return false;
  if (y < 1900 || y > 2200 || m < 1 || m > 12 || d < 1) return false;
  return d <= daysInMonth(y, m);
}

export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

export function assertDate(text: unknown, what = 'date'): CalendarDate {
  if (!isCalendarDate(text))
    throw new Error(`${what}: "${String(text)}" is not a valid date (expected YYYY-MM-DD)`);
  return text;
}

export function ymd(y: number, m: number, d: number): CalendarDate {
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

export function toDayNumber(date: CalendarDate): number {
  const m = ISO.exec(date);
  if (!m) throw new Error(`"${date}" is not a YYYY-MM-DD date`);
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / 86_400_000;
}

export function fromDayNumber(day: number): CalendarDate {
  const d = new Date(day * 86_400_000);
  return ymd(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

export function addDays(date: CalendarDate, days: number): CalendarDate {
  return fromDayNumber(toDayNumber(date) + days);
}

/** Whole days from a to b (b − a); positive when b is later. */
export function daysBetween(a: CalendarDate, b: CalendarDate): number {
  return toDayNumber(b) - toDayNumber(a);
}

export function maxDate(...dates: (CalendarDate | null | undefined)[]): CalendarDate | null {
  let best: CalendarDate | null = null;
  for (const d of dates) if (d && (best === null || d > best)) best = d;
  return best;
}

export function minDate(...dates: (CalendarDate | null | undefined)[]): CalendarDate | null {
  let best: CalendarDate | null = null;
  for (const d of dates) if (d && (best === null || d < best)) best = d;
  return best;
}

/** Last day of the month a date falls in. */
export function endOfMonth(date: CalendarDate): CalendarDate {
  const [y, m] = date.split('-').map(Number) as [number, number];
  return ymd(y, m, daysInMonth(y, m));
}

export function addMonths(date: CalendarDate, months: number): CalendarDate {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) + months;
  const ny = Math.floor(total / 12);
  const nm = (total % 12) + 1;
  return ymd(ny, nm, Math.min(d, daysInMonth(ny, nm)));
}

/** Half-year key of a date: '2026-H1' (Jan–Jun) or '2026-H2' (Jul–Dec). */
export function halfYearOf(date: CalendarDate): string {
  const [y, m] = date.split('-').map(Number) as [number, number];
  return `${y}-H${m <= 6 ? 1 : 2}`;
}

/** First day of a half-year key. */
export function halfYearStart(key: string): CalendarDate {
  const [y, h] = key.split('-H').map(Number) as [number, number];
  return ymd(y, h === 1 ? 1 : 7, 1);
}

export function halfYearEnd(key: string): CalendarDate {
  const [y, h] = key.split('-H').map(Number) as [number, number];
  return h === 1 ? ymd(y, 6, 30) : ymd(y, 12, 31);
}

/** The calendar date of a moment in the user's own time zone (callers pass the clock). */
export function localDate(moment: Date): CalendarDate {
  return ymd(moment.getFullYear(), moment.getMonth() + 1, moment.getDate());
}

const MONTHS = {
  fr: [
    'janvier',
    'février',
    'mars',
    'avril',
    'mai',
    'juin',
    'juillet',
    'août',
    'septembre',
    'octobre',
    'novembre',
    'décembre',
  ],
  en: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
} as const;

/**
 * A calendar date written out for people: "3 avril 2026", "1er mars 2026", "3 April 2026".
 * French and English are spelled from the date's own digits (no Intl: the same text on every
 * engine, and cheap enough for the two thousand a list of ambiguous dates writes out); another
 * language code (a UI language added to lib/i18n/languages.ts) goes through Intl's long date.
 */
export function formatDate(date: CalendarDate | null, lang: string): string {
  if (!date) return '—';
  // A list's warnings write the same few dates out a thousand times: each text once.
  const seen = (written[lang] ??= new Map<string, string>());
  let text = seen.get(date);
  if (text === undefined) {
    if (seen.size > 2048) seen.clear();
    const [y, m, d] = date.split('-').map(Number) as [number, number, number];
    text =
      lang === 'fr' || lang === 'en'
        ? // French writes the first day of a month as an ordinal: « 1er mars ».
          `${lang === 'fr' && d === 1 ? '1er' : d} ${MONTHS[lang][m - 1]} ${y}`
        : new Intl.DateTimeFormat(lang, {
            day: 'numeric',
            month: 'long',
            year: 'numeric',
            timeZone: 'UTC',
          }).format(Date.UTC(y, m - 1, d));
    seen.set(date, text);
  }
  return text;
}

const written: Record<string, Map<string, string>> = {};
