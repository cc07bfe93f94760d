import {
  recordObservations,
  StorageFullError,
  type RecordItem,
  type RecordReport,
} from '../ledger/repo';
import type { LedgerDB } from '../ledger/db';
import { errorText, TextError } from '../model/text';
import { catalogText } from '../i18n/text';
import { translator } from '../i18n/t';
import type { UiLang } from '../i18n/languages';
import type { CsvRead } from '../detect/csv';
import type { DetectedInvoice } from '../detect/invoice-reading';
import { scanFile, type FileScan, type ScanFileOptions } from '../detect/scan-file';
import type { SourceKind } from '../model/invoice';

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

/** A file the user confirmed for import: its name, how it was read, and its invoices. */
export interface ConfirmedFile {
  file: string;
  kind: FileScan['kind'];
  /** A PDF read from its text (no embedded e-invoice). */
  fromText?: boolean;
  invoices: DetectedInvoice[];
}

/** Where an imported file's invoices came from, as the ledger's source records it. */
export function importSourceKind(kind: FileScan['kind'], fromText?: boolean): SourceKind {
  return kind === 'pdf' && fromText
    ? 'pdf'
    : kind === 'einvoice' || kind === 'pdf'
      ? 'einvoice'
      : kind === 'html'
        ? 'page'
        : kind === 'eml'
          ? 'email'
          : 'csv';
}

/** The confirmed files' invoices as observations, each with its file as its source. */
export function importItems(files: ConfirmedFile[], at: string): RecordItem[] {
  return files.flatMap((it) =>
    it.invoices.map((detected) => ({
      detected,
      source: { kind: importSourceKind(it.kind, it.fromText), where: it.file, at },
    })),
  );
}

/** The import's answer: the counts, then the first few reasons and warnings. */
export function importSummary(r: RecordReport, lang: UiLang): string {
  const why = [
    ...r.skipped
      .slice(0, 3)
      .map((k) => `${k.invoiceNumber ?? '?'} : ${k.text?.[lang] ?? k.reason}`),
    ...(r.warnings ?? []).slice(0, 3).map((w) => w.text[lang]),
  ].join(' · ');
  return (
    translator(lang)('optionsImportCounts', r.added.length, r.updated.length, r.skipped.length) +
    (why ? ` ${why}` : '')
  );
}

/** A dropped file as read, with its CSV as read: its columns can be re-mapped without parsing it again. */
export interface ReadFile {
  scan: FileScan;
  csv?: CsvRead;
}

/** Reads the dropped files one after the other, saying how many are done. */
export async function readFiles(
  files: File[],
  opts: ScanFileOptions,
  progress: (done: number, total: number) => void,
): Promise<ReadFile[]> {
  const out: ReadFile[] = [];
  for (const [i, file] of files.entries()) {
    const bytes = new Uint8Array(await file.arrayBuffer());
    const scan = await scanFile(file.name, bytes, opts);
    out.push({ scan, csv: scan.csv?.read });
    progress(i + 1, files.length);
  }
  return out;
}
