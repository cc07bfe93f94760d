/**
 * A small MIME reader for .eml files (RFC 5322 / 2045–2047): headers, multipart
 * bodies, base64 and quoted-printable, charsets, encoded words, attachment names.
 * Enough to read the invoice a sent e-mail announces and the files it carries.
 */
import { TextError } from '../model/text';
import { catalogText } from '../i18n/text';

export interface MailPart {
  contentType: string;
  charset: string;
  filename: string | null;
  bytes: Uint8Array;
}

export interface Mail {
  headers: Map<string, string>;
  subject: string;
  to: string[];
  from: string[];
  date: string | null;
  text: string | null;
  html: string | null;
  attachments: MailPart[];
  /** Messages carried inside this one (forwards, certified e-mail envelopes): their text. */
  nested: {
    subject: string;
    from: string[];
    date: string | null;
    text: string | null;
    html: string | null;
  }[];
}

const MAX_DEPTH = 8;

function splitHeadBody(raw: string): [string, string] {
  const m = /\r?\n\r?\n/.exec(raw);
  return m ? [raw.slice(0, m.index), raw.slice(m.index + m[0].length)] : [raw, ''];
}

function parseHeaders(head: string): Map<string, string> {
  const map = new Map<string, string>();
  const unfolded = head.replace(/\r?\n[ \t]+/g, ' ');
  for (const line of unfolded.split(/\r?\n/)) {
    const i = line.indexOf(':');
    if (i <= 0) continue;
    const key = line.slice(0, i).trim().toLowerCase();
    if (!map.has(key)) map.set(key, line.slice(i + 1).trim());
  }
  return map;
}

function param(header: string | undefined, name: string): string | null {
  if (!header) return null;
  const star = new RegExp(`${name}\\*=(?:([^']*)'[^']*')?([^;]+)`, 'i').exec(header);
  if (star) {
    try {
      return decodeURIComponent(star[2]!.trim().replace(/^"|"$/g, ''));
    } catch {
      return star[2]!.trim();
    }
  }
  const m = new RegExp(`${name}\\s*=\\s*("([^"]*)"|[^;\\s]+)`, 'i').exec(header);
  return m ? decodeWords(m[2] ?? m[1]!) : null;
}

function decodeCharset(bytes: Uint8Array, charset: string): string {
  try {
    return new TextDecoder(charset || 'utf-8').decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

function latin1Bytes(s: string): Uint8Array {
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i) & 0xff;
  return out;
}

function base64Bytes(s: string): Uint8Array {
  const clean = s.replace(/[^A-Za-z0-9+/=]/g, '');
  return Uint8Array.from(atob(clean.slice(0, clean.length - (clean.length % 4))), (c) =>
    c.charCodeAt(0),
  );
}

function qpBytes(s: string): Uint8Array {
  const text = s.replace(/=\r?\n/g, '');
  const out: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '=' && /^[0-9A-Fa-f]{2}$/.test(text.slice(i + 1, i + 3))) {
      out.push(parseInt(text.slice(i + 1, i + 3), 16));
      i += 2;
    } else out.push(c.charCodeAt(0) & 0xff);
  }
  return Uint8Array.from(out);
}

/** RFC 2047 encoded words: =?utf-8?B?…?= and =?iso-8859-1?Q?…?= */
export function decodeWords(s: string): string {
  return s.replace(
    /=\?([^?]+)\?([BbQq])\?([^?]*)\?=(\s+(?==\?))?/g,
    (_, charset: string, enc: string, data: string) => {
      const bytes =
        enc.toUpperCase() === 'B' ? base64Bytes(data) : qpBytes(data.replace(/_/g, ' '));
      return decodeCharset(bytes, charset);
    },
  );
}

function addresses(h: string | undefined): string[] {
  if (!h) return [];
  return [...h.matchAll(/[A-Za-z0-9._%+'-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g)].map((m) =>
    m[0].toLowerCase(),
  );
}

export function parseEml(input: Uint8Array | string): Mail {
  // Header and structure are ASCII; body bytes are decoded per part.
  const raw = typeof input === 'string' ? input : new TextDecoder('latin1').decode(input);
  const [head] = splitHeadBody(raw);
  const headers = parseHeaders(head);
  if (
    !headers.has('from') &&
    !headers.has('to') &&
    !headers.has('subject') &&
    !headers.has('content-type')
  ) {
    throw new TextError(catalogText('detectEmlNotAnMailFile'));
  }
  const mail: Mail = {
    headers,
    subject: decodeWords(headers.get('subject') ?? ''),
    to: [...addresses(headers.get('to')), ...addresses(headers.get('cc'))],
    from: addresses(headers.get('from')),
    date: headers.get('date') ?? null,
    text: null,
    html: null,
    attachments: [],
    nested: [],
  };
  walk(raw, mail, 0);
  return mail;
}

function walk(raw: string, mail: Mail, depth: number): void {
  if (depth > MAX_DEPTH) return;
  const [head, body] = splitHeadBody(raw);
  const headers = parseHeaders(head);
  const ctype = headers.get('content-type') ?? 'text/plain; charset=us-ascii';
  const type = ctype.split(';')[0]!.trim().toLowerCase();
  if (type.startsWith('multipart/')) {
    const boundary = param(ctype, 'boundary');
    if (!boundary) return;
    const parts = body.split(
      new RegExp(
        `\\r?\\n?--${boundary.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?:--)?[ \\t]*\\r?\\n?`,
      ),
    );
    for (const part of parts.slice(1, 200)) if (part.trim()) walk(part, mail, depth + 1);
    return;
  }
  const encoding = (headers.get('content-transfer-encoding') ?? '7bit').toLowerCase().trim();
  const bytes =
    encoding === 'base64'
      ? base64Bytes(body)
      : encoding === 'quoted-printable'
        ? qpBytes(body)
        : latin1Bytes(body);
  const charset = param(ctype, 'charset') ?? 'utf-8';
  const filename = param(headers.get('content-disposition'), 'filename') ?? param(ctype, 'name');
  const disposition = (headers.get('content-disposition') ?? '').toLowerCase();
  if (
    type === 'message/rfc822' ||
    (type === 'application/octet-stream' && /\.eml$/i.test(filename ?? ''))
  ) {
    // An attached or forwarded message: opened, its attachments (e-invoice XML, Factur-X
    // PDF) join this mail's, its text is kept apart from the outer one.
    nestedMessage(decodeCharset(bytes, 'latin1'), mail, depth + 1);
    return;
  }
  if (filename || disposition.startsWith('attachment')) {
    mail.attachments.push({ contentType: type, charset, filename, bytes });
  } else if (type === 'text/plain' && mail.text === null) mail.text = decodeCharset(bytes, charset);
  else if (type === 'text/html' && mail.html === null) mail.html = decodeCharset(bytes, charset);
}

function nestedMessage(raw: string, outer: Mail, depth: number): void {
  if (depth > MAX_DEPTH) return;
  const headers = parseHeaders(splitHeadBody(raw)[0]);
  const inner: Mail = {
    headers,
    subject: decodeWords(headers.get('subject') ?? ''),
    to: [],
    from: addresses(headers.get('from')),
    date: headers.get('date') ?? null,
    text: null,
    html: null,
    attachments: outer.attachments,
    nested: outer.nested,
  };
  walk(raw, inner, depth);
  outer.nested.push({
    subject: inner.subject,
    from: inner.from,
    date: inner.date,
    text: inner.text,
    html: inner.html,
  });
}

/** The calendar day an RFC 5322 Date header names, in the sender's own time zone. */
export function mailDay(date: string | null): string | null {
  const m = /(\d{1,2})\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\s+(\d{4})/i.exec(
    date ?? '',
  );
  if (!m) return null;
  const month =
    ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'].indexOf(
      m[2]!.toLowerCase(),
    ) + 1;
  return `${m[3]}-${String(month).padStart(2, '0')}-${m[1]!.padStart(2, '0')}`;
}
