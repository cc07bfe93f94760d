import { csvInvoices, csvNotes, readCsv, type CsvRead, type CsvResult } from './csv';
import { isUtf16 } from './csv/sniff';
import type { DetectedInvoice } from './invoice-reading';
import { readPdf } from './einvoice/facturx';
import { EMPTY_HTML, readPdfText } from './pdf-text';
import { readEInvoiceXml } from './einvoice/read';
import { mailDay, parseEml } from './eml';
import { scanPage } from './page';
import { findInvoiceInText, invoiceAttachments } from './message-text';
import { checkEInvoiceCompliance } from '../prevention/compliance';
import { errorText, TextError, type Text } from '../model/text';
import type { CalendarDate } from '../model/dates';
import { catalogText } from '../i18n/text';

/**
 * One entry point for files, shared by the options page (drag and drop) and the
 * `relance scan` command: e-invoice XML, Factur-X PDF, HTML page, CSV export, e-mail.
 * Never throws: a file that cannot be read gives an `error` that says what and why.
 */
export interface FileScan {
  file: string;
  kind: 'einvoice' | 'pdf' | 'html' | 'csv' | 'eml' | 'unknown';
  invoices: DetectedInvoice[];
  /** What to check, in both languages. */
  warnings: Text[];
  /** Why the file could not be read. */
  error: Text | null;
  /** A PDF without an e-invoice, whose invoice was read from its printed text. */
  fromText?: boolean;
  /** The invoicing app whose own selectors read an HTML page. */
  app?: string;
  /** Mentions missing from an e-invoice for its penalties to be claimable (see lib/prevention). */
  compliance?: { id: string; label: Text; lawRef: string }[];
  /** A CSV export as read (its columns can be re-mapped) and what its rows gave. */
  csv?: {
    read: CsvRead;
    summary: CsvResult['summary'];
    lines: number[][];
    skipped: CsvResult['skipped'];
  };
}

export type HtmlParser = (html: string) => Document | Promise<Document>;

export interface ScanFileOptions {
  lang?: string;
  parseHtml: HtmlParser;
}

const MAX_TEXT = 25 * 1024 * 1024;

export function kindOf(name: string, bytes: Uint8Array): FileScan['kind'] {
  const ext = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase();
  if (ext === 'xml') return 'einvoice';
  if (ext === 'pdf') return 'pdf';
  if (ext === 'html' || ext === 'htm' || ext === 'xhtml') return 'html';
  if (ext === 'csv' || ext === 'tsv' || ext === 'txt') return 'csv';
  if (ext === 'eml') return 'eml';
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 512)).trimStart();
  if (head.startsWith('%PDF-')) return 'pdf';
  if (head.startsWith('<?xml') || /^<(\w+:)?(Invoice|CreditNote|CrossIndustry)/.test(head))
    return 'einvoice';
  if (/^<!doctype html|^<html/i.test(head)) return 'html';
  return 'unknown';
}

function decodeText(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\ufeff/, '');
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 4096);
  let bad = 0;
  for (let i = 0; i < n; i++) if (bytes[i] === 0) bad++;
  return bad > 0;
}

export async function scanFile(
  name: string,
  bytes: Uint8Array,
  opts: ScanFileOptions,
): Promise<FileScan> {
  const kind = kindOf(name, bytes);
  const result: FileScan = { file: name, kind, invoices: [], warnings: [], error: null };
  try {
    if (kind !== 'pdf' && bytes.length > MAX_TEXT)
      throw new TextError(
        catalogText('detectScanFileFileTooLargeMb', (bytes.length / 1048576).toFixed(1)),
      );
    if (kind !== 'pdf' && !(kind === 'csv' && isUtf16(bytes)) && looksBinary(bytes))
      throw new TextError(
        catalogText(
          'detectScanFileBinaryData',
          kind === 'unknown' ? undefined : kind.toUpperCase(),
        ),
      );
    switch (kind) {
      case 'einvoice': {
        const xml = decodeText(bytes);
        const inv = readEInvoiceXml(xml);
        result.invoices.push(inv);
        const french = inv.sellerIds.some((id) =>
          /^FR|^\d{9}$|^\d{14}$/.test(id.replace(/\s/g, '')),
        );
        if (!inv.isCreditNote)
          result.compliance = checkEInvoiceCompliance(xml, inv, french ? 'fr-b2b' : 'default').map(
            (r) => ({ id: r.id, label: r.label, lawRef: r.lawRef }),
          );
        break;
      }
      case 'pdf': {
        const content = await readPdf(bytes);
        if (content.kind === 'einvoice') {
          result.invoices.push(content.invoice);
          break;
        }
        // No e-invoice inside: the invoice as printed, read from the PDF's text.
        const lines = content.pages.flat();
        if (!lines.length) {
          throw new TextError(catalogText('detectScanFileThisPdfHoldsNeither'));
        }
        const read = readPdfText(content.pages, await opts.parseHtml(EMPTY_HTML), opts.lang);
        if (read.problem) throw new TextError(read.problem);
        result.invoices.push(...read.invoices);
        result.fromText = true;
        break;
      }
      case 'html': {
        const doc = await opts.parseHtml(decodeText(bytes));
        const page = scanPage(doc, { lang: opts.lang });
        result.invoices.push(...page.invoices);
        result.warnings.push(...page.warnings);
        if (page.app) result.app = page.app;
        if (page.kind === 'none')
          result.error = page.warnings[0] ?? catalogText('detectScanFileNoInvoiceFoundOn');
        break;
      }
      case 'csv': {
        const read = readCsv(bytes);
        const out = csvInvoices(read, { lang: opts.lang });
        result.invoices.push(...out.invoices);
        result.csv = { read, summary: out.summary, lines: out.lines, skipped: out.skipped };
        if (read.profile) result.app = read.profile.app;
        result.warnings.push(...csvNotes(out));
        if (
          !out.invoices.length &&
          !out.summary.payable &&
          !out.summary.notInvoices &&
          !out.summary.negative
        )
          result.error = catalogText('detectScanFileNoInvoiceRowsCould');
        break;
      }
      case 'eml':
        await scanMail(bytes, result, opts);
        break;
      default:
        throw new TextError(catalogText('detectScanFileUnsupportedFileTypeExpected'));
    }
  } catch (err) {
    result.error = errorText(err);
  }
  for (const inv of result.invoices) {
    const n = inv.invoiceNumber;
    // Messages that already name the invoice are not prefixed twice.
    result.warnings.push(
      ...inv.warnings.map((w) =>
        n && !w.en.startsWith(`${n}:`) ? catalogText('detectScanFile', n, w) : w,
      ),
    );
  }
  result.warnings = [...new Map(result.warnings.map((w) => [w.en, w])).values()];
  return result;
}

async function scanMail(bytes: Uint8Array, result: FileScan, opts: ScanFileOptions) {
  const mail = parseEml(bytes);
  const recipient = mail.to[0] ?? null;
  for (const a of mail.attachments) {
    // Named by their type when the sender gave no name (e-invoices in certified e-mail).
    const name =
      a.filename ??
      (/xml/.test(a.contentType)
        ? 'attachment.xml'
        : a.contentType === 'application/pdf'
          ? 'attachment.pdf'
          : 'attachment');
    if (!/\.(pdf|xml)$/i.test(name)) continue;
    const sub = await scanFile(name, a.bytes, opts);
    if (sub.error) result.warnings.push(catalogText('detectScanFileAttachment', name, sub.error));
    for (const inv of sub.invoices) result.invoices.push(inv);
  }
  let text = mail.text;
  if (!text && mail.html) {
    const doc = await opts.parseHtml(mail.html);
    text = htmlText(doc);
  }
  const mailDate = mailDay(mail.date);
  let fromBody = findInvoiceInText(`${mail.subject}\n${text ?? ''}`, {
    lang: opts.lang,
    mailDate: mailDate as CalendarDate | null,
  });
  // A forwarded or attached message: its own text, counted from its own date.
  for (const inner of mail.nested) {
    let innerText = inner.text;
    if (!innerText && inner.html) innerText = htmlText(await opts.parseHtml(inner.html));
    const found = findInvoiceInText(`${inner.subject}\n${innerText ?? ''}`, {
      lang: opts.lang,
      mailDate: (mailDay(inner.date) ?? mailDate) as CalendarDate | null,
    });
    if (found && (!fromBody || (!fromBody.invoiceNumber && found.invoiceNumber))) fromBody = found;
  }
  const names = invoiceAttachments(mail.attachments.map((a) => a.filename ?? '').filter(Boolean));
  if (names.length) result.warnings.push(catalogText('detectScanFileAttachments', names));
  if (fromBody) {
    const same = result.invoices.find(
      (i) => i.invoiceNumber && i.invoiceNumber === fromBody.invoiceNumber,
    );
    if (!same) result.invoices.push(fromBody);
    else if (!same.buyerName && fromBody.buyerName) {
      same.buyerName = fromBody.buyerName;
      same.fields.buyerName = fromBody.fields.buyerName;
    }
  }
  for (const inv of result.invoices) inv.buyerEmail ??= recipient;
  if (!result.invoices.length) result.error = catalogText('detectScanFileNoInvoiceFoundIn');
}

const BLOCK =
  /^(?:p|div|br|tr|li|h[1-6]|table|blockquote|section|article|header|footer|address|pre|hr)$/i;

/** An HTML mail's text with its lines kept: a greeting or a signature is a line of its own. */
function htmlText(doc: Document): string {
  const out: string[] = [];
  const visit = (n: Node) => {
    if (n.nodeType === 3) out.push(n.nodeValue ?? '');
    else if (n.nodeType === 1) {
      const tag = (n as Element).tagName;
      if (/^(?:script|style|head|title)$/i.test(tag)) return;
      const block = BLOCK.test(tag);
      if (block) out.push('\n');
      for (const c of Array.from(n.childNodes)) visit(c);
      if (block) out.push('\n');
    }
  };
  if (doc.body) visit(doc.body);
  return out
    .join('')
    .replace(/[ \t\u00a0]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n');
}
