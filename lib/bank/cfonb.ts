import { isValidYmd, ymd, type CalendarDate } from '../model/dates';
import { isCurrencyCode } from '../model/money';
import type { Text } from '../model/text';
import { StatementError } from './errors';
import { assignKeys } from './key';
import type { BankTransaction, StatementRead } from './types';
import { catalogText } from '../i18n/text';

/**
 * CFONB 120: the French banks' fixed-width statement ("relevé de compte sur support
 * informatique"), one 120-character record a line: 01 old balance, 04 movement, 05
 * complement of the movement before it (qualifier LIB label, NPY payer name, IPY payer
 * id, RCN client reference, REF…), 07 new balance.
 * Facts: CFONB, « Relevé de compte sur support informatique », July 2004 (positions
 * below), and pennylane-hq/cfonb lib/cfonb/line_parser/{base,operation}.rb at 23f2a039
 * and spec/files/example.txt at 8ba5cdd3 (read 2026-12-01).
 * Amounts: 14 characters, the last one carries the last digit and the sign
 * ({ A–I = +0…+9, } J–R = −0…−9), with the number of decimals in position 20;
 * a positive movement is a credit. Dates DDMMYY.
 */
const POSITIVE = '{ABCDEFGHI';
const NEGATIVE = '}JKLMNOPQR';

export function isCfonb(text: string): boolean {
  const first = text.split(/\r?\n/).find((l) => l.trim());
  return (
    !!first &&
    /^(01|04)\d{5}/.test(first) &&
    ((first.length >= 100 && first.length <= 122) || first.length % 120 === 0)
  );
}

function amountOf(field: string, where: string): number {
  const last = field.slice(-1);
  const digits = field.slice(0, -1).replace(/ /g, '0');
  let sign = 1;
  let d = POSITIVE.indexOf(last);
  if (d < 0) {
    d = NEGATIVE.indexOf(last);
    sign = -1;
  }
  if (d < 0 || !/^\d{13}$/.test(digits))
    throw new StatementError(catalogText('bankCfonbUnreadableAmountPositionsTo', where, field));
  return sign * Number(digits + String(d));
}

function dateOf(s: string, where: string, field: string): CalendarDate {
  const m = /^(\d{2})(\d{2})(\d{2})$/.exec(s);
  // Two-digit years: 2000–2099, the years a statement imported today can have.
  if (!m || !isValidYmd(2000 + +m[3]!, +m[2]!, +m[1]!))
    throw new StatementError(catalogText('bankCfonbIsNotDdmmyyDate', where, field, s));
  return ymd(2000 + +m[3]!, +m[2]!, +m[1]!);
}

/** Minor units of the record's currency from an amount written with `decimals` decimals. */
function toMinor(value: number, decimals: number, currency: string): number {
  const exp =
    new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions()
      .maximumFractionDigits ?? 2;
  if (decimals === exp) return value;
  if (decimals < exp) return value * 10 ** (exp - decimals);
  const f = 10 ** (decimals - exp);
  if (value % f !== 0) throw new Error('more decimals than the currency');
  return value / f;
}

export function readCfonb(text: string): StatementRead {
  // Some banks deliver the records end to end, without line breaks.
  const body = text.replace(/[\r\n]+$/, '');
  const flat = !/[\r\n]/.test(body) && body.length > 120 && body.length % 120 === 0;
  const lines = flat ? body.match(/[^]{120}/g)! : text.split(/\r?\n/);
  // Some tools strip trailing spaces: then no line is 120 long, and short lines are padded.
  // When the file keeps them, a shorter record was cut off.
  const trimmed = !lines.some((l) => l.length === 120);
  const warnings: Text[] = [];
  const accounts = new Map<string, string | null>();
  const out: Omit<BankTransaction, 'key'>[] = [];
  let current: (Omit<BankTransaction, 'key'> & { extra: string[] }) | null = null;
  const flush = () => {
    if (!current) return;
    const { extra, ...t } = current;
    out.push({ ...t, remittance: [t.remittance, ...extra].filter(Boolean).join(' ') });
    current = null;
  };
  for (const [i, raw] of lines.entries()) {
    const where = `ligne ${i + 1}`;
    const whereEn = `line ${i + 1}`;
    if (!raw.trim()) continue;
    const code = raw.slice(0, 2);
    const minLength = code === '05' ? 48 : 104;
    if (raw.length > 120 || (!trimmed && raw.length < 120) || raw.length < minLength) {
      throw new StatementError(
        catalogText('bankCfonbCfonbStatementRecordIs', where, code, raw.length, whereEn),
      );
    }
    const line = raw.padEnd(120, ' ');
    if (!['01', '04', '05', '07'].includes(code))
      throw new StatementError(
        catalogText('bankCfonbCfonbStatementUnknownRecord', where, code, whereEn),
      );
    const currency = line.slice(16, 19).trim();
    const decimals = Number(line[19]);
    const account = `${line.slice(2, 7)} ${line.slice(11, 16)} ${line.slice(21, 32).trim()}`;
    if (code === '05') {
      if (!current)
        throw new StatementError(
          catalogText('bankCfonbCfonbStatementComplementWithout', where, whereEn),
        );
      const c: Omit<BankTransaction, 'key'> & { extra: string[] } = current;
      const qualifier = line.slice(45, 48);
      const info = line.slice(48, 118).trim();
      if (qualifier === 'NPY' || qualifier === 'NPO') c.counterparty ??= info;
      else if (
        qualifier === 'RCN' ||
        qualifier === 'REF' ||
        qualifier === 'LIB' ||
        qualifier === 'LCC' ||
        qualifier === 'LC2' ||
        qualifier === 'LCS'
      )
        c.extra.push(info);
      if (qualifier === 'RCN') c.endToEndId ??= info.slice(0, 35).trim() || null;
      continue;
    }
    if (!isCurrencyCode(currency))
      throw new StatementError(
        catalogText('bankCfonbCfonbStatementUnknownCurrency', where, currency, whereEn),
      );
    if (!Number.isInteger(decimals))
      throw new StatementError(
        catalogText('bankCfonbCfonbStatementUnreadableNumber', where, line[19], whereEn),
      );
    const value = amountOf(line.slice(90, 104), `Relevé CFONB ${where}`);
    let amount: number;
    try {
      amount = toMinor(value, decimals, currency);
    } catch {
      throw new StatementError(
        catalogText('bankCfonbCfonbStatementAmountWith', where, currency, whereEn),
      );
    }
    if (code === '01' || code === '07') {
      flush();
      accounts.set(account, currency);
      continue;
    }
    flush();
    const label = line.slice(48, 79).trim();
    const interbank = line.slice(32, 34);
    current = {
      bankId: null,
      bookingDate: dateOf(line.slice(34, 40), `Relevé CFONB ${where}`, 'date de comptabilisation'),
      valueDate: line.slice(42, 48).trim()
        ? dateOf(line.slice(42, 48), `Relevé CFONB ${where}`, 'date de valeur')
        : null,
      amount,
      currency,
      counterparty: null,
      counterpartyIban: null,
      remittance: label,
      creditorRef: null,
      endToEndId: null,
      label,
      // The entry number (positions 82–88) is unique only within a day: no bank id.
      account,
      where: whereEn,
      // Interbank code 62 is a bank commission (as in pennylane-hq/cfonb spec/files/example.txt): not a payment.
      nature: interbank === '62' ? 'fee' : undefined,
      extra: [],
    };
    accounts.set(account, accounts.get(account) ?? currency);
  }
  flush();
  if (!out.length && !accounts.size)
    throw new StatementError(catalogText('bankCfonbEmptyCfonbStatementNo'));
  return {
    format: 'cfonb120',
    accounts: [...accounts].map(([id, currency]) => ({ id, currency })),
    transactions: assignKeys(out),
    warnings,
  };
}
