import { isValidYmd, ymd } from '../model/dates';
import { decimalToMinor, isCurrencyCode } from '../model/money';
import type { Text } from '../model/text';
import { StatementError } from './errors';
import { assignKeys, compactIban } from './key';
import type { BankTransaction, StatementRead } from './types';
import { catalogText } from '../i18n/text';

/**
 * SWIFT MT940 customer statements: :20: reference, :25: account, :28C: statement number,
 * :60F:/:60M: opening balance (C/D, YYMMDD, currency, amount with a decimal comma), then
 * :61: lines — value date YYMMDD, optional entry date MMDD, C/D/RC/RD, optional funds
 * code, amount, N+3 transaction type, customer reference, //bank reference — each
 * followed by its :86: information (free text, or German "?20…?29 purpose, ?32 name,
 * ?31 IBAN" sub-fields), :62F: closing balance.
 * Facts: SWIFT MT940 field specifications (Category 9 Cash Management, "MT 940
 * Customer Statement Message") and the DK "Datenformate" annex 3 (:86: sub-fields),
 * checked 2026-12-01.
 */
export function isMt940(text: string): boolean {
  return (
    (/^:20:/m.test(text.slice(0, 4096)) && /^:61:/m.test(text)) ||
    (/^:20:/m.test(text.slice(0, 4096)) && /^:60[FM]:/m.test(text))
  );
}

interface Field {
  tag: string;
  value: string;
  line: number;
}

function fields(text: string): Field[] {
  const out: Field[] = [];
  for (const [i, raw] of text.split(/\r?\n/).entries()) {
    const line = raw.replace(/\s+$/, '');
    const m = /^:(\d{2}[A-Z]?):(.*)$/.exec(line);
    if (m) out.push({ tag: m[1]!, value: m[2]!, line: i + 1 });
    else if (line === '-' || line.startsWith('-}') || line.startsWith('{')) continue;
    else if (out.length && line) out[out.length - 1]!.value += `\n${line}`;
  }
  return out;
}

const date6 = (s: string) => {
  const y = 2000 + +s.slice(0, 2),
    m = +s.slice(2, 4),
    d = +s.slice(4, 6);
  return isValidYmd(y, m, d) ? ymd(y, m, d) : null;
};

/** German structured :86: ("166?00GUTSCHRIFT?20RE 2026-014?32BOULANGERIE…"). */
function subfields(info: string): Record<string, string> | null {
  const flat = info.replace(/\n/g, '');
  if (!/^\d{3}\?\d{2}/.test(flat)) return null;
  const out: Record<string, string> = {};
  for (const m of flat.matchAll(/\?(\d{2})([^?]*)/g)) out[m[1]!] = (out[m[1]!] ?? '') + m[2]!;
  return out;
}

export function readMt940(text: string): StatementRead {
  const warnings: Text[] = [];
  const accounts: StatementRead['accounts'] = [];
  const out: Omit<BankTransaction, 'key'>[] = [];
  let account: string | null = null;
  let currency: string | null = null;
  const list = fields(text);
  for (const [i, f] of list.entries()) {
    if (f.tag === '25') {
      account = compactIban(f.value.split('\n')[0]!);
      currency = null;
    }
    if (f.tag === '60F' || f.tag === '60M') {
      const m = /^[CD](\d{6})([A-Z]{3})/.exec(f.value);
      if (!m || !isCurrencyCode(m[2]!))
        throw new StatementError(
          catalogText('bankMt940MtLineUnreadableOpening', f.line, f.tag, f.value),
        );
      currency = m[2]!;
      accounts.push({ id: account ?? `:25: ligne ${f.line}`, currency });
    }
    if (f.tag !== '61') continue;
    const where = `MT940 ligne ${f.line} (:61:)`;
    const whereEn = `MT940 line ${f.line} (:61:)`;
    if (!currency)
      throw new StatementError(catalogText('bankMt940MovementBeforeTheOpening', where, whereEn));
    const [first, ...rest] = f.value.split('\n');
    const m =
      /^(\d{6})(\d{4})?(RC|RD|C|D)([A-Z])?(\d{1,12},\d{0,3})([NFS][A-Z0-9]{3})([^/]*?)(?:\/\/(.*))?$/.exec(
        first!,
      );
    if (!m) throw new StatementError(catalogText('bankMt940UnreadableLine', where, first, whereEn));
    const [, valueRaw, entryRaw, mark, , amountRaw, , custRef, bankRef] = m;
    const valueDate = date6(valueRaw!);
    if (!valueDate)
      throw new StatementError(catalogText('bankMt940InvalidValueDate', where, valueRaw, whereEn));
    let bookingDate = valueDate;
    if (entryRaw) {
      // The entry date has no year: the value date's, or the next/previous one across New Year.
      let y = +valueDate.slice(0, 4);
      const mo = +entryRaw.slice(0, 2),
        d = +entryRaw.slice(2, 4);
      const vm = +valueDate.slice(5, 7);
      if (vm === 12 && mo === 1) y++;
      if (vm === 1 && mo === 12) y--;
      if (!isValidYmd(y, mo, d))
        throw new StatementError(
          catalogText('bankMt940InvalidEntryDate', where, entryRaw, whereEn),
        );
      bookingDate = ymd(y, mo, d);
    }
    if (mark === 'RC' || mark === 'RD') continue; // reversals undo an earlier line
    const amount = decimalToMinor(amountRaw!.replace(',', '.').replace(/\.$/, ''), currency);
    const next = list[i + 1];
    const info = next?.tag === '86' ? next.value : '';
    const sub = subfields(info);
    const purpose = sub
      ? Object.entries(sub)
          .filter(([k]) => (+k >= 20 && +k <= 29) || (+k >= 60 && +k <= 63))
          .map(([, v]) => v)
          .join(' ')
      : info.replace(/\n/g, ' ');
    // SWIFT-structured :86: ("/EREF/…/ORDP//NAME/BOULANGERIE MARTIN/REMI/USTD//FACT 2026 014/"), or German ?32/?33.
    const flatInfo = info.replace(/\n/g, '');
    const slashName = /\/NAME\/([^/]+)/.exec(flatInfo)?.[1]?.trim() || null;
    const name = sub ? [sub['32'], sub['33']].filter(Boolean).join('') || null : slashName;
    const cust = custRef?.trim();
    out.push({
      bankId: bankRef?.trim() || null,
      bookingDate,
      valueDate,
      amount: mark === 'C' ? amount : -amount,
      currency,
      counterparty: name,
      counterpartyIban: sub
        ? compactIban(sub['31'])
        : compactIban(/\/IBAN\/([A-Z]{2}\d{2}[A-Z0-9]{8,30})/.exec(flatInfo)?.[1]),
      remittance: [purpose, cust && cust !== 'NONREF' ? cust : '', rest.join(' ')]
        .filter(Boolean)
        .join(' ')
        .trim(),
      creditorRef: null,
      endToEndId: /EREF\+([^ ]+)/.exec(purpose)?.[1] ?? null,
      label: [name, purpose].filter(Boolean).join(' — ') || first!,
      account,
      where: whereEn,
    });
  }
  if (!accounts.length) throw new StatementError(catalogText('bankMt940MtStatementWithoutOpening'));
  return { format: 'mt940', accounts, transactions: assignKeys(out), warnings };
}
