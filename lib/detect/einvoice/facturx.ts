import type { DetectedInvoice } from '../invoice-reading';
import { findInvoiceInText } from '../message-text';
import { finalizeConfidence } from '../invoice-reading';
import { readEInvoiceXml } from './read';
import { EInvoiceError } from './xml';
import { nothingToChase } from './common';
import { layoutLines, linesText, type PdfLine, type PdfTextItem } from '../pdf-text';
import { catalogText } from '../../i18n/text';

/**
 * Factur-X / ZUGFeRD / XRechnung PDFs: the invoice is the XML file embedded in the
 * PDF/A-3. pdf.js (loaded only when a PDF is read) gives the attachments and, when the
 * XML lacks a due date (Factur-X MINIMUM), the PDF's own text to look for one.
 */
const XML_NAMES =
  /^(factur-x|zugferd-invoice|zugferd_invoice|xrechnung|order-x|ZUGFeRD-invoice)\.xml$/i;
const MAX_PDF = 50 * 1024 * 1024;

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
let pdfjsPromise: Promise<PdfJs> | undefined;

/** Where the extension serves the worker; Node uses pdf.js's built-in fake worker. */
export function configurePdfWorker(url: string): void {
  void loadPdfJs().then((p) => {
    p.GlobalWorkerOptions.workerSrc = url;
  });
}

export function loadPdfJs(): Promise<PdfJs> {
  pdfjsPromise ??= import('pdfjs-dist/legacy/build/pdf.mjs');
  return pdfjsPromise;
}

export interface PdfRead {
  invoice: DetectedInvoice;
  attachment: string;
}

/** What a PDF holds: an e-invoice, or only printed text (its lines, page by page). */
export type PdfContent =
  ({ kind: 'einvoice' } & PdfRead) | { kind: 'text'; pages: PdfLine[][]; attachments: string[] };

/** The e-invoice embedded in a Factur-X / ZUGFeRD PDF; an error if it has none. */
export async function readFacturXPdf(bytes: Uint8Array): Promise<PdfRead> {
  const content = await readPdf(bytes);
  if (content.kind === 'einvoice') return content;
  throw noXmlError(content.attachments);
}

function noXmlError(attachments: string[]): EInvoiceError {
  const names = attachments.join(', ');
  return new EInvoiceError(catalogText('einvoiceFacturxNoXml', names));
}

/** A PDF's e-invoice if it has one, otherwise the text of its first pages. */
export async function readPdf(bytes: Uint8Array): Promise<PdfContent> {
  if (bytes.length > MAX_PDF)
    throw new EInvoiceError(
      catalogText('einvoiceFacturxPdfTooLargeMb', (bytes.length / 1048576).toFixed(1)),
    );
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  if (!head.includes('%PDF-')) throw new EInvoiceError(catalogText('einvoiceFacturxNotPdfFileNo'));
  if (bytes.length < 200)
    throw new EInvoiceError(catalogText('einvoiceFacturxCorruptPdfOnlyBytes', bytes.length));
  const pdfjs = await loadPdfJs();
  let doc: Awaited<ReturnType<PdfJs['getDocument']>['promise']>;
  try {
    doc = await pdfjs.getDocument({
      data: bytes.slice(),
      isEvalSupported: false,
      disableFontFace: true,
      useSystemFonts: false,
      stopAtErrors: false,
      verbosity: 0,
    }).promise;
  } catch (err) {
    const name = (err as Error).name;
    if (name === 'PasswordException')
      throw new EInvoiceError(catalogText('einvoiceFacturxThePdfIsPassword'));
    throw new EInvoiceError(catalogText('einvoiceFacturxCorruptPdf', (err as Error).message));
  }
  try {
    let attachments: Record<string, { filename: string; content: Uint8Array }> | null;
    try {
      attachments = await doc.getAttachments();
    } catch (err) {
      throw new EInvoiceError(
        catalogText('einvoiceFacturxCorruptPdfItsAttachments', (err as Error).message),
      );
    }
    const files = Object.values(attachments ?? {});
    const xmlFile =
      files.find((f) => XML_NAMES.test(f.filename)) ??
      files.find((f) => /\.xml$/i.test(f.filename));
    if (!xmlFile && !files.length && rawMentions(bytes, '/EmbeddedFile')) {
      throw new EInvoiceError(catalogText('einvoiceFacturxCorruptPdfItDeclares'));
    }
    if (!xmlFile)
      return {
        kind: 'text',
        pages: await textLines(doc, TEXT_PAGES),
        attachments: files.map((f) => f.filename),
      };
    const xml = new TextDecoder('utf-8').decode(xmlFile.content);
    const invoice = readEInvoiceXml(xml);
    // A credit note (or a negative invoice) has no due date: none is looked for in the text.
    if (!invoice.dueDate && !nothingToChase(invoice)) await dueDateFromPdfText(doc, invoice);
    return { kind: 'einvoice', invoice, attachment: xmlFile.filename };
  } finally {
    void doc.destroy();
  }
}

/** Pages read for an invoice printed without an e-invoice: the totals may be on the second. */
const TEXT_PAGES = 4;

type PdfDoc = {
  numPages: number;
  getPage(n: number): Promise<{ getTextContent(): Promise<{ items: unknown[] }> }>;
};

async function textLines(doc: PdfDoc, maxPages: number): Promise<PdfLine[][]> {
  const pages: PdfLine[][] = [];
  for (let p = 1; p <= Math.min(doc.numPages, maxPages); p++) {
    const page = await doc.getPage(p);
    const content = await page.getTextContent();
    const items: PdfTextItem[] = [];
    for (const item of content.items) {
      if (!item || typeof item !== 'object' || !('str' in item) || !('transform' in item)) continue;
      const { str, transform, width } = item as { str: string; transform: number[]; width: number };
      const [a = 0, b = 0, c = 0, d = 0, e = 0, f = 0] = transform;
      // Upright text only: a rotated run is a watermark or a margin note.
      if (Math.abs(b) > 1e-3 || Math.abs(c) > 1e-3 || a <= 0 || d <= 0) continue;
      items.push({ str, x: e, y: f, width, height: d });
    }
    pages.push(layoutLines(items));
  }
  return pages;
}

function rawMentions(bytes: Uint8Array, needle: string): boolean {
  // Latin-1 keeps one char per byte; PDF keywords are ASCII.
  const chunk = 1 << 20;
  for (let i = 0; i < bytes.length; i += chunk - needle.length) {
    if (new TextDecoder('latin1').decode(bytes.subarray(i, i + chunk)).includes(needle))
      return true;
  }
  return false;
}

async function dueDateFromPdfText(doc: PdfDoc, invoice: DetectedInvoice) {
  // A line's cells stay on one line: a label and its value are often separate runs.
  const text = linesText((await textLines(doc, 3)).flat(), '   ');
  const found = findInvoiceInText(text, {});
  if (found?.dueDate) {
    invoice.dueDate = found.dueDate;
    invoice.dueDateSource = 'label';
    invoice.dueDateNote = 'read from the PDF text (the embedded XML has none)';
    invoice.fields.dueDate = {
      confidence: Math.min(0.65, found.fields.dueDate?.confidence ?? 0.65),
      where: 'PDF text',
    };
    invoice.warnings = invoice.warnings.filter((w) => !w.en.startsWith('No due date'));
    invoice.warnings.push(catalogText('einvoiceFacturxDueDateReadFrom'));
    finalizeConfidence(invoice);
  }
}
