/**
 * A conversation open in a mail app, whatever the app: its subject and its messages
 * (sender, when it was sent, the body as text). The rest of Relance talks to this, never
 * to Gmail's or Outlook's DOM; each app's thread selectors live in its selectors.ts.
 */
export interface ThreadSelectors {
  /** Dated description of where the facts came from. */
  seen: string;
  /** The subject of the open conversation; nothing matches on pages that are not one. */
  subject: string;
  /** One message of the conversation, shown expanded. */
  message: string;
  /** Inside a message: the sender, its address in an attribute or its text. */
  sender: { selector: string; attribute?: string }[];
  /** Inside a message: when it was sent, in an attribute (a tooltip) or its text. */
  sent: { selector: string; attribute?: string }[];
  /** Inside a message: the body. */
  body: string;
  /** Inside a body: what is not the sender's new words (the quoted history, a signature). */
  skip: string;
}

export interface ThreadMessage {
  /** The sender's address, lower case, when the markup gives one. */
  from: string | null;
  /** How the app writes the date it was sent ("lun. 23 nov. 2026, 10:02"), as found. */
  sentText: string | null;
  /** The body as text, without the quoted history (read when asked: a long thread has many bodies). */
  text(): string;
  /** The message's element: Relance's offer goes above its body. */
  body: HTMLElement;
}

export interface ThreadView {
  subject: string;
  messages: ThreadMessage[];
}

const EMAIL = /[A-Za-z0-9._%+'-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/;
const EDGE = '\u0001';
const BLOCK = /^(P|DIV|BR|LI|TR|H[1-6]|BLOCKQUOTE|TABLE|UL|OL|SECTION|ARTICLE|PRE)$/;

/**
 * The text a person sees in a body, lines kept: block elements and <br> end a line, hidden
 * elements and those matching `skip` are left out. Text only: nothing is parsed as HTML.
 */
export function visibleText(root: Element, skip: string): string {
  const out: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === 3) {
      // Line breaks in the markup's source are spaces, as a browser shows them.
      out.push((node.nodeValue ?? '').replace(/\s+/g, ' '));
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as HTMLElement;
    const tag = el.tagName;
    if (tag === 'STYLE' || tag === 'SCRIPT' || tag === 'TEMPLATE' || el.hidden) return;
    if (el.getAttribute('style')?.replace(/\s/g, '').includes('display:none')) return;
    if (skip && el.matches(skip)) return;
    if (tag === 'BR') {
      out.push('\n');
      return;
    }
    // A block's edges are line ends, however many meet (</div><div> is one line end).
    const block = BLOCK.test(tag);
    if (block) out.push(EDGE);
    for (let c = el.firstChild; c; c = c.nextSibling) walk(c);
    if (block) out.push(EDGE);
  };
  for (let c = root.firstChild; c; c = c.nextSibling) walk(c);
  return out
    .join('')
    .replace(/[ \t\u00a0]+/g, ' ')
    .replace(/ *(\n *)?\u0001[\u0001 ]*/g, '\n')
    .replace(/ *\n */g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

function firstValue(
  root: Element,
  list: { selector: string; attribute?: string }[],
  pattern?: RegExp,
): string | null {
  for (const { selector, attribute } of list) {
    for (const el of Array.from(root.querySelectorAll(selector))) {
      const raw = (attribute ? el.getAttribute(attribute) : el.textContent) ?? '';
      const value = pattern ? (pattern.exec(raw)?.[0] ?? null) : raw.trim() || null;
      if (value) return value;
    }
  }
  return null;
}

/** What was read of a message element: a mail app keeps the element while the message is shown. */
const read = new WeakMap<Element, ThreadMessage | null>();

function message(m: Element, s: ThreadSelectors): ThreadMessage | null {
  const known = read.get(m);
  if (known !== undefined && (known === null || known.body.isConnected)) return known;
  const body = m.querySelector<HTMLElement>(s.body);
  const found = body
    ? {
        from: firstValue(m, s.sender, EMAIL)?.toLowerCase() ?? null,
        sentText: firstValue(m, s.sent),
        text: () => visibleText(body, s.skip),
        body,
      }
    : null;
  // A message shown collapsed has no body yet: read it again when it opens.
  if (found) read.set(m, found);
  return found;
}

/** The open conversation, or null when the page shows none (a list, a search, settings). */
export function readThread(doc: ParentNode, s: ThreadSelectors): ThreadView | null {
  const subjectEl = doc.querySelector(s.subject);
  if (!subjectEl) return null;
  const messages: ThreadMessage[] = [];
  for (const m of Array.from(doc.querySelectorAll(s.message))) {
    const found = message(m, s);
    if (found) messages.push(found);
  }
  return { subject: (subjectEl.textContent ?? '').trim(), messages };
}
