import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { lateInterest } from '../escalation/interest';
import { JURISDICTION_IDS } from '../escalation/jurisdictions';
import { plan, planRateWarnings } from '../escalation/plan';
import { parseLedgerFile } from '../ledger/file-format';
import { assertDate } from '../model/dates';
import { assertCurrency, decimalToMinor } from '../model/money';
import {
  interestJson,
  interestText,
  suggestionJson,
  suggestionText,
  terminalSafe,
  CLI_LANGS_TEXT,
  cliLang,
  type CliLang,
} from './format';
import { LANGUAGE_CODES } from '../i18n/languages';
import { scanCommand } from './scan';
import { reconcileCommand } from './reconcile';
import { errorText } from '../model/text';

const LANGS = LANGUAGE_CODES.join('|');

const USAGE = `relance — dunning tools on files (the same code as the extension)

Usage:
  relance interest --jurisdiction ID --amount 1200.00 --currency EUR --due YYYY-MM-DD --until YYYY-MM-DD
                   [--rate PERCENT] [--notice YYYY-MM-DD] [--no-split] [--json] [--lang ${LANGS}]
                   [--payment AMOUNT@YYYY-MM-DD]… [--creditor business|private]
      jurisdictions: ${JURISDICTION_IDS.join(', ')}
  relance plan --ledger FILE.json --today YYYY-MM-DD [--lang ${LANGS}] [--json]
  relance scan FILE|DIR… [--json] [--lang ${LANGS}]  (.xml .pdf .html .htm .csv .eml; a directory: its files)
  relance reconcile --ledger FILE.json --statement FILE… [--json] [--lang ${LANGS}]
      bank statements (camt.052/053/054, CFONB 120, OFX, MT940, CSV) matched to open invoices; reads only
`;

class UsageError extends Error {}

function lang(v: unknown): CliLang {
  if (v === undefined) return 'fr';
  const l = cliLang(v);
  if (l) return l;
  throw new UsageError(`--lang must be ${CLI_LANGS_TEXT} (got "${String(v)}")`);
}

function required(values: Record<string, unknown>, name: string): string {
  const v = values[name];
  if (typeof v !== 'string' || !v) throw new UsageError(`--${name} is required`);
  return v;
}

export async function main(
  argv: string[],
  rawOut: (s: string) => void = (s) => process.stdout.write(s + '\n'),
  rawErr: (s: string) => void = (s) => process.stderr.write(s + '\n'),
): Promise<number> {
  // Everything printed goes through terminalSafe: file and invoice text is data, never terminal commands.
  const out = (s: string) => rawOut(terminalSafe(s));
  const err = (s: string) => rawErr(terminalSafe(s));
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'interest':
        return interest(rest, out);
      case 'plan':
        return await planCommand(rest, out);
      case 'scan':
        return await scanCommand(rest, out, err);
      case 'reconcile':
        return await reconcileCommand(rest, out);
      case undefined:
      case '-h':
      case '--help':
      case 'help':
        out(USAGE);
        return command === undefined ? 2 : 0;
      default:
        throw new UsageError(`unknown command "${command}"`);
    }
  } catch (e) {
    if (e instanceof UsageError || (e as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      err(`relance: ${(e as Error).message}\n\n${USAGE}`);
      return 2;
    }
    // Errors are said in English, or in the language --lang names.
    const i = argv.indexOf('--lang');
    err(`relance: ${errorText(e)[(i >= 0 && cliLang(argv[i + 1])) || 'en']}`);
    return 1;
  }
}

function interest(argv: string[], out: (s: string) => void): number {
  const { values } = parseArgs({
    args: argv,
    options: {
      jurisdiction: { type: 'string' },
      amount: { type: 'string' },
      currency: { type: 'string', default: 'EUR' },
      due: { type: 'string' },
      until: { type: 'string' },
      rate: { type: 'string' },
      notice: { type: 'string' },
      'no-split': { type: 'boolean' },
      json: { type: 'boolean' },
      lang: { type: 'string' },
      payment: { type: 'string', multiple: true },
      creditor: { type: 'string' },
    },
  });
  const l = lang(values.lang);
  const currency = assertCurrency(required(values, 'currency').toUpperCase());
  const amountText = required(values, 'amount').replace(',', '.');
  const principal = decimalToMinor(amountText, currency);
  if (principal <= 0) throw new Error(`--amount must be greater than zero (got ${amountText})`);
  const payments = (values.payment ?? []).map((p) => {
    const m = /^([\d.,]+)@(.+)$/.exec(p);
    if (!m) throw new UsageError(`--payment must be AMOUNT@YYYY-MM-DD (got "${p}")`);
    return {
      amount: decimalToMinor(m[1]!.replace(',', '.'), currency),
      date: assertDate(m[2], '--payment'),
    };
  });
  if (
    values.creditor !== undefined &&
    values.creditor !== 'business' &&
    values.creditor !== 'private'
  )
    throw new UsageError(`--creditor must be business or private (got "${values.creditor}")`);
  const r = lateInterest({
    jurisdiction: required(values, 'jurisdiction'),
    principal,
    currency,
    dueDate: assertDate(required(values, 'due'), '--due'),
    until: assertDate(required(values, 'until'), '--until'),
    contractRatePercent: values.rate,
    noticeDate: values.notice ? assertDate(values.notice, '--notice') : undefined,
    splitByHalfYear: !values['no-split'],
    payments,
    creditorIsPrivatePerson: values.creditor === 'private',
  });
  out(values.json ? JSON.stringify(interestJson(r), null, 2) : interestText(r, l));
  return 0;
}

async function planCommand(argv: string[], out: (s: string) => void): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      ledger: { type: 'string' },
      today: { type: 'string' },
      json: { type: 'boolean' },
      lang: { type: 'string' },
    },
  });
  const l = lang(values.lang);
  const today = assertDate(required(values, 'today'), '--today');
  const file = required(values, 'ledger');
  let data: unknown;
  try {
    data = JSON.parse(await readFile(file, 'utf8'));
  } catch (e) {
    throw new Error(
      `${file}: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'file not found' : `not valid JSON (${(e as Error).message})`}`,
    );
  }
  const ledger = parseLedgerFile(data);
  const suggestions = plan(ledger, ledger.policy, today, { senderCountry: ledger.sender?.country });
  if (values.json) {
    out(
      JSON.stringify(
        {
          today,
          suggestions: suggestions.map((s) => suggestionJson(s, l)),
          warnings: planRateWarnings(suggestions).map((w) => w.en),
        },
        null,
        2,
      ),
    );
  } else if (!suggestions.length) {
    out(l === 'fr' ? 'Rien à relancer aujourd’hui.' : 'Nothing to chase today.');
  } else {
    out(suggestions.map((s) => suggestionText(s, l)).join('\n\n'));
  }
  return 0;
}
