import * as v from 'valibot';
import { isCalendarDate } from './dates';
import { isCurrencyCode } from './money';

/**
 * The field schemas every record schema is built from (lib/model/client.ts, invoice.ts,
 * event.ts, sender.ts, policy-schema.ts). Ingest, messages, storage and the backup file
 * all use these, so a value one boundary accepts is never refused by another: a
 * boundary may narrow (a message may allow less), never widen.
 */

/**
 * Characters that are never data: C0 controls other than tab, line feed and carriage
 * return, DEL, C1 controls, and the bidirectional embedding/override/isolate and mark
 * characters (U+202A–U+202E, U+2066–U+2069, U+200E, U+200F, U+061C) that make
 * "evil\u202Efdp.exe" read as "evilexe.pdf". A NUL once split every draft's invoice table.
 */
const NOT_DATA =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/g;

/** A text with the characters that are never data removed. */
export function cleanText(s: string): string {
  return s.replace(NOT_DATA, '');
}

/** True when a text holds characters that are never data. */
export function hasControl(s: string): boolean {
  NOT_DATA.lastIndex = 0;
  const found = NOT_DATA.test(s);
  NOT_DATA.lastIndex = 0;
  return found;
}

/** A bounded text, cleaned of control characters before its length is checked. */
export const text = (max = 500) => v.pipe(v.string(), v.transform(cleanText), v.maxLength(max));
/** A bounded text that cannot be empty. */
export const nonEmpty = (max: number) =>
  v.pipe(v.string(), v.transform(cleanText), v.minLength(1), v.maxLength(max));

export const MAX = {
  id: 200,
  invoiceNumber: 100,
  name: 300,
  email: 320,
  emails: 50,
  phone: 50,
  legalId: 50,
  address: 1000,
  notes: 5000,
  note: 5000,
  subject: 1000,
  body: 100_000,
  reason: 2000,
  where: 2000,
  terms: 1000,
  timestamp: 40,
  label: 200,
  tracking: 100,
  quote: 600,
} as const;

export const id = nonEmpty(MAX.id);
export const timestamp = text(MAX.timestamp);
export const date = v.pipe(
  v.string(),
  v.check((s: string) => isCalendarDate(s), 'expected a real date as YYYY-MM-DD'),
);
export const currency = v.pipe(
  v.string(),
  v.check((s: string) => isCurrencyCode(s), 'expected an ISO 4217 currency code such as EUR'),
);
export const percent = v.pipe(
  v.string(),
  v.regex(/^\d{1,3}(\.\d{1,4})?$/, 'expected a rate in percent such as "12.5"'),
);
/** An e-mail address, trimmed and in lower case (the by-email index answers exact lookups). */
export const email = v.pipe(
  v.string(),
  v.transform((s: string) => cleanText(s).trim().toLowerCase()),
  v.maxLength(MAX.email),
  v.email(),
);
/** Is this an address the ledger keeps? (What ingest checks before putting it in `emails`.) */
export const isEmail = (s: string) => v.is(email, s);

/** Amounts in minor units, as the ledger stores them. */
export const MINOR_LIMIT = 1e15;
export const minor = v.pipe(
  v.number(),
  v.integer(),
  v.minValue(-MINOR_LIMIT),
  v.maxValue(MINOR_LIMIT),
);
export const minorPositive = v.pipe(
  v.number(),
  v.integer(),
  v.minValue(1),
  v.maxValue(MINOR_LIMIT),
);
export const minorNonNegative = v.pipe(
  v.number(),
  v.integer(),
  v.minValue(0),
  v.maxValue(MINOR_LIMIT),
);
/** Amounts in a file: decimal strings in major units ("1200.00"). */
export const decimal = v.pipe(
  v.string(),
  v.regex(/^-?\d{1,16}(\.\d{1,4})?$/, 'expected a decimal amount such as "1200.00"'),
);
export const positiveDecimal = v.pipe(
  decimal,
  v.check(
    (s: string) => /[1-9]/.test(s) && !s.startsWith('-'),
    'expected an amount greater than zero',
  ),
);
