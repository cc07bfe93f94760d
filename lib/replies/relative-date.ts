import {
  addDays,
  endOfMonth,
  fromDayNumber,
  isValidYmd,
  toDayNumber,
  ymd,
  type CalendarDate,
} from '../model/dates';

/**
 * Dates as a client writes them in a reply, turned into calendar dates from the day the
 * message was sent: "vendredi", "d'ici la fin du mois", "le 15", "next week", "by Friday",
 * "hier", "jusqu'au 3 décembre". The text is already normalised (lower case, no accents).
 * `exact` is false when the words name a span ("next week") and we chose its last day.
 */
export interface FoundDate {
  date: CalendarDate;
  exact: boolean;
  /** The words the date was read from. */
  words: string;
}

/** Monday = 0 … Sunday = 6, in the languages replies are read in. */
const WEEKDAYS: [RegExp, number][] = [
  [/\b(lundi|monday|montag|lunes)\b/, 0],
  [/\b(mardi|tuesday|dienstag|martes)\b/, 1],
  [/\b(mercredi|wednesday|mittwoch|miercoles)\b/, 2],
  [/\b(jeudi|thursday|donnerstag|jueves)\b/, 3],
  [/\b(vendredi|friday|freitag|viernes)\b/, 4],
  [/\b(samedi|saturday|samstag|sabado)\b/, 5],
  [/\b(dimanche|sunday|sonntag|domingo)\b/, 6],
];

const MONTHS: [RegExp, number][] = [
  [/^(janv?(ier)?|jan(uary)?|januar|enero|ene)$/, 1],
  [/^(fevr?(ier)?|feb(ruary)?|februar|febrero)$/, 2],
  [/^(mars|mar(ch)?|marz|maerz|marzo)$/, 3],
  [/^(avr(il)?|apr(il)?|abril)$/, 4],
  [/^(mai|may|mayo)$/, 5],
  [/^(juin|june?|juni|junio)$/, 6],
  [/^(juil(let)?|july?|juli|julio)$/, 7],
  [/^(aout|aug(ust)?|agosto)$/, 8],
  [/^(sept?(embre)?|sep(tember)?|septiembre)$/, 9],
  [/^(oct(obre)?|oct(ober)?|oktober|octubre)$/, 10],
  [/^(nov(embre)?|nov(ember)?|noviembre)$/, 11],
  [/^(dec(embre)?|dec(ember)?|dezember|dic(iembre)?)$/, 12],
];

function monthOf(word: string): number | null {
  const w = word.replace(/\.$/, '');
  for (const [re, m] of MONTHS) if (re.test(w)) return m;
  return null;
}

function weekday(date: CalendarDate): number {
  // 1970-01-01 was a Thursday (3 with Monday = 0).
  return (((toDayNumber(date) + 3) % 7) + 7) % 7;
}

function parts(date: CalendarDate): [number, number, number] {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return [y, m, d];
}

/** The date a day of the month names: this month if not passed yet, else next month. */
function nextDayOfMonth(from: CalendarDate, day: number): CalendarDate | null {
  let [y, m] = parts(from);
  for (let i = 0; i < 3; i++) {
    if (isValidYmd(y, m, day)) {
      const candidate = ymd(y, m, day);
      if (candidate >= from) return candidate;
    }
    m += 1;
    if (m > 12) {
      m = 1;
      y += 1;
    }
  }
  return null;
}

/** A day and month without a year: the next one on or after `from` (or the last one, looking back). */
function dayMonth(
  from: CalendarDate,
  day: number,
  month: number,
  past: boolean,
): CalendarDate | null {
  const [y] = parts(from);
  for (const year of past ? [y, y - 1] : [y, y + 1]) {
    if (!isValidYmd(year, month, day)) continue;
    const candidate = ymd(year, month, day);
    if (past ? candidate <= from : candidate >= from) return candidate;
  }
  return null;
}

/**
 * The first date the text names, read forward (a promise, a return date) or backward
 * (`past`: "paid yesterday", "vendredi dernier").
 */
export function findDate(text: string, sent: CalendarDate, past = false): FoundDate | null {
  const found = (date: CalendarDate | null, words: string, exact = true): FoundDate | null =>
    date ? { date, exact, words } : null;

  // Explicit dates first: they leave no doubt.
  const iso = /\b(\d{4})-(\d{2})-(\d{2})\b/.exec(text);
  if (iso && isValidYmd(+iso[1]!, +iso[2]!, +iso[3]!))
    return found(ymd(+iso[1]!, +iso[2]!, +iso[3]!), iso[0]);
  const numeric = /\b(\d{1,2})[/.](\d{1,2})(?:[/.](\d{2,4}))?\b/.exec(text);
  if (numeric) {
    const d = +numeric[1]!;
    const m = +numeric[2]!;
    let y = numeric[3] ? +numeric[3] : null;
    if (y !== null && y < 100) y += 2000;
    if (y !== null && isValidYmd(y, m, d)) return found(ymd(y, m, d), numeric[0]);
    if (y === null && m >= 1 && m <= 12) {
      const r = dayMonth(sent, d, m, past);
      if (r) return found(r, numeric[0]);
    }
  }
  const written =
    /\b(?:le\s+|the\s+|am\s+|el\s+)?(\d{1,2})(?:er|st|nd|rd|th|\.)?\s+(?:de\s+)?([a-z]{3,9}\.?)(?:\s+(?:de\s+)?(\d{4}))?\b/.exec(
      text,
    );
  if (written) {
    const m = monthOf(written[2]!);
    if (m) {
      const d = +written[1]!;
      if (written[3] && isValidYmd(+written[3], m, d))
        return found(ymd(+written[3], m, d), written[0].trim());
      const r = dayMonth(sent, d, m, past);
      if (r) return found(r, written[0].trim());
    }
  }
  const english = /\b([a-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+(\d{4}))?/.exec(text);
  if (english) {
    const m = monthOf(english[1]!);
    if (m) {
      const d = +english[2]!;
      if (english[3] && isValidYmd(+english[3], m, d))
        return found(ymd(+english[3], m, d), english[0].trim());
      const r = dayMonth(sent, d, m, past);
      if (r) return found(r, english[0].trim());
    }
  }

  // Words relative to the day the message was sent.
  const relative: [RegExp, () => CalendarDate | null, boolean?][] = [
    [/\b(apres-demain|day after tomorrow|ubermorgen|pasado manana)\b/, () => addDays(sent, 2)],
    [/\b(avant-hier|day before yesterday|vorgestern|anteayer)\b/, () => addDays(sent, -2)],
    [/\b(demain|tomorrow|morgen|manana)\b/, () => addDays(sent, 1)],
    [/\b(hier|yesterday|gestern|ayer)\b/, () => addDays(sent, -1)],
    [/\b(aujourd'hui|ce jour|ce matin|cet apres-midi|today|this morning|heute|hoy)\b/, () => sent],
    [
      /\b(?:dans|sous|d'ici|within|in|innerhalb(?: von)?|en)\s+(\d{1,2})\s*(jours|days|tagen|dias)\b/,
      () => null,
    ],
    [/\b(?:sous|within|in)\s+(24|48|72)\s*h/, () => null],
    [
      /\b(fin de (la )?semaine prochaine|end of next week)\b/,
      () => addDays(sent, 11 - weekday(sent)),
      false,
    ],
    [
      /\b(la semaine prochaine|semaine prochaine|next week|nachste woche|naechste woche|la semana que viene|la proxima semana)\b/,
      () => addDays(sent, 11 - weekday(sent)),
      false,
    ],
    [
      /\b(fin de (la )?semaine|en fin de semaine|cette semaine|end of (the|this) week|this week|diese woche|esta semana)\b/,
      () => addDays(sent, 4 - weekday(sent) >= 0 ? 4 - weekday(sent) : 0),
      false,
    ],
    [
      /\b(fin du mois prochain|end of next month)\b/,
      () => endOfMonth(addDays(endOfMonth(sent), 1)),
      false,
    ],
    [
      /\b(fin (du|de ce) mois|fin de mois|end of (the|this) month|ende des monats|monatsende|fin de mes)\b/,
      () => endOfMonth(sent),
      false,
    ],
    [
      /\b(debut du mois prochain|debut de mois prochain|early next month|beginning of next month|anfang nachsten monats)\b/,
      () => addDays(endOfMonth(sent), 5),
      false,
    ],
  ];
  for (const [re, get, exact] of relative) {
    const m = re.exec(text);
    if (!m) continue;
    if (m[2] && /jours|days|tagen|dias/.test(m[2]))
      return found(addDays(sent, Number(m[1])), m[0], false);
    if (/\d+\s*h/.test(m[0]) && !m[2]) return found(addDays(sent, Number(m[1]) / 24), m[0], false);
    return found(get(), m[0], exact ?? true);
  }

  for (const [re, day] of WEEKDAYS) {
    const m = re.exec(text);
    if (!m) continue;
    const today = weekday(sent);
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 12);
    const isPast =
      past || /^\s*(dernier|passe)\b/.test(after) || /\blast\s+$/.test(text.slice(0, m.index));
    if (isPast) return found(addDays(sent, -((today - day + 7) % 7 || 7)), m[0]);
    // "vendredi" on a Friday means the next one; "ce vendredi" / "this Friday" means today.
    const thisOne = /\b(ce|this|diesen|este)\s+$/.test(text.slice(0, m.index));
    const ahead = (day - today + 7) % 7 || (thisOne ? 0 : 7);
    return found(addDays(sent, ahead), m[0]);
  }

  // "le 15", "avant le 20", "on the 15th": a day of this month, or of the next one.
  const dom =
    /\b(?:le|the|am|el|avant le|before the|by the|jusqu'au)\s+(\d{1,2})(?:er|st|nd|rd|th|\.)?\b/.exec(
      text,
    );
  if (dom) {
    const d = +dom[1]!;
    if (d >= 1 && d <= 31) {
      if (past) {
        const [y, m] = parts(sent);
        const here = isValidYmd(y, m, d) ? ymd(y, m, d) : null;
        if (here && here <= sent) return found(here, dom[0]);
        const prev = fromDayNumber(toDayNumber(ymd(y, m, 1)) - 1);
        const [py, pm] = parts(prev);
        return isValidYmd(py, pm, d) ? found(ymd(py, pm, d), dom[0]) : null;
      }
      return found(nextDayOfMonth(sent, d), dom[0]);
    }
  }
  return null;
}
