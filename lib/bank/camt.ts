import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { isCalendarDate } from '../model/dates';
import { decimalToMinor, isCurrencyCode } from '../model/money';
import { type Text } from '../model/text';
import { catalogText } from '../i18n/text';
import { StatementError } from './errors';
import { assignKeys, compactIban } from './key';
import type { BankTransaction, StatementRead } from './types';

/**
 * ISO 20022 cash-management statements: camt.053 (end-of-day statement), camt.052
 * (intraday report) and camt.054 (debit/credit notification), versions .001.02 to
 * .001.08. Only booked entries are read (Sts "BOOK", or Sts/Cd "BOOK" from .001.08 on);
 * pending and information-only ones are not money received yet.
 * Facts: ISO 20022 message definitions (iso20022.org, camt.053.001.02–.08 schemas), and
 * the public sample files of the Swiss Payment Standards and the German DK (checked
 * 2026-12-01): BkToCstmrStmt/Stmt, BkToCstmrAcctRpt/Rpt, BkToCstmrDbtCdtNtfctn/Ntfctn;
 * RltdPties/Dbtr/Nm before .001.08, RltdPties/Dbtr/Pty/Nm from it on.
 */
type Node = Record<string, unknown>;

const KINDS = {
  '052': ['BkToCstmrAcctRpt', 'Rpt'],
  '053': ['BkToCstmrStmt', 'Stmt'],
  '054': ['BkToCstmrDbtCdtNtfctn', 'Ntfctn'],
} as const;
const ARRAYS = new Set([
  'Stmt',
  'Rpt',
  'Ntfctn',
  'Ntry',
  'NtryDtls',
  'TxDtls',
  'Ustrd',
  'Strd',
  'Bal',
]);

function arr(v: unknown): Node[] {
  return v === undefined || v === null ? [] : ((Array.isArray(v) ? v : [v]) as Node[]);
}
function at(node: unknown, path: string): unknown {
  let cur: unknown = node;
  for (const k of path.split('/')) {
    if (!cur || typeof cur !== 'object') return undefined;
    cur = (cur as Node)[k];
    if (Array.isArray(cur)) cur = cur[0];
  }
  return cur;
}
function str(node: unknown, path: string): string | null {
  const v = at(node, path);
  if (typeof v === 'string') return v.trim() || null;
  if (v && typeof v === 'object' && typeof (v as Node)['#text'] === 'string')
    return ((v as Node)['#text'] as string).trim() || null;
  return null;
}
/** A date element: Dt, or DtTm (its calendar day as written, not moved to another zone). */
function dateOf(node: unknown): string | null {
  const d = str(node, 'Dt') ?? str(node, 'DtTm')?.slice(0, 10) ?? null;
  return d && isCalendarDate(d) ? d : null;
}

export function isCamt(text: string): boolean {
  return /urn:iso:std:iso:20022:tech:xsd:camt\.05[234]/.test(text.slice(0, 4096));
}

export function readCamt(text: string): StatementRead {
  // A DTD is never part of an ISO 20022 message; refusing one stops entity expansion.
  if (/<!DOCTYPE|<!ENTITY/i.test(text))
    throw new StatementError(catalogText('bankCamtCamtStatementRefusedIt'));
  const ns = /xmlns(?::\w+)?="urn:iso:std:iso:20022:tech:xsd:camt\.(05[234])\.001\.(\d{2})"/.exec(
    text,
  );
  if (!ns) throw new StatementError(catalogText('bankCamtThisXmlFileIs'));
  const [, kind, version] = ns as unknown as [string, '052' | '053' | '054', string];
  const v = Number(version);
  if (v < 2 || v > 8)
    throw new StatementError(catalogText('bankCamtCamtIsNotSupported', kind, version));
  const valid = XMLValidator.validate(text);
  if (valid !== true)
    throw new StatementError(
      catalogText('einvoiceXmlNotWellFormedXml', valid.err.msg, valid.err.line, valid.err.col),
    );
  const doc = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@',
    removeNSPrefix: true,
    parseTagValue: false,
    parseAttributeValue: false,
    processEntities: false,
    htmlEntities: false,
    trimValues: true,
    isArray: (name) => ARRAYS.has(name),
  }).parse(text) as Node;
  const [root, child] = KINDS[kind];
  const body = at(doc, `Document/${root}`);
  if (!body)
    throw new StatementError(catalogText('bankCamtElementDocumentMissingExpected', root, kind));
  const warnings: Text[] = [];
  const accounts: StatementRead['accounts'] = [];
  const out: Omit<BankTransaction, 'key'>[] = [];
  let skipped = 0;
  for (const [si, stmt] of arr((body as Node)[child]).entries()) {
    const account = compactIban(str(stmt, 'Acct/Id/IBAN') ?? str(stmt, 'Acct/Id/Othr/Id'));
    const accCcy = str(stmt, 'Acct/Ccy');
    accounts.push({ id: account ?? `${child}[${si}]`, currency: accCcy });
    for (const [ni, ntry] of arr(stmt.Ntry).entries()) {
      const where = `${child}[${si}]/Ntry[${ni}]`;
      const status = str(ntry, 'Sts') ?? str(ntry, 'Sts/Cd');
      if (status !== 'BOOK') {
        skipped++;
        continue;
      }
      if (str(ntry, 'RvslInd') === 'true') continue; // a reversal undoes an earlier line
      const sign = str(ntry, 'CdtDbtInd');
      if (sign !== 'CRDT' && sign !== 'DBIT')
        throw new StatementError(catalogText('bankCamtNotCreditOrDebit', where, sign ?? ''));
      const amt = at(ntry, 'Amt') as Node | string | undefined;
      const currency = (typeof amt === 'object' ? (amt['@Ccy'] as string) : null) ?? accCcy;
      const amountText = typeof amt === 'object' ? (amt['#text'] as string) : amt;
      if (!currency || !isCurrencyCode(currency))
        throw new StatementError(catalogText('bankCamtUnknownCurrency', where, currency ?? ''));
      const amount = minor(amountText, currency, `${where}/Amt`);
      const bookingDate = dateOf(at(ntry, 'BookgDt')) ?? dateOf(at(ntry, 'ValDt'));
      if (!bookingDate)
        throw new StatementError(catalogText('bankCamtBookgdtBookingDateMissing', where));
      const valueDate = dateOf(at(ntry, 'ValDt'));
      const entryRef = str(ntry, 'AcctSvcrRef') ?? str(ntry, 'NtryRef');
      const addtl = str(ntry, 'AddtlNtryInf') ?? '';
      const nature = natureOf(ntry);
      const txs = arr(ntry.NtryDtls).flatMap((d) => arr(d.TxDtls));
      // A batch booked as one entry: each transaction with its own amount is its own payment.
      const split = txs.length > 1 && txs.every((tx) => amountOf(tx) !== null);
      const parts = split ? txs : [txs[0]];
      for (const [ti, tx] of parts.entries()) {
        const txAmt = split ? amountOf(tx)! : null;
        const txCcy = txAmt?.currency ?? currency;
        const value = txAmt
          ? minor(txAmt.value, txCcy, `${where}/NtryDtls/TxDtls[${ti}]/Amt`)
          : amount;
        const party = sign === 'CRDT' ? 'Dbtr' : 'Cdtr';
        const name =
          str(tx, `RltdPties/${party}/Pty/Nm`) ??
          str(tx, `RltdPties/${party}/Nm`) ??
          str(tx, `RltdPties/Ultmt${party}/Pty/Nm`) ??
          str(tx, `RltdPties/Ultmt${party}/Nm`);
        const iban = compactIban(str(tx, `RltdPties/${party}Acct/Id/IBAN`));
        const ustrd = arr(at(tx, 'RmtInf') && (at(tx, 'RmtInf') as Node).Ustrd)
          .map((u) => (typeof u === 'string' ? u : String((u as Node)['#text'] ?? '')))
          .join(' ')
          .trim();
        const strd = arr(at(tx, 'RmtInf') && (at(tx, 'RmtInf') as Node).Strd);
        const creditorRef = strd.map((s) => str(s, 'CdtrRefInf/Ref')).find(Boolean) ?? null;
        const docs = strd
          .map((s) => str(s, 'RfrdDocInf/Nb'))
          .filter(Boolean)
          .join(' ');
        const endToEndId = str(tx, 'Refs/EndToEndId');
        const txId = str(tx, 'Refs/AcctSvcrRef') ?? str(tx, 'Refs/TxId') ?? str(tx, 'Refs/UETR');
        const remittance = [ustrd, creditorRef, docs, str(tx, 'AddtlTxInf')]
          .filter(Boolean)
          .join(' ');
        out.push({
          bankId: split ? (txId ?? (entryRef ? `${entryRef}/${ti}` : null)) : (entryRef ?? txId),
          bookingDate,
          valueDate,
          amount: sign === 'CRDT' ? value : -value,
          currency: txCcy,
          counterparty: name,
          counterpartyIban: iban,
          remittance,
          creditorRef,
          endToEndId: endToEndId && endToEndId !== 'NOTPROVIDED' ? endToEndId : null,
          label:
            [name, ustrd || creditorRef || addtl].filter(Boolean).join(' — ') || addtl || where,
          account,
          where: split ? `${where}/NtryDtls/TxDtls[${ti}]` : where,
          nature,
        });
      }
    }
  }
  if (skipped) warnings.push(catalogText('bankCamtNotBooked', skipped));
  return { format: `camt.${kind}`, accounts, transactions: assignKeys(out), warnings };
}

function amountOf(tx: Node | undefined): { value: string; currency: string | null } | null {
  const a = (at(tx, 'Amt') ?? at(tx, 'AmtDtls/TxAmt/Amt')) as Node | string | undefined;
  if (a === undefined) return null;
  return typeof a === 'object'
    ? { value: String(a['#text'] ?? ''), currency: (a['@Ccy'] as string) ?? null }
    : { value: a, currency: null };
}

function minor(text: string | undefined, currency: string, where: string): number {
  try {
    const m = decimalToMinor(String(text ?? ''), currency);
    if (m < 0) throw new Error('negative');
    return m;
  } catch {
    throw new StatementError(catalogText('bankCamtUnreadableAmount', where, text ?? ''));
  }
}

/**
 * The bank transaction code: sub-families charges, fees, commission and interest are not
 * a client's payment. (RCDT "BOOK" is a transfer inside one bank, maybe from a client:
 * own-account transfers are told by the counterparty's IBAN instead, in the matcher.)
 */
function natureOf(ntry: Node): BankTransaction['nature'] {
  const sub = str(ntry, 'BkTxCd/Domn/Fmly/SubFmlyCd');
  if (sub === 'CHRG' || sub === 'FEES' || sub === 'COMM' || sub === 'INTR') return 'fee';
  return undefined;
}
