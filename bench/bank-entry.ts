import { readCamt } from '../lib/bank/camt';
import { reconcile } from '../lib/bank/reconcile';
import type { StatementFile } from '../lib/bank/types';
import type { Client } from '../lib/model/client';
import type { Invoice } from '../lib/model/invoice';

/**
 * A year of statements (10 000 credits: by reference, by payer, unmatched) against a
 * ledger: the bare parse of the same lines as camt.053, and the reconciling the import
 * runs on what was read (the same transfer told twice looked for, then the matching).
 * Returns each run's milliseconds.
 */
export function timeBank(
  clients: Client[],
  invoices: Invoice[],
): { parse: number[]; match: number[] } {
  const names = new Map(clients.map((c) => [c.id, c.name]));
  const entries: string[] = [];
  for (let i = 0; i < 10_000; i++) {
    const inv = invoices[(i * 7919) % invoices.length]!;
    const amount = (inv.amountDue / 100).toFixed(2);
    const ustrd =
      i % 3 === 0 ? `FACT ${inv.number}` : i % 3 === 1 ? 'VIREMENT' : `REF ${100000 + i}`;
    const payer = i % 3 === 2 ? `PAYEUR ${i}` : (names.get(inv.clientId) ?? 'X');
    const day = String(1 + (i % 28)).padStart(2, '0');
    entries.push(
      `<Ntry><Amt Ccy="${inv.currency}">${amount}</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts>BOOK</Sts><BookgDt><Dt>2026-12-${day}</Dt></BookgDt><AcctSvcrRef>B${i}</AcctSvcrRef><NtryDtls><TxDtls><RltdPties><Dbtr><Nm>${payer.replace(/[<&]/g, ' ')}</Nm></Dbtr></RltdPties><RmtInf><Ustrd>${ustrd}</Ustrd></RmtInf></TxDtls></NtryDtls></Ntry>`,
    );
  }
  const xml = `<?xml version="1.0"?><Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.02"><BkToCstmrStmt><Stmt><Acct><Id><IBAN>FR7630006000011234567890189</IBAN></Id><Ccy>EUR</Ccy></Acct>${entries.join('')}</Stmt></BkToCstmrStmt></Document>`;
  const parse: number[] = [];
  const match: number[] = [];
  for (let i = 0; i < 5; i++) {
    let t = performance.now();
    const read = readCamt(xml);
    parse.push(performance.now() - t);
    const file: StatementFile = {
      file: 'year.xml',
      format: 'camt.053',
      transactions: read.transactions,
      accounts: read.accounts,
      warnings: [],
      error: null,
    };
    t = performance.now();
    reconcile({ clients, invoices, events: [] }, [file]);
    match.push(performance.now() - t);
  }
  return { parse, match };
}
