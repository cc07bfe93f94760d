import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { parseArgs } from 'node:util';
import { detectedJson, type DetectedInvoice } from '../detect/invoice-reading';
import { scanFile, type FileScan } from '../detect/scan-file';
import { formatMoney } from '../model/money';
import { errorText } from '../model/text';
import { parseHtmlInNode } from './node-dom';
import { catalogText } from '../i18n/text';
import { translator } from '../i18n/t';
import { CLI_LANGS_TEXT, cliLang, type CliLang } from './format';

const MAX_FILE = 60 * 1024 * 1024;

export async function scanCommand(
  argv: string[],
  out: (s: string) => void,
  err: (s: string) => void,
): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { json: { type: 'boolean' }, lang: { type: 'string' } },
  });
  if (!positionals.length)
    throw Object.assign(new Error('scan needs at least one file'), {
      code: 'ERR_PARSE_ARGS_USAGE',
    });
  const lang = values.lang === undefined ? undefined : cliLang(values.lang);
  if (values.lang !== undefined && !lang)
    throw Object.assign(new Error(`--lang must be ${CLI_LANGS_TEXT} (got "${values.lang}")`), {
      code: 'ERR_PARSE_ARGS_USAGE',
    });
  for (const file of await expandDirectories(positionals)) {
    let result: FileScan;
    try {
      const info = await stat(file);
      if (!info.isFile()) throw new Error('not a regular file');
      if (info.size > MAX_FILE)
        throw new Error(`File too large (${(info.size / 1048576).toFixed(1)} MB; limit 60 MB)`);
      const bytes = new Uint8Array(await readFile(file));
      result = await scanFile(basename(file), bytes, { lang, parseHtml: parseHtmlInNode });
      result.file = file;
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      result = {
        file,
        kind: 'unknown',
        invoices: [],
        warnings: [],
        error: code === 'ENOENT' ? catalogText('cliScanFileNotFound') : errorText(e),
      };
    }
    // Drafts were never sent and voided invoices are not owed: listed apart, with why, never as invoices.
    const skipped = result.invoices.filter(notAnInvoice);
    result.invoices = result.invoices.filter((i) => !notAnInvoice(i));
    if (values.json) {
      out(
        JSON.stringify({
          file: result.file,
          invoices: result.invoices.map(detectedJson),
          ...(skipped.length
            ? {
                skipped: skipped.map((i) => ({
                  reason: i.status === 'draft' ? 'draft' : 'voided',
                  ...detectedJson(i),
                })),
              }
            : {}),
          warnings: result.warnings.map((w) => w.en),
          error: result.error?.en ?? null,
          ...(result.fromText ? { readFrom: 'pdf-text' } : {}),
          ...(result.app ? { app: result.app } : {}),
          ...(result.compliance ? { missingMentions: result.compliance.map((c) => c.id) } : {}),
          ...(result.csv ? { rows: csvRows(result.csv.summary) } : {}),
        }),
      );
    } else {
      out(scanText(result, lang ?? 'fr', skipped));
      if (result.error) err(`relance: ${file}: ${result.error[lang ?? 'en']}`);
    }
  }
  return 0;
}

const notAnInvoice = (i: DetectedInvoice) => i.status === 'draft' || i.status === 'cancelled';

/** How the rows of a CSV became invoices: what was read and what was skipped, and why. */
function csvRows(s: NonNullable<FileScan['csv']>['summary']) {
  return {
    rows: s.rows,
    invoices: s.invoices - s.drafts - s.cancelled,
    skipped: {
      supplierBills: s.payable,
      drafts: s.drafts,
      voided: s.cancelled,
      paymentsAndOther: s.notInvoices,
      otherLedgerAccounts: s.otherAccounts,
    },
    ...(s.currencyAssumed ? { currencyAssumed: s.currencyAssumed } : {}),
  };
}

/** A directory stands for the files in it (not its subdirectories), in name order. */
async function expandDirectories(paths: string[]): Promise<string[]> {
  const out: string[] = [];
  for (const p of paths) {
    const info = await stat(p).catch(() => null);
    if (!info?.isDirectory()) {
      out.push(p);
      continue;
    }
    const entries = await readdir(p, { withFileTypes: true });
    out.push(
      ...entries
        .filter((e) => e.isFile() && !e.name.startsWith('.'))
        .map((e) => join(p, e.name))
        .sort(),
    );
  }
  return out;
}

function scanText(r: FileScan, lang: CliLang, skipped: DetectedInvoice[]): string {
  const t = translator(lang);
  const lines = [`${r.file}:`];
  if (r.error) lines.push(`  ${t('cliError')}: ${r.error[lang]}`);
  for (const i of r.invoices) {
    const m = (x: number | null) =>
      x === null ? '?' : i.currency ? formatMoney(x, i.currency, lang) : String(x);
    lines.push(
      `  ${t(i.isCreditNote ? 'cliCreditNote' : 'cliInvoice')} ${i.invoiceNumber ?? '?'}` +
        ` — ${i.buyerName ?? '?'} — ${t('cliDueOn')} ${i.dueDate ?? '?'}${i.dueDateSource === 'terms' ? '*' : ''}` +
        ` — ${t('cliOwed')} ${m(i.amountDue)} / ${m(i.totalWithTax)} (${Math.round(i.confidence * 100)} %)`,
    );
  }
  for (const i of skipped) {
    const why = t(i.status === 'draft' ? 'cliDraftSkipped' : 'cliVoidedNotChased');
    lines.push(`  - ${i.invoiceNumber ?? '?'} (${why})`);
  }
  for (const w of r.warnings) lines.push(`  ! ${w[lang]}`);
  return lines.join('\n');
}
