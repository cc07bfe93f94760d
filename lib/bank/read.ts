import { errorText } from '../model/text';
import { catalogText } from '../i18n/text';
import { isCamt, readCamt } from './camt';
import { isCfonb, readCfonb } from './cfonb';
import { readBankCsv, type BankCsvField } from './csv';
import { isMt940, readMt940 } from './mt940';
import { isOfx, readOfx } from './ofx';
import type { StatementFile, StatementRead } from './types';

/**
 * One entry point for statement files, shared by the options page and `relance
 * reconcile`. The format is told from the content, not the name (banks name their
 * files anything). Never throws: a file that cannot be read gets its `error`.
 */
export const MAX_STATEMENT_BYTES = 20 * 1024 * 1024;

function decode(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\ufeff/, '');
  } catch {
    // French banks' CFONB, OFX 1.x and CSV exports are often windows-1252.
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

export function readStatement(
  file: string,
  bytes: Uint8Array,
  opts: { csvMapping?: (BankCsvField | null)[] } = {},
): StatementFile {
  const base: StatementFile = {
    file,
    format: null,
    transactions: [],
    accounts: [],
    warnings: [],
    error: null,
  };
  if (bytes.length > MAX_STATEMENT_BYTES) {
    const mb = (bytes.length / 1048576).toFixed(1);
    return { ...base, error: catalogText('bankReadFileTooLarge', file, mb) };
  }
  try {
    const text = decode(bytes);
    let read: StatementRead;
    if (isOfx(text)) read = readOfx(text);
    else if (isCamt(text) || /^\s*<\?xml|^\s*<Document/.test(text)) read = readCamt(text);
    else if (isMt940(text)) read = readMt940(text);
    else if (isCfonb(text)) read = readCfonb(text);
    else read = readBankCsv(bytes, { mapping: opts.csvMapping });
    return {
      ...base,
      format: read.format,
      transactions: read.transactions,
      accounts: read.accounts,
      warnings: read.warnings,
    };
  } catch (e) {
    return { ...base, error: catalogText('prefixed', file, errorText(e)) };
  }
}
