import {
  recordObservations,
  StorageFullError,
  type RecordItem,
  type RecordReport,
} from '../ledger/repo';
import type { LedgerDB } from '../ledger/db';
import { errorText, TextError } from '../model/text';
import { catalogText } from '../i18n/text';

/**
 * The options page's import, whatever its size, in one transaction: all of it or none
 * (closing the tab or any error mid-way leaves the ledger as it was), and importing the
 * same file again adds nothing twice. It once ran one transaction per 20 000 invoices, so
 * closing the tab left 20 000 of 26 000 (issue #22, finding 7).
 */
export async function importAll(
  db: LedgerDB,
  all: RecordItem[],
  opts: Parameters<typeof recordObservations>[2],
  onProgress?: (done: number, total: number) => void,
): Promise<RecordReport> {
  return recordObservations(db, all, opts, onProgress).catch((err: unknown) => {
    if (err instanceof StorageFullError) throw err; // It says itself that nothing was changed.
    throw new TextError(catalogText('appImportRolledBack', errorText(err)));
  });
}
