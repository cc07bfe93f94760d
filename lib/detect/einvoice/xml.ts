import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { TextError, type Text } from '../../model/text';
import { catalogText } from '../../i18n/text';

/**
 * A small read-only view over parsed XML with namespace prefixes removed, so that
 * `cac:Party/cbc:Name` is looked up as `Party/Name` whatever prefixes a file uses.
 * Values stay strings: amounts and codes are never coerced to floats.
 */
export type XNode = Record<string, unknown>;

export class EInvoiceError extends TextError {
  constructor(text: Text) {
    super(text);
    this.name = 'EInvoiceError';
  }
}

const MAX_XML = 20 * 1024 * 1024;
/** UBL and CII invoices nest about 10 levels deep; the parsers recurse once a level, so a hostile file 100 000 levels deep exhausted the stack. */
const MAX_DEPTH = 256;

/** How deep the elements nest, in one linear pass (comments, CDATA, declarations and processing instructions skipped). */
export function xmlDepth(text: string, stopAt = Infinity): number {
  let depth = 0;
  let max = 0;
  let i = text.indexOf('<');
  while (i !== -1 && i < text.length) {
    const next = text[i + 1];
    let end: number;
    if (text.startsWith('<!--', i)) end = text.indexOf('-->', i + 4) + 2;
    else if (text.startsWith('<![CDATA[', i)) end = text.indexOf(']]>', i + 9) + 2;
    else if (next === '?' || next === '!') end = text.indexOf('>', i + 2);
    else {
      end = text.indexOf('>', i + 1);
      if (next === '/') depth--;
      else if (end !== -1 && text[end - 1] !== '/') {
        depth++;
        if (depth > max) max = depth;
        if (max > stopAt) return max;
      }
    }
    if (end < 0) break;
    i = text.indexOf('<', end + 1);
  }
  return max;
}

export function parseXml(text: string): XNode {
  if (text.length > MAX_XML)
    throw new EInvoiceError(
      catalogText('einvoiceXmlXmlTooLargeMb', (text.length / 1048576).toFixed(1)),
    );
  // E-invoices never need a DTD; refusing one stops entity-expansion ("billion laughs") attacks.
  if (/<!DOCTYPE/i.test(text) || /<!ENTITY/i.test(text))
    throw new EInvoiceError(catalogText('einvoiceXmlXmlWithDoctypeOr'));
  if (xmlDepth(text, MAX_DEPTH) > MAX_DEPTH)
    throw new EInvoiceError(catalogText('einvoiceXmlXmlRefusedItsElements', MAX_DEPTH));
  const valid = XMLValidator.validate(text);
  if (valid !== true)
    throw new EInvoiceError(
      catalogText('einvoiceXmlNotWellFormedXml', valid.err.msg, valid.err.line, valid.err.col),
    );
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@',
    removeNSPrefix: true,
    parseTagValue: false,
    parseAttributeValue: false,
    processEntities: true,
    htmlEntities: false,
    trimValues: true,
  });
  return parser.parse(text) as XNode;
}

function asArray(v: unknown): unknown[] {
  return v === undefined || v === null ? [] : Array.isArray(v) ? v : [v];
}

/** All nodes at a path ("A/B/C"); arrays are walked. */
export function all(node: unknown, path: string): unknown[] {
  let cur: unknown[] = [node];
  for (const key of path.split('/')) {
    const next: unknown[] = [];
    for (const n of cur) if (n && typeof n === 'object') next.push(...asArray((n as XNode)[key]));
    cur = next;
  }
  return cur;
}

export function first(node: unknown, path: string): unknown {
  return all(node, path)[0];
}

/** Text of a node (element with or without attributes). */
export function text(node: unknown): string | null {
  if (node === undefined || node === null) return null;
  if (typeof node === 'string') return node.trim() || null;
  if (typeof node === 'number' || typeof node === 'boolean') return String(node);
  if (typeof node === 'object' && '#text' in (node as XNode)) return text((node as XNode)['#text']);
  return null;
}

export function textAt(node: unknown, path: string): string | null {
  for (const n of all(node, path)) {
    const t = text(n);
    if (t) return t;
  }
  return null;
}

export function attr(node: unknown, name: string): string | null {
  if (!node || typeof node !== 'object') return null;
  const v = (node as XNode)[`@${name}`];
  return typeof v === 'string' ? v : null;
}
