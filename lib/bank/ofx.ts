import { isValidYmd, ymd } from '../model/dates';
import { decimalToMinor, isCurrencyCode } from '../model/money';
import type { Text } from '../model/text';
import { StatementError } from './errors';
import { assignKeys } from './key';
import type { BankTransaction, StatementRead } from './types';
import { catalogText } from '../i18n/text';

/**
 * OFX statements, 1.x (SGML: leaf elements are not closed, "<TRNAMT>1200.00") and 2.x
 * (XML). Each STMTRS (bank) or CCSTMTRS (card) has CURDEF, its account and a
 * BANKTRANLIST of STMTTRN: TRNTYPE, DTPOSTED, DTUSER, TRNAMT (signed: a credit is
 * positive), FITID (unique per account), NAME, MEMO, optional CURRENCY.
 * Facts: OFX Banking Specification 1.0.2 §11.4 and 2.1.1 §11.4 (ofx.net, checked
 * 2026-12-01); French banks' exports write the amount with a comma ("1200,00").
 */
interface Tag {
  name: string;
  close: boolean;
  text: string;
  pos: number;
}

/** OFX escapes only these five, in both the SGML and the XML versions. */
const unescape = (s: string) =>
  s.replace(
    /&(amp|lt|gt|quot|apos);/g,
    (_, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" })[e]!,
  );

function tokens(text: string): Tag[] {
  const out: Tag[] = [];
  const re = /<(\/?)([A-Za-z0-9.]+)[^>]*>([^<]*)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)))
    out.push({
      close: m[1] === '/',
      name: m[2]!.toUpperCase(),
      text: unescape(m[3]!.trim()),
      pos: m.index,
    });
  return out;
}

export function isOfx(text: string): boolean {
  const head = text.slice(0, 2048);
  return /OFXHEADER|<\?OFX|<OFX>/i.test(head);
}

const lineOf = (text: string, pos: number) => text.slice(0, pos).split('\n').length;

function dateOf(s: string | undefined, where: string): string {
  const m = /^(\d{4})(\d{2})(\d{2})/.exec(s ?? '');
  if (!m || !isValidYmd(+m[1]!, +m[2]!, +m[3]!))
    throw new StatementError(catalogText('bankOfxUnreadableDate', where, s ?? ''));
  return ymd(+m[1]!, +m[2]!, +m[3]!);
}

const FEE_TYPES = new Set(['FEE', 'SRVCHG', 'INT', 'DIV']);

export function readOfx(text: string): StatementRead {
  if (/<!DOCTYPE|<!ENTITY/i.test(text))
    throw new StatementError(catalogText('bankOfxOfxStatementRefusedIt'));
  const all = tokens(text);
  if (!all.some((t) => t.name === 'OFX'))
    throw new StatementError(catalogText('bankOfxOfxFileWithoutAn'));
  const warnings: Text[] = [];
  const accounts: StatementRead['accounts'] = [];
  const out: Omit<BankTransaction, 'key'>[] = [];
  let currency: string | null = null;
  let account: string | null = null;
  let trn: Record<string, string> | null = null;
  let trnPos = 0;
  let inCurrency = false;
  for (const t of all) {
    if (!t.close && (t.name === 'STMTRS' || t.name === 'CCSTMTRS')) {
      currency = null;
      account = null;
    }
    if (!t.close && t.name === 'CURDEF') currency = t.text.toUpperCase();
    if (!t.close && t.name === 'ACCTID' && !trn) {
      account = t.text;
      accounts.push({ id: account, currency });
    }
    if (!t.close && t.name === 'STMTTRN') {
      trn = {};
      trnPos = t.pos;
      continue;
    }
    if (!t.close && (t.name === 'CURRENCY' || t.name === 'ORIGCURRENCY')) inCurrency = true;
    if (t.close && (t.name === 'CURRENCY' || t.name === 'ORIGCURRENCY')) inCurrency = false;
    if (trn && !t.close && t.text) trn[inCurrency ? `CUR.${t.name}` : t.name] = t.text;
    if (trn && t.close && t.name === 'STMTTRN') {
      const where = `STMTTRN ligne ${lineOf(text, trnPos)}`;
      const whereEn = `STMTTRN line ${lineOf(text, trnPos)}`;
      const ccy = (trn['CUR.CURSYM'] ?? currency ?? '').toUpperCase();
      if (!isCurrencyCode(ccy))
        throw new StatementError(catalogText('bankOfxUnknownCurrencyCurdef', where, ccy, whereEn));
      const rawAmt = (trn.TRNAMT ?? '').replace(/\s/g, '').replace(',', '.').replace(/^\+/, '');
      let amount: number;
      try {
        amount = decimalToMinor(rawAmt, ccy);
      } catch {
        throw new StatementError(
          catalogText('bankOfxUnreadableAmount', where, whereEn, trn.TRNAMT ?? ''),
        );
      }
      const type = (trn.TRNTYPE ?? '').toUpperCase();
      const name = trn.NAME ?? trn['PAYEE.NAME'] ?? null;
      const memo = trn.MEMO ?? '';
      out.push({
        bankId: trn.FITID ?? null,
        bookingDate: dateOf(trn.DTPOSTED, where),
        valueDate: trn.DTUSER ? dateOf(trn.DTUSER, where) : null,
        amount,
        currency: ccy,
        counterparty: name,
        counterpartyIban: null,
        remittance: [name, memo, trn.REFNUM, trn.CHECKNUM].filter(Boolean).join(' '),
        creditorRef: null,
        endToEndId: null,
        label: [name, memo].filter(Boolean).join(' — ') || type,
        account,
        where: whereEn,
        nature: FEE_TYPES.has(type) ? 'fee' : undefined,
      });
      trn = null;
    }
  }
  if (!accounts.length && !out.length)
    throw new StatementError(catalogText('bankOfxOfxFileWithoutStatement'));
  return { format: 'ofx', accounts, transactions: assignKeys(out), warnings };
}
