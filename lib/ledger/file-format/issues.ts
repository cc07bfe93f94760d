import type * as v from 'valibot';
import { catalogText } from '../../i18n/text';
import type { MessageKey } from '../../i18n/t';
import { errorText, TextError, type Text } from '../../model/text';

/**
 * What is wrong with a ledger file, said in the user's languages: a schema issue as a
 * sentence, the place in the file it concerns, and the error that lists them all.
 */

/** Our own checks' messages (lib/model/fields.ts, invoice.ts), found by their English wording. */
export const OWN_MESSAGES = {
  'expected a real date as YYYY-MM-DD': 'ledgerFileRealDate',
  'expected a decimal amount such as "1200.00"': 'ledgerFileDecimal',
  'expected an ISO 4217 currency code such as EUR': 'ledgerFileCurrency',
  'expected a rate in percent such as "12.5"': 'ledgerFilePercent',
  'expected an amount greater than zero': 'ledgerFilePositiveAmount',
  'the total must be greater than zero': 'ledgerFilePositiveTotal',
  'the amount due is more than the total': 'ledgerFileDueWithinTotal',
  'the due date is before the issue date': 'ledgerFileDueAfterIssue',
  'the instalments do not add up to the total': 'ledgerFileScheduleAddsUp',
} as const satisfies Record<string, MessageKey>;
type OwnKey = (typeof OWN_MESSAGES)[keyof typeof OWN_MESSAGES];

/** What is wrong with one field, said from a schema issue, in both languages. */
export function issueText(issue: v.BaseIssue<unknown>): Text {
  const own = (OWN_MESSAGES as Record<string, OwnKey | undefined>)[issue.message];
  if (own) return catalogText(own);
  const { received, message } = issue;
  const expected = issue.expected ?? undefined;
  switch (issue.type) {
    case 'strict_object':
      if (expected === 'never') return catalogText('ledgerFileUnknownField');
      return catalogText('ledgerFileObjectExpected', received, message);
    case 'max_length':
      return catalogText('ledgerFileTooLong', expected, message);
    case 'min_length':
      return expected === '>=1'
        ? catalogText('ledgerFileEmpty')
        : catalogText('ledgerFileTooShort', expected, message);
    case 'email':
      return catalogText('ledgerFileBadEmail', received, message);
    case 'integer':
      return catalogText('ledgerFileInteger', received, message);
    case 'min_value':
    case 'max_value':
      return catalogText('ledgerFileOutOfRange', expected, received, message);
    default:
      return issue.kind === 'schema'
        ? catalogText('ledgerFileExpected', expected ?? '?', received ?? '?', message)
        : catalogText('ledgerFileRefused', message);
  }
}

/** At most this many problems are listed in the error's message (all stay in `problems`). */
const LISTED = 20;

export class LedgerFileError extends TextError {
  /** Each problem in English, as the CLI prints them. */
  readonly problems: string[];
  constructor(readonly problemsText: Text[]) {
    super(
      catalogText(
        'ledgerFileInvalid',
        problemsText.slice(0, LISTED),
        Math.max(0, problemsText.length - LISTED),
      ),
    );
    this.problems = problemsText.map((p) => p.en);
    this.name = 'LedgerFileError';
  }
}

/** A problem with a place in the file: "invoices[3] (F-2026-014).dueDate: …" in both languages. */
export const at = (where: string, problem: Text): Text =>
  catalogText('ledgerFileAt', where, problem);

/** The same, for an error thrown while reading the record (an amount in an unknown currency…). */
export const atError = (where: string, err: unknown): Text => at(where, errorText(err));

/** Where an issue is in the file, with the record's number or id: "invoices[3] (F-2026-014).dueDate". */
export function where(path: v.IssuePathItem[] | undefined, data: unknown): string {
  if (!path?.length) return '(file)';
  let out = '';
  let cursor: unknown = data;
  for (const item of path) {
    const key = item.key as string | number;
    out += typeof key === 'number' ? `[${key}]` : out ? `.${key}` : String(key);
    cursor = (cursor as Record<string | number, unknown> | undefined)?.[key];
    if (typeof key === 'number' && cursor && typeof cursor === 'object') {
      const label =
        (cursor as { number?: unknown; name?: unknown; id?: unknown }).number ??
        (cursor as { id?: unknown }).id;
      if (typeof label === 'string') out += ` (${label.slice(0, 40)})`;
    }
  }
  return out;
}
