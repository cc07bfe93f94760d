import { reconcile, type Reconciliation } from '../bank/reconcile';
import { readStatement } from '../bank/read';
import type { BankCsvField } from '../bank/csv';
import { readBankState, savePending, settlePending } from '../bank/store';
import { notifyChanged } from './ledger-access';
import { db, loadState } from './state';
import { TextError } from '../model/text';
import { mapText } from '../i18n/text';

/**
 * The surfaces' side of bank statements: read files, match them against the ledger and
 * keep the proposals (nothing recorded); confirm or dismiss proposals (payments recorded).
 */
export interface StatementImport {
  result: Reconciliation;
  added: number;
  alreadySeen: number;
}

export async function importStatements(
  files: { name: string; bytes: Uint8Array; csvMapping?: (BankCsvField | null)[] }[],
): Promise<StatementImport> {
  const state = await loadState();
  const read = files.map((f) => readStatement(f.name, f.bytes, { csvMapping: f.csvMapping }));
  const bank = await readBankState(await db());
  const result = reconcile(state.ledger, read, {
    ownAccounts: state.sender.iban ? [state.sender.iban] : [],
    ownNames: [state.sender.name, state.sender.company].filter((s): s is string => !!s),
    knownIbans: new Map(Object.entries(bank.ibans)),
    seen: new Set(bank.seen),
    prior: bank.lines,
  });
  const { added, alreadySeen } = await savePending(await db(), result, new Date().toISOString());
  await notifyChanged();
  return { result, added, alreadySeen };
}

/** Throws, after recording what it could, if a confirmed payment could not be recorded. */
export async function settleBank(confirm: string[], reject: string[]): Promise<number> {
  const { recorded, failed } = await settlePending(await db(), confirm, reject);
  await notifyChanged();
  if (failed.length) throw new TextError(mapText((_code, pick) => failed.map(pick).join(' · ')));
  return recorded;
}
