import Papa from 'papaparse';
import { TextError } from '../../model/text';
import { catalogText } from '../../i18n/text';

/**
 * What a CSV file is made of, before any of its values are read: encoding, delimiter,
 * decimal mark and date order. Exported on their own: bank statements and any other
 * table import reuse them.
 */
export type CsvEncoding = 'utf-8' | 'windows-1252' | 'utf-16le' | 'utf-16be';

/** A UTF-16 byte-order mark: its NUL bytes are text, not binary. */
export const isUtf16 = (bytes: Uint8Array) =>
  (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);

/** Text files larger than this are refused before being parsed (25 MB). */
export const CSV_MAX_BYTES = 25 * 1024 * 1024;
/** Data rows beyond this are refused: no invoicing export holds that many. */
export const CSV_MAX_ROWS = 300_000;

export function decodeCsv(bytes: Uint8Array): { text: string; encoding: CsvEncoding } {
  // Excel's "Unicode text" and some accounting exports are UTF-16 with a byte-order mark.
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  try {
    return {
      text: new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\ufeff/, ''),
      encoding: 'utf-8',
    };
  } catch {
    return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252' };
  }
}

/**
 * Size and shape, checked on the bytes before any parsing: too large, binary, or a
 * file with a single line of megabytes is refused with a reason.
 */
export function checkCsvShape(size: number, head: string): void {
  if (size > CSV_MAX_BYTES) {
    throw new TextError(
      catalogText('csvSniffCsvFileTooLarge', (size / 1048576).toFixed(1), CSV_MAX_BYTES / 1048576),
    );
  }
  if (/\u0000/.test(head.slice(0, 4096))) throw new TextError(catalogText('csvSniffThisIsNotText'));
  const firstBreak = head.search(/\r?\n/);
  if (head.length >= 1_000_000 && (firstBreak < 0 || firstBreak > 1_000_000)) {
    throw new TextError(catalogText('csvSniffThisFileHasNo'));
  }
}

/** The delimiter that splits the first lines into the same number of cells, most often. */
export function sniffDelimiter(text: string): string {
  const lines = text
    .slice(0, 65536)
    .split(/\r?\n/)
    .filter((l) => l.trim())
    .slice(0, 30);
  let best = ',';
  let bestScore = -1;
  for (const d of [';', ',', '\t', '|']) {
    const counts = lines.map((l) => splitCount(l, d));
    const freq = new Map<number, number>();
    for (const c of counts) if (c > 1) freq.set(c, (freq.get(c) ?? 0) + 1);
    const top = Math.max(0, ...freq.values());
    const widest = [...freq.entries()].find(([, f]) => f === top)?.[0] ?? 0;
    const score = top * 100 + widest;
    if (score > bestScore) {
      bestScore = score;
      best = d;
    }
  }
  return best;
}

function splitCount(line: string, d: string): number {
  let n = 1;
  let quoted = false;
  for (const ch of line) {
    if (ch === '"') quoted = !quoted;
    else if (ch === d && !quoted) n++;
  }
  return n;
}

export function parseCsvRows(
  input: string,
  given?: string,
): { rows: string[][]; delimiter: string; errors: { row: number; message: string }[] } {
  // Excel's "sep=;" first line names the delimiter.
  const sep = /^sep=(.)\r?\n/.exec(input);
  const text = sep ? input.slice(sep[0].length) : input;
  const delimiter = given ?? sep?.[1] ?? sniffDelimiter(text);
  const parsed = Papa.parse<string[]>(text, {
    skipEmptyLines: 'greedy',
    delimiter,
    preview: CSV_MAX_ROWS + 20,
  });
  const rows = parsed.data.filter((r) => Array.isArray(r));
  if (rows.length > CSV_MAX_ROWS + 15) {
    throw new TextError(catalogText('csvSniffMoreThanRows', CSV_MAX_ROWS));
  }
  return {
    rows,
    delimiter: parsed.meta.delimiter || delimiter,
    errors: parsed.errors.slice(0, 5).map((e) => ({ row: (e.row ?? 0) + 1, message: e.message })),
  };
}

export type DecimalStyle = 'comma' | 'dot' | 'mixed' | 'unknown';

/** Decimal mark of amount cells: "1 200,50" is comma, "1,200.50" dot, both kinds present is mixed. */
export function decimalStyle(values: Iterable<string>): DecimalStyle {
  let comma = 0;
  let dot = 0;
  for (const raw of values) {
    const v = raw.trim();
    if (/\d,\d{1,2}(?:\D*)$/.test(v)) comma++;
    else if (/\d\.\d{1,2}(?:\D*)$/.test(v)) dot++;
  }
  return comma && dot ? 'mixed' : comma ? 'comma' : dot ? 'dot' : 'unknown';
}

export type DateOrder = 'dmy' | 'mdy' | 'unknown';

/** Day-first or month-first, decided by a value that can only be read one way (13/02 or 02/13). */
export function dateOrder(values: Iterable<string>): DateOrder {
  let dmy = false;
  let mdy = false;
  for (const raw of values) {
    const m = /^(\d{1,2})[/.-](\d{1,2})[/.-]\d{2,4}/.exec(raw.trim());
    if (!m) continue;
    if (+m[1]! > 12) dmy = true;
    if (+m[2]! > 12) mdy = true;
  }
  return dmy && !mdy ? 'dmy' : mdy && !dmy ? 'mdy' : 'unknown';
}
