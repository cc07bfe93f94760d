/**
 * Field-level evaluation of the e-invoice reader on a directory of third-party files:
 *
 *   npx tsx tools/einvoice-eval/run.ts DIR [--list] [--json]
 *
 * Every *.xml (UBL Invoice/CreditNote, CII, ZUGFeRD 1.0) and *.pdf (Factur-X/ZUGFeRD: its
 * embedded XML) under DIR is scanned with the code `relance scan` uses, and each field is
 * compared with what the XML itself says, read by ./oracle.ts (independent code). Per field:
 * right, wrong (a trusted value that differs), confirm (a value marked to confirm), empty
 * (nothing read where the XML has a value). Files are deduplicated by content. Third-party
 * files stay where they are: nothing is copied into the repository.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { scanFile } from '../../lib/detect/scan-file';
import { parseHtmlInNode } from '../../lib/cli/node-dom';
import type { DetectedInvoice } from '../../lib/detect/invoice-reading';
import { currencyExponent, isCurrencyCode } from '../../lib/model/money';
import { expected, parseTree, type Expected } from './oracle';

const FIELDS = [
  'invoiceNumber',
  'issueDate',
  'dueDate',
  'currency',
  'totalWithTax',
  'paid',
  'amountDue',
  'sellerName',
  'buyerName',
  'buyerEmail',
  'isCreditNote',
  'iban',
] as const;
type Field = (typeof FIELDS)[number];
type Verdict = 'right' | 'wrong' | 'confirm' | 'confirmWrong' | 'empty';

function walk(dir: string, out: string[] = []): string[] {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory() || (e.isSymbolicLink() && statSync(p).isDirectory())) walk(p, out);
    else if (/\.(xml|pdf)$/i.test(e.name) && statSync(p).size > 0) out.push(p);
  }
  return out.sort();
}

async function embeddedXml(bytes: Uint8Array): Promise<string | null> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  try {
    const doc = await pdfjs.getDocument({
      data: bytes.slice(),
      verbosity: 0,
      isEvalSupported: false,
    }).promise;
    const att = Object.values((await doc.getAttachments()) ?? {}) as {
      filename: string;
      content: Uint8Array;
    }[];
    void doc.destroy();
    const f = att.find((a) => /\.xml$/i.test(a.filename));
    return f ? new TextDecoder().decode(f.content) : null;
  } catch {
    return null;
  }
}

/** "104.9" in `currency` → minor units, or null; `exact` false when it has more decimals. */
function minor(s: string | null, currency: string | null): { v: number; exact: boolean } | null {
  if (s === null || !currency || !isCurrencyCode(currency)) return null;
  const m = /^\s*(-)?(\d+)(?:\.(\d+))?\s*$/.exec(s);
  if (!m) return null;
  const exp = currencyExponent(currency);
  const frac = m[3] ?? '';
  const v = Math.round(Number(`${m[2]}.${frac || '0'}`) * 10 ** exp);
  return { v: m[1] ? -v : v, exact: frac.replace(/0+$/, '').length <= exp };
}

const norm = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim() || null;

function trusted(d: DetectedInvoice, f: Field): boolean {
  if (f === 'dueDate' && d.dueDateSource !== 'explicit') return false;
  const t = d.fields[f as keyof DetectedInvoice['fields']];
  return !t || t.confidence >= 0.7;
}

function judge(
  d: DetectedInvoice,
  x: Expected,
  f: Field,
): { v: Verdict; want: unknown; got: unknown } {
  let want: unknown;
  let got: unknown = d[f];
  let same: boolean;
  let ambiguous = false;
  switch (f) {
    case 'totalWithTax':
    case 'paid':
    case 'amountDue': {
      // BT-113 absent is nothing paid, whatever else the file lacks.
      const w = f === 'paid' && x.paid === null ? { v: 0 } : minor(x[f], x.currency);
      want = f === 'paid' ? (x.paid ?? '0') : x[f];
      same = w === null ? got === null : got === w.v;
      break;
    }
    case 'dueDate': {
      const dates = [...new Set(x.dueDates)];
      want = x.isCreditNote ? null : dates.length === 1 ? dates[0] : dates.length ? dates : null;
      ambiguous = !x.isCreditNote && dates.length > 1;
      same = !ambiguous && (got ?? null) === want;
      break;
    }
    case 'isCreditNote':
      want = x.isCreditNote;
      same = got === want;
      break;
    case 'iban':
      want = x.iban;
      got = d.iban ? d.iban.replace(/\s+/g, '').toUpperCase() : null;
      same = got === want;
      break;
    default:
      want = norm(x[f]);
      got = norm(d[f] as string | null);
      same = got === want;
  }
  if (same) return { v: 'right', want, got };
  if (got === null || got === false) return { v: want === null ? 'right' : 'empty', want, got };
  // Nothing in the XML to check it against (a due date derived from the terms), or several
  // values there: acceptable when marked to confirm; reviewed by hand with --list.
  if ((ambiguous || want === null) && !trusted(d, f)) return { v: 'confirm', want, got };
  if (!trusted(d, f)) return { v: 'confirmWrong', want, got };
  return { v: 'wrong', want, got };
}

async function main() {
  const args = process.argv.slice(2);
  const dir = args.find((a) => !a.startsWith('--'));
  if (!dir) {
    console.error('usage: tsx tools/einvoice-eval/run.ts DIR [--list] [--json]');
    process.exit(2);
  }
  const seen = new Set<string>();
  const counts = Object.fromEntries(
    FIELDS.map((f) => [f, { right: 0, wrong: 0, confirm: 0, confirmWrong: 0, empty: 0 }]),
  ) as Record<Field, Record<Verdict, number>>;
  const issues: string[] = [];
  const derived: string[] = [];
  let files = 0;
  let skipped = 0;
  let errors = 0;
  for (const path of walk(dir)) {
    const bytes = new Uint8Array(readFileSync(path));
    const hash = createHash('sha256').update(bytes).digest('hex');
    if (seen.has(hash)) continue;
    seen.add(hash);
    const isPdf = /\.pdf$/i.test(path);
    const xml = isPdf ? await embeddedXml(bytes) : new TextDecoder().decode(bytes);
    let x: Expected | null = null;
    try {
      const tree = xml ? parseTree(xml.replace(/^\ufeff/, '')) : null;
      x = tree ? expected(tree) : null;
    } catch {
      x = null;
    }
    if (!x) {
      skipped++;
      continue;
    }
    const rel = relative(dir, path);
    const scan = await scanFile(path.split('/').pop()!, bytes, { parseHtml: parseHtmlInNode });
    const d = scan.invoices[0];
    if (!d || scan.error) {
      errors++;
      issues.push(`ERROR ${rel}: ${scan.error?.en ?? 'no invoice'}`);
      continue;
    }
    files++;
    for (const f of FIELDS) {
      const r = judge(d, x, f);
      counts[f][r.v]++;
      if (r.v !== 'right')
        issues.push(
          `${r.v.padEnd(12)} ${f.padEnd(13)} ${rel}\n    xml: ${JSON.stringify(r.want)}  read: ${JSON.stringify(r.got)}${f === 'dueDate' ? `  (${d.dueDateSource}; terms: ${JSON.stringify(x.paymentTerms)})` : ''}`,
        );
    }
    if (d.dueDateSource === 'terms' || d.dueDateSource === 'label')
      derived.push(
        `${rel}: ${d.dueDate} from ${d.dueDateSource}, issue ${x.issueDate}, terms ${JSON.stringify(x.paymentTerms)}`,
      );
  }
  const total = (v: Verdict) => FIELDS.reduce((s, f) => s + counts[f][v], 0);
  if (args.includes('--json')) {
    console.log(JSON.stringify({ files, skipped, errors, counts }, null, 1));
    return;
  }
  console.log(`files read: ${files}  (not e-invoices: ${skipped}, unreadable: ${errors})`);
  console.log('field          right  wrong confirm confirm-wrong empty');
  for (const f of FIELDS) {
    const c = counts[f];
    console.log(
      `${f.padEnd(14)} ${String(c.right).padStart(5)} ${String(c.wrong).padStart(6)} ${String(c.confirm).padStart(7)} ${String(c.confirmWrong).padStart(13)} ${String(c.empty).padStart(5)}`,
    );
  }
  const all = files * FIELDS.length;
  console.log(
    `all fields: ${all}; right ${total('right')} (${((100 * total('right')) / all).toFixed(2)} %), wrong ${total('wrong')}, to confirm ${total('confirm') + total('confirmWrong')} (of which differ ${total('confirmWrong')}), empty ${total('empty')}`,
  );
  if (args.includes('--list')) {
    console.log('\n' + issues.join('\n'));
    console.log('\nderived due dates (to confirm):\n' + derived.join('\n'));
  }
}

await main();
