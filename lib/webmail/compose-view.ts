import { insertIntoEditor, setSubjectIfEmpty, type DraftPayload, type InsertMethod } from './insert';

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
  /** Elements whose attribute or text holds a recipient address. */
  recipients: { selector: string; attribute?: string }[];
  sendButton: string;
  /** Where our button goes; null when the app has no toolbar we can find. */
  toolbar: string;
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
}

const EMAIL = /[A-Za-z0-9._%+'-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g;
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

function view(id: string, root: HTMLElement, editor: HTMLElement, s: MailSelectors): ComposeView {
  return {
    id,
    root,
    editor,
    recipients() {
      const found = new Set<string>();
      for (const r of s.recipients) {
        for (const el of Array.from(root.querySelectorAll<HTMLElement>(r.selector))) {
          const raw = r.attribute ? (el.getAttribute(r.attribute) ?? '') : el instanceof HTMLInputElement ? el.value : (el.textContent ?? '');
          for (const m of raw.matchAll(EMAIL)) found.add(m[0].toLowerCase());
        }
      }
      return [...found];
    },
    subject() {
      return (root.querySelector<HTMLInputElement>(s.subject)?.value ?? '').trim();
    },
    async insert(draft) {
      setSubjectIfEmpty(root.querySelector<HTMLInputElement>(s.subject), draft.subject);
      return insertIntoEditor(editor, draft);
    },
    toolbar() {
      return root.querySelector<HTMLElement>(s.toolbar);
    },
    sendButton() {
      return root.querySelector<HTMLElement>(s.sendButton);
    },
  };
}
