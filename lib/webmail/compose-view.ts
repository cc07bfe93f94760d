import {
  insertIntoEditor,
  setSubjectIfEmpty,
  type DraftPayload,
  type InsertMethod,
} from './insert';
import type { Confirmation } from './send-evidence';

/**
 * A compose window, whatever the mail app. The rest of Relance talks to this, never
 * to Gmail's or Outlook's DOM; each app's selectors live in its own selectors.ts.
 */
export interface MailSelectors {
  /** Dated description of where the facts came from. */
  seen: string;
  /** The message body editor of a compose. */
  editor: string;
  /** From an editor, the closest element that holds the whole compose. */
  composeRoot: string;
  subject: string;
  /** The To / Cc / Bcc fields: what is typed there and the chips they hold. */
  recipientFields: string;
  /** Inside a field, chips whose attribute (or, without one, value / text) holds an address. */
  recipientChips: { selector: string; attribute?: string }[];
  /** Whether a field's own text is read (a contenteditable well where the address is typed). */
  fieldText: boolean;
  /** Never recipients, even inside a field: the app's contact suggestions (besides those its combobox controls). */
  suggestions?: string;
  /** The Send button, tried in order: the first selector that finds one wins. */
  sendButton: string[];
  /** Where our button goes; matches nothing when the app has no toolbar we can find. */
  toolbar: string;
  /** What tells that the app sent a message (see send-evidence.ts). */
  confirmation: Confirmation;
  /** What the app shows when a send fails or is refused; seen when a send would be confirmed, it is not. */
  sendFailure?: string;
  /** Matches the document of the app's pop-out compose window (it closes itself once sent). */
  popout?: string;
  /** The app's own notice area and, inside it, the marks of a sent message and of its Undo. */
  notice?: { container: string; sent: string; undo: string };
}

export interface ComposeView {
  id: string;
  root: HTMLElement;
  editor: HTMLElement;
  recipients(): string[];
  subject(): string;
  insert(draft: DraftPayload & { subject: string }): Promise<InsertMethod>;
  toolbar(): HTMLElement | null;
  sendButton(): HTMLElement | null;
  /** Whether the compose is still on the page (its body too: Gmail's full screen keeps an empty frame). */
  alive(): boolean;
}

const EMAIL = /[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g;
let counter = 0;
const ids = new WeakMap<HTMLElement, string>();

export function composeViews(doc: Document, s: MailSelectors): ComposeView[] {
  const out: ComposeView[] = [];
  const seen = new Set<HTMLElement>();
  for (const editor of Array.from(doc.querySelectorAll<HTMLElement>(s.editor))) {
    const root = (editor.closest(s.composeRoot) as HTMLElement | null) ?? editor.parentElement;
    if (!root || seen.has(root)) continue;
    seen.add(root);
    let id = ids.get(root);
    if (!id) {
      id = `relance-compose-${++counter}`;
      ids.set(root, id);
    }
    out.push(view(id, root, editor, s));
  }
  return out;
}

/**
 * Where a part of the compose is: inside its root, or else in the nearest ancestor that
 * still holds this compose only (an app may keep the toolbar or Send beside the part that
 * holds the editor).
 */
function scopes(root: HTMLElement, s: MailSelectors): HTMLElement[] {
  const out = [root];
  let el = root.parentElement;
  for (let i = 0; el && i < 6 && el !== el.ownerDocument.body; i++, el = el.parentElement) {
    if (el.querySelectorAll(s.editor).length !== 1) break;
    out.push(el);
  }
  return out;
}

function find<T extends HTMLElement>(
  root: HTMLElement,
  s: MailSelectors,
  selector: string,
): T | null {
  for (const scope of scopes(root, s)) {
    const el = scope.querySelector<T>(selector);
    if (el) return el;
  }
  return null;
}

/**
 * Listboxes a field's expanded combobox controls: its contact suggestions, wherever the app
 * renders them (only while shown, so a list of chips it may also reference is not lost).
 */
function controlled(field: HTMLElement): Set<string> {
  const out = new Set<string>();
  for (const box of Array.from(
    field.querySelectorAll(
      '[aria-expanded="true"][aria-controls], [aria-expanded="true"][aria-owns]',
    ),
  )) {
    for (const attr of ['aria-controls', 'aria-owns'])
      for (const id of (box.getAttribute(attr) ?? '').split(/\s+/)) if (id) out.add(id);
  }
  return out;
}

function isSuggestion(el: Element, s: MailSelectors, owned: Set<string>): boolean {
  if (s.suggestions && el.closest(s.suggestions)) return true;
  // Not shown: a closed suggestion list the app keeps around.
  if (
    el.closest('[hidden], [aria-hidden="true"]') &&
    !(el instanceof HTMLInputElement && el.type === 'hidden')
  )
    return true;
  for (let p: Element | null = el; p; p = p.parentElement) if (p.id && owned.has(p.id)) return true;
  return false;
}

export function readRecipients(root: HTMLElement, s: MailSelectors): string[] {
  const found = new Set<string>();
  const add = (raw: string) => {
    for (const m of raw.matchAll(EMAIL)) found.add(m[0].toLowerCase());
  };
  const fields =
    scopes(root, s)
      .map((scope) => Array.from(scope.querySelectorAll<HTMLElement>(s.recipientFields)))
      .find((f) => f.length) ?? [];
  for (const field of fields) {
    const owned = controlled(field);
    // What is being typed: the field itself (a textarea) or the inputs inside it (Gmail's combobox).
    const typed =
      field instanceof HTMLInputElement || field instanceof HTMLTextAreaElement
        ? [field]
        : Array.from(
            field.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input, textarea'),
          );
    for (const input of typed) if (!isSuggestion(input, s, owned)) add(input.value);
    for (const chip of s.recipientChips) {
      for (const el of Array.from(field.querySelectorAll<HTMLElement>(chip.selector))) {
        if (isSuggestion(el, s, owned)) continue;
        add(
          chip.attribute
            ? (el.getAttribute(chip.attribute) ?? '')
            : el instanceof HTMLInputElement
              ? el.value
              : (el.textContent ?? ''),
        );
      }
    }
    if (s.fieldText) {
      const clone = field.cloneNode(true) as HTMLElement;
      if (s.suggestions)
        for (const el of Array.from(clone.querySelectorAll(s.suggestions))) el.remove();
      for (const el of Array.from(clone.querySelectorAll('[id]')))
        if (owned.has(el.id)) el.remove();
      add(clone.textContent ?? '');
    }
  }
  return [...found];
}

/**
 * Without a toolbar we know, the row of commands Send sits in: its nearest ancestor that
 * holds another command (Discard), past Send's own split button and its menu arrow.
 */
function commandRow(send: HTMLElement | null, root: HTMLElement): HTMLElement | null {
  for (
    let el = send?.parentElement ?? null;
    el && el !== root.parentElement;
    el = el.parentElement
  ) {
    const others = Array.from(el.querySelectorAll('button, [role="button"]')).filter(
      (b) => !send!.contains(b) && !b.hasAttribute('aria-haspopup'),
    );
    if (others.length) return el === root ? null : el;
  }
  return null;
}

function view(id: string, root: HTMLElement, editor: HTMLElement, s: MailSelectors): ComposeView {
  return {
    id,
    root,
    editor,
    recipients: () => readRecipients(root, s),
    subject() {
      return (find<HTMLInputElement>(root, s, s.subject)?.value ?? '').trim();
    },
    async insert(draft) {
      setSubjectIfEmpty(find<HTMLInputElement>(root, s, s.subject), draft.subject);
      return insertIntoEditor(editor, draft);
    },
    toolbar() {
      return find(root, s, s.toolbar) ?? commandRow(this.sendButton(), root);
    },
    sendButton() {
      for (const selector of s.sendButton) {
        const el = find(root, s, selector);
        if (el) return el;
      }
      return null;
    },
    alive() {
      return root.isConnected && editor.isConnected;
    },
  };
}
