import { addDays, daysBetween, type CalendarDate } from '../model/dates';
import { type Text } from '../model/text';
import { catalogText } from '../i18n/text';
import { compactIban, contentKey } from './key';
import type { Unmatched } from './match';
import type { BankTransaction } from './types';

/**
 * The same transfer told by two statements of different formats (camt.053 then the
 * bank's CSV export, an OFX, a Qonto CSV). Each format has its own ids and its own way
 * of cutting the label, so neither the bank id nor the text can tell it: a bookkeeper
 * compares the day, the amount and the currency, and takes two such credits of two
 * files (or a credit and a payment already recorded from a bank line) for one transfer
 * unless something proves otherwise: another account, another payer IBAN, another
 * end-to-end id. Two equal lines of one file stay two (real repeated payments).
 */
export interface PriorLine {
  bookingDate: CalendarDate;
  valueDate: CalendarDate | null;
  amount: number;
  currency: string;
  account: string | null;
  counterpartyIban: string | null;
  endToEndId: string | null;
  /** The bank's id or our key of the line: a recorded payment's evidence names it too. */
  id: string;
  /** The file it came from; null for a payment recorded from it. */
  file: string | null;
  /** "déjà importé depuis camt053-v02.xml", or what was recorded from it. */
  note: Text;
  /** For a recorded payment: the client it was recorded for. */
  clientId?: string;
}

export interface Duplicate {
  transaction: BankTransaction;
  /** The file that told it first; null when it is a payment already recorded. */
  from: string | null;
  /** "déjà importé depuis camt053-v02.xml". */
  note: Text;
}

export const priorLine = (t: BankTransaction, file: string): PriorLine => ({
  bookingDate: t.bookingDate,
  valueDate: t.valueDate,
  amount: t.amount,
  currency: t.currency,
  account: t.account,
  counterpartyIban: t.counterpartyIban,
  endToEndId: t.endToEndId,
  id: t.bankId ?? t.key,
  file,
  note: catalogText('bankSameAlreadyImportedFrom', file),
});

const alnum = (s: string | null | undefined) =>
  (s ?? '').replace(/[^A-Za-z0-9]/g, '').toUpperCase();
const IBAN = /^[A-Z]{2}\d{2}[A-Z0-9]{8,30}$/;
// camt's and MT940's placeholder when the payer gave none.
const e2e = (s: string | null) => (s && s.toUpperCase() !== 'NOTPROVIDED' ? s : null);

/**
 * The same account, or not known to differ. An IBAN holds the national account number
 * (FR: bank, branch, number, key), which is what OFX ACCTID, CFONB and CSV headers give.
 */
export function sameAccount(a: string | null, b: string | null): boolean {
  const x = alnum(a);
  const y = alnum(b);
  if (!x || !y || x === y) return true;
  const ix = IBAN.test(x);
  const iy = IBAN.test(y);
  if (ix && iy) return false;
  if (ix || iy) {
    const [iban, nat] = ix ? [x, y] : [y, x];
    return nat.length >= 5 && iban.slice(4).includes(nat);
  }
  return x.includes(y) || y.includes(x);
}

/** One format gives the booking date, another the value date: one day apart at most, through a value date. */
function sameDay(a: PriorLine, b: PriorLine): boolean {
  if (a.bookingDate === b.bookingDate) return true;
  const pairs: [CalendarDate | null, CalendarDate | null][] = [
    [a.bookingDate, b.valueDate],
    [a.valueDate, b.bookingDate],
    [a.valueDate, b.valueDate],
  ];
  return pairs.some(([x, y]) => !!x && !!y && Math.abs(daysBetween(x, y)) <= 1);
}

export function sameTransfer(a: PriorLine, b: PriorLine): boolean {
  if (
    a.amount !== b.amount ||
    a.currency !== b.currency ||
    !sameDay(a, b) ||
    !sameAccount(a.account, b.account)
  )
    return false;
  const ia = compactIban(a.counterpartyIban);
  const ib = compactIban(b.counterpartyIban);
  if (ia && ib && ia !== ib) return false;
  const ea = e2e(a.endToEndId);
  const eb = e2e(b.endToEndId);
  return !(ea && eb && ea !== eb);
}

/** How much closer a candidate is: the same end-to-end id, payer IBAN, booking date. */
function closeness(a: PriorLine, b: PriorLine): number {
  return (
    (e2e(a.endToEndId) && e2e(a.endToEndId) === e2e(b.endToEndId) ? 4 : 0) +
    (compactIban(a.counterpartyIban) &&
    compactIban(a.counterpartyIban) === compactIban(b.counterpartyIban)
      ? 2
      : 0) +
    (a.bookingDate === b.bookingDate ? 1 : 0)
  );
}

interface Transfer {
  line: PriorLine;
  sources: Set<string>;
}

export interface DuplicateResult {
  /** Credits told by another statement (or already recorded): not proposed again. */
  duplicates: Duplicate[];
  /** Credits that may be one already imported: listed unmatched, never proposed. */
  ambiguous: Unmatched[];
  /** The credits of this run that are new (or ambiguous): the next imports compare with them. */
  lines: PriorLine[];
}

/**
 * Files in the order given; each credit compared with the transfers of the other files
 * read before and of earlier imports (`prior`). A transfer is claimed at most once per
 * file: a file with more equal lines than the others leaves the rest in doubt.
 * Lines whose key or content key is `seen` (the same file again) are left to the matcher.
 */
export function findDuplicates(
  files: { file: string; transactions: BankTransaction[] }[],
  prior: PriorLine[],
  seen: ReadonlySet<string> = new Set(),
  /** The clients a line's payer can be: a payment recorded for another client is not this line. */
  payersOf?: (tx: BankTransaction) => string[],
): DuplicateResult {
  const out: DuplicateResult = { duplicates: [], ambiguous: [], lines: [] };
  // By amount, currency and the days a line can be told on: a year of statements in one pass.
  const transfers = new Map<string, Transfer[]>();
  const around = (d: CalendarDate | null) => (d ? [addDays(d, -1), d, addDays(d, 1)] : []);
  const add = (t: Transfer) => {
    for (const d of new Set([t.line.bookingDate, ...around(t.line.valueDate)])) {
      const k = `${t.line.amount}|${t.line.currency}|${d}`;
      if (!transfers.has(k)) transfers.set(k, []);
      transfers.get(k)!.push(t);
    }
  };
  const near = (l: PriorLine) => [
    ...new Set(
      [l.bookingDate, ...around(l.valueDate)].flatMap(
        (d) => transfers.get(`${l.amount}|${l.currency}|${d}`) ?? [],
      ),
    ),
  ];
  prior.forEach((line, i) => add({ line, sources: new Set([`prior:${i}`]) }));
  const keys = new Set<string>();
  files.forEach((f, fi) => {
    const src = `file:${fi}`;
    for (const tx of f.transactions) {
      if (tx.amount <= 0) continue;
      const c = contentKey(tx);
      if (seen.has(tx.key) || keys.has(tx.key) || (c && seen.has(c))) continue;
      keys.add(tx.key);
      const line = priorLine(tx, f.file);
      let who: string[] | undefined;
      const forOther = (p: PriorLine) => {
        if (!p.clientId || !payersOf) return false;
        who ??= payersOf(tx);
        return who.length > 0 && !who.includes(p.clientId);
      };
      const same = near(line);
      // The same line of an earlier import (the same file again) is read again as it was,
      // against the others; a payment recorded from it (its id in the evidence) is it.
      const again = same.find((t) => t.line.file !== null && t.line.id === line.id);
      const matching = same.filter(
        (t) =>
          (t.sources.size > 1 || !t.sources.has(src)) &&
          (t.line.file === null
            ? t.line.id === line.id || (sameTransfer(t.line, line) && !forOther(t.line))
            : t.line.id !== line.id && sameTransfer(t.line, line)),
      );
      const free = matching.filter((t) => !t.sources.has(src));
      if (free.length) {
        const best = free.reduce((a, b) =>
          closeness(b.line, line) > closeness(a.line, line) ? b : a,
        );
        best.sources.add(src);
        out.duplicates.push({ transaction: tx, from: best.line.file, note: best.line.note });
        continue;
      }
      if (again) again.sources.add(src);
      else {
        add({ line, sources: new Set([src]) });
        out.lines.push(line);
      }
      if (matching.length) {
        const first = matching[0]!.line.note;
        out.ambiguous.push({
          transaction: tx,
          note: catalogText('bankSameInAnotherStatement', first),
        });
      }
    }
  });
  return out;
}

/** A payment recorded from a bank line, as the line it came from (no file: what was recorded). */
export function recordedLine(
  e: {
    amount: number;
    currency: string;
    clientId: string;
    evidence: { transactionId: string; date: CalendarDate };
  },
  what: string,
): PriorLine {
  return {
    clientId: e.clientId,
    bookingDate: e.evidence.date,
    valueDate: null,
    amount: e.amount,
    currency: e.currency,
    account: null,
    counterpartyIban: null,
    endToEndId: null,
    id: e.evidence.transactionId,
    file: null,
    note: catalogText('bankSameAlreadyRecorded', what, e.evidence.date),
  };
}
