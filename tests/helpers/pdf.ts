/**
 * Writes small text-only PDFs for tests: one or more A4 pages of text runs placed at
 * (x, y) in points from the bottom-left, in Helvetica (WinAnsi encoding, so French
 * accents are one byte each). Enough to stand in for the PDF an invoicing app prints.
 */
export interface PdfRun {
  x: number;
  y: number;
  text: string;
  size?: number;
}

function literal(text: string): string {
  let out = '';
  for (const ch of text) {
    const code = ch === '€' ? 0x80 : ch === '’' ? 0x92 : ch.charCodeAt(0);
    if (code > 0xff) throw new Error(`Character ${ch} cannot be written in WinAnsi`);
    if (ch === '(' || ch === ')' || ch === '\\') out += `\\${ch}`;
    else if (code < 0x20 || code > 0x7e) out += `\\${code.toString(8).padStart(3, '0')}`;
    else out += ch;
  }
  return `(${out})`;
}

/** A file attached to the PDF (a Factur-X PDF's XML), ASCII content. */
export interface PdfAttachment {
  name: string;
  content: string;
}

export function textPdf(pages: PdfRun[][], attachments: PdfAttachment[] = []): Uint8Array {
  const objects: string[] = [];
  const pageIds: number[] = [];
  // 1: catalog, 2: pages, 3: font; then a page and its contents for each page.
  objects[1] = '<< /Type /Catalog /Pages 2 0 R >>';
  objects[3] = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>';
  let next = 4;
  for (const runs of pages) {
    const pageId = next++;
    const contentId = next++;
    pageIds.push(pageId);
    const stream = runs
      .map((r) => `BT /F1 ${r.size ?? 10} Tf ${r.x} ${r.y} Td ${literal(r.text)} Tj ET`)
      .join('\n');
    objects[pageId] =
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents ${contentId} 0 R >>`;
    objects[contentId] = `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`;
  }
  // Attachments: an EmbeddedFiles name tree in the catalog, one file spec and stream each.
  const names: string[] = [];
  for (const a of attachments) {
    const fileId = next++;
    const specId = next++;
    objects[fileId] =
      `<< /Type /EmbeddedFile /Subtype /text#2Fxml /Length ${a.content.length} >>\nstream\n${a.content}\nendstream`;
    objects[specId] =
      `<< /Type /Filespec /F ${literal(a.name)} /UF ${literal(a.name)} /EF << /F ${fileId} 0 R >> >>`;
    names.push(`${literal(a.name)} ${specId} 0 R`);
  }
  if (names.length)
    objects[1] = `<< /Type /Catalog /Pages 2 0 R /Names << /EmbeddedFiles << /Names [${names.join(' ')}] >> >> >>`;
  objects[2] = `<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] /Count ${pageIds.length} >>`;
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  for (let id = 1; id < objects.length; id++) {
    offsets[id] = body.length;
    body += `${id} 0 obj\n${objects[id]}\nendobj\n`;
  }
  const xref = body.length;
  body += `xref\n0 ${objects.length}\n0000000000 65535 f \n`;
  for (let id = 1; id < objects.length; id++)
    body += `${String(offsets[id]).padStart(10, '0')} 00000 n \n`;
  body += `trailer\n<< /Size ${objects.length} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  // One byte per character: the text was escaped to ASCII above.
  return Uint8Array.from(body, (c) => c.charCodeAt(0));
}
