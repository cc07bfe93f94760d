import { db } from './state';
import {
  exportLedger,
  importLedger,
  readLedger,
  StorageFullError,
  type RestoreReport,
} from '../ledger/repo';
import {
  LedgerFileError,
  parseLedgerFile,
  type LedgerFile,
  type LoadedLedger,
} from '../ledger/file-format';
import { senderDiffers, type Sender } from '../model/sender';
import { errorText, TextError, type Text } from '../model/text';
import {
  readPolicyOverride,
  readPreferences,
  readSender,
  readTemplates,
  readUserRates,
  writePolicyOverride,
  writePreferences,
  writeSender,
  writeTemplates,
  writeUserRates,
} from '../settings';
import { catalogText } from '../i18n/text';
import { translator, type MessageKey } from '../i18n/t';
import type { UiLang } from '../i18n/languages';
import { eventsCsv, invoicesCsv } from '../ledger/csv-export';

/**
 * The backup as a use case: everything the user set goes into the file (ledger,
 * identity, ladder, templates, preferences, rates) and comes back from it. The ledger is
 * restored in one transaction; the settings after it, each said if it failed, so the
 * message always says what was really changed.
 */
export async function exportBackup(now: string): Promise<LedgerFile> {
  const [sender, policy, preferences, templates, rates] = await Promise.all([
    readSender(),
    readPolicyOverride(),
    readPreferences(),
    readTemplates(),
    readUserRates(),
  ]);
  return exportLedger(
    await db(),
    {
      sender: sender.name || sender.iban ? sender : undefined,
      policy,
      preferences,
      templates,
      rates,
    },
    now,
  );
}

/** Is there an identity to lose? An empty one (a fresh install) is not asked about. */
const hasIdentity = (s: Sender) => !!(s.name || s.company || s.iban || s.legalId);

export interface RestoreChoices {
  /** Merge mode, the file's identity differs from the current one: replace it? */
  replaceIdentity(current: Sender, incoming: Sender): Promise<boolean> | boolean;
}

export class RestoreError extends TextError {}

/** Restore a backup file's text; the answer (or the error) says what was changed. */
export async function restoreBackup(
  text: string,
  mode: 'merge' | 'replace',
  choices: RestoreChoices,
): Promise<Text> {
  const unchanged = catalogText('appBackupNothingWasChanged');
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new RestoreError(
      catalogText('appBackupUnreadableJsonFile', unchanged, (e as Error).message),
    );
  }
  let file: LoadedLedger;
  let report: RestoreReport;
  try {
    file = parseLedgerFile(data);
  } catch (err) {
    // Each problem names its record and field; the first ten, side by side.
    const t =
      err instanceof LedgerFileError
        ? catalogText('appBackupFileProblems', err.problemsText.slice(0, 10))
        : errorText(err);
    throw new RestoreError(catalogText('appBackupUnchangedBecause', unchanged, t));
  }
  const current = await readSender();
  let identity: 'kept' | 'replaced' | 'same' | 'none' = 'none';
  if (file.sender) {
    if (!senderDiffers(current, file.sender)) identity = 'same';
    else if (
      mode === 'replace' ||
      !hasIdentity(current) ||
      (await choices.replaceIdentity(current, file.sender))
    )
      identity = 'replaced';
    else identity = 'kept';
  }
  try {
    report = await importLedger(await db(), file, mode);
  } catch (err) {
    if (err instanceof StorageFullError) throw err; // It says itself that nothing was changed.
    const t = errorText(err);
    throw new RestoreError(catalogText('appBackupTheWholeRestoreWas', unchanged, t));
  }
  const failed: Text[] = [];
  const settle = async (what: Text, write: () => Promise<void>) => {
    try {
      await write();
    } catch (err) {
      const t = errorText(err);
      failed.push(catalogText('appBackupSettingFailed', what, t));
    }
  };
  if (identity === 'replaced')
    await settle(catalogText('appBackupYourDetails'), () => writeSender(file.sender));
  // Replace: the file's settings replace these. Merge: they only fill what is not set here.
  if (file.policyOverride) {
    const policy = file.policyOverride;
    await settle(catalogText('appBackupTheReminderLadder'), async () => {
      if (mode === 'replace' || !Object.keys(await readPolicyOverride()).length)
        await writePolicyOverride(policy);
    });
  }
  if (file.templates) {
    const templates = file.templates;
    await settle(catalogText('appBackupTheTemplates'), async () => {
      const cur = mode === 'replace' ? {} : await readTemplates();
      await writeTemplates({
        fr: { ...templates.fr, ...cur.fr },
        en: { ...templates.en, ...cur.en },
      });
    });
  }
  if (file.rates) {
    const rates = file.rates;
    await settle(catalogText('appBackupTheRatesYouEntered'), async () => {
      const cur = mode === 'replace' ? {} : await readUserRates();
      const out: Record<string, unknown> = { ...rates };
      for (const [series, values] of Object.entries(cur))
        out[series] = { ...(rates as Record<string, object>)[series], ...values };
      await writeUserRates(out);
    });
  }
  if (file.preferences && mode === 'replace') {
    const prefs = file.preferences;
    await settle(catalogText('appBackupThePreferences'), async () =>
      writePreferences({ ...(await readPreferences()), ...prefs }),
    );
  }
  // "Replaced" only when every setting was restored: the identity's own write may have failed.
  const saidIdentity =
    (identity === 'replaced' && !failed.length) || identity === 'kept' ? identity : undefined;
  return catalogText(
    'appBackupRestored',
    { ...report, collisions: report.collisions.length },
    saidIdentity,
    failed,
  );
}

/** One of the backup section's downloads: its button, its file name and type, its content. */
export interface BackupDownload {
  label: MessageKey;
  name: string;
  type: string;
  content(): Promise<string>;
}

/** The backup section's downloads, named after the day: the whole backup, then two CSV views. */
export function backupDownloads(today: string, now: () => string): BackupDownload[] {
  return [
    {
      label: 'optionsExportBackupJson',
      name: `relance-backup-${today}.json`,
      type: 'application/json',
      content: async () => JSON.stringify(await exportBackup(now()), null, 1),
    },
    {
      label: 'optionsInvoicesCsv',
      name: `relance-invoices-${today}.csv`,
      type: 'text/csv',
      content: async () => invoicesCsv(await readLedger(await db())),
    },
    {
      label: 'optionsTimelineCsv',
      name: `relance-timeline-${today}.csv`,
      type: 'text/csv',
      content: async () => eventsCsv(await readLedger(await db())),
    },
  ];
}

/** A sender as one line of the restore question: who the reminders come from, and where to pay. */
export const senderLine = (s: { name?: string; iban?: string }) =>
  `${s.name || '—'}${s.iban ? ` · IBAN ${s.iban}` : ''}`;

/** The question a merge asks before replacing who the reminders come from. */
export const identityQuestion = (current: Sender, incoming: Sender, lang: UiLang) =>
  translator(lang)('optionsOtherIdentity', senderLine(incoming), senderLine(current));
