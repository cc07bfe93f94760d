import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { reconcile, reconciliationJson } from '../bank/reconcile';
import { MAX_STATEMENT_BYTES, readStatement } from '../bank/read';
import type { StatementFile } from '../bank/types';
import { parseLedgerFile } from '../ledger/file-format';
import { formatMoney } from '../model/money';
import { CLI_LANGS_TEXT, cliLang, type CliLang } from './format';
import { language } from '../i18n/languages';
import { translator } from '../i18n/t';
import { catalogText } from '../i18n/text';

/**
 * `relance reconcile --ledger FILE.json --statement FILE…`: the credits of bank
 * statements matched to the ledger's open invoices. Reads only: the ledger file is
 * never written; the matches are what the extension would propose to confirm.
 */
export async function reconcileCommand(argv: string[], out: (s: string) => void): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      ledger: { type: 'string' },
      statement: { type: 'string', multiple: true },
      json: { type: 'boolean' },
      lang: { type: 'string' },
    },
  });
  const lang: CliLang =
    values.lang === undefined
      ? 'fr'
      : (cliLang(values.lang) ??
        (() => {
          throw new Error(`--lang must be ${CLI_LANGS_TEXT} (got "${values.lang}")`);
        })());
  if (!values.ledger) throw new Error('--ledger is required');
  // `--statement a.xml b.txt`: the files after the first are positionals.
  const statements = [...(values.statement ?? []), ...positionals];
  if (!statements.length) throw new Error('--statement is required (one or more files)');
  let data: unknown;
  try {
    data = JSON.parse(await readFile(values.ledger, 'utf8'));
  } catch (e) {
    throw new Error(
      `${values.ledger}: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'file not found' : `not valid JSON (${(e as Error).message})`}`,
    );
  }
  const ledger = parseLedgerFile(data);
  const files: StatementFile[] = [];
  for (const path of statements) {
    const name = basename(path);
    try {
      const size = (await stat(path)).size;
      // Said before reading it: a 50 MB file is not loaded to be refused.
      files.push(
        size > MAX_STATEMENT_BYTES
          ? readStatement(name, { length: size } as Uint8Array)
          : readStatement(name, new Uint8Array(await readFile(path))),
      );
    } catch (e) {
      const missing = (e as NodeJS.ErrnoException).code === 'ENOENT';
      files.push({
        file: name,
        format: null,
        transactions: [],
        accounts: [],
        warnings: [],
        error: missing
          ? catalogText('cliReconcileFileNotFound', name)
          : catalogText('cliReconcile', name, (e as Error).message),
      });
    }
  }
  const sender = ledger.sender;
  const r = reconcile(ledger, files, {
    ownAccounts: sender?.iban ? [sender.iban] : [],
    ownNames: [sender?.name, sender?.company].filter((s): s is string => !!s),
  });
  const json = reconciliationJson(r, lang);
  if (values.json) out(JSON.stringify(json, null, 2));
  else out(text(r, json, lang));
  return r.errors.length && !r.transactions ? 1 : 0;
}

function text(
  r: ReturnType<typeof reconcile>,
  json: ReturnType<typeof reconciliationJson>,
  lang: CliLang,
): string {
  const t = translator(lang);
  const loc = language(lang).locale;
  const kinds = {
    certain: t('cliMatchCertain'),
    probable: t('cliMatchProbable'),
    partial: t('cliMatchPartial'),
  };
  const lines = [
    t(
      'cliReconcileSummary',
      r.transactions,
      r.matches.length,
      r.unmatched.length,
      r.duplicates.length,
    ),
  ];
  for (const m of r.matches)
    lines.push(
      `  [${kinds[m.kind]}] ${m.transaction.bookingDate} ${formatMoney(m.transaction.amount, m.transaction.currency, loc)} ${m.clientName} → ${m.invoiceNumbers.join(', ')} — ${m.reason[lang]}`,
    );
  for (const u of r.unmatched)
    lines.push(
      `  [${t('cliUnmatched')}] ${u.transaction.bookingDate} ${formatMoney(u.transaction.amount, u.transaction.currency, loc)} ${u.transaction.label}${u.note ? ` — ${u.note[lang]}` : ''}`,
    );
  for (const d of r.duplicates)
    lines.push(
      `  [${t('cliAlreadyImported')}] ${d.transaction.bookingDate} ${formatMoney(d.transaction.amount, d.transaction.currency, loc)} ${d.transaction.label} — ${d.note[lang]}`,
    );
  for (const w of json.warnings) lines.push(`  ! ${w}`);
  if (json.error) lines.push(json.error);
  return lines.join('\n');
}
