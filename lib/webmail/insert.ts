/**
 * Puts a draft into someone else's editor so that the editor treats it as typed or
 * pasted: its own model updates, its undo removes it, its autosave sees it. No HTML
 * parsing on our side: rich editors get a paste event carrying text/html (which they
 * sanitize themselves), plain ones get execCommand('insertText').
 */
export interface DraftPayload {
  text: string;
  html: string;
}

export type InsertMethod = 'paste' | 'insertText' | 'textarea';

function isEmptyEditor(el: HTMLElement): boolean {
  return !(el.textContent ?? '').replace(/[\s\u200b\u00a0]+/g, '');
}

/** Caret at the user's cursor when it is inside the editor; else the whole (empty) body, or its start. */
function placeCaret(editor: HTMLElement): void {
  const doc = editor.ownerDocument;
  const sel = doc.getSelection();
  if (!sel) return;
  if (sel.rangeCount && editor.contains(sel.getRangeAt(0).startContainer) && !isEmptyEditor(editor))
    return;
  const range = doc.createRange();
  range.selectNodeContents(editor);
  if (!isEmptyEditor(editor)) range.collapse(true);
  sel.removeAllRanges();
  sel.addRange(range);
}

/**
 * A paste event carrying the draft. Chromium uses the DataTransfer given to the
 * constructor; Firefox ignores it and gives the event an empty one of its own, which can
 * be written until the event is dispatched: the data is set on whichever the event has.
 * In a Firefox content script, data set through the script's view of the event carries
 * the extension's principal and the page's editor reads it as empty; set through the
 * page's own view of the event (wrappedJSObject) it is the page's, as a real paste's.
 */
function pasteEvent(draft: DraftPayload): ClipboardEvent {
  const data = new DataTransfer();
  data.setData('text/plain', draft.text);
  data.setData('text/html', draft.html);
  const paste = new ClipboardEvent('paste', {
    clipboardData: data,
    bubbles: true,
    cancelable: true,
  });
  const own = ((paste as unknown as { wrappedJSObject?: ClipboardEvent }).wrappedJSObject ?? paste)
    .clipboardData;
  if (own && own !== data && own.getData('text/plain') !== draft.text) {
    own.setData('text/plain', draft.text);
    own.setData('text/html', draft.html);
  }
  return paste;
}

export async function insertIntoEditor(
  editor: HTMLElement,
  draft: DraftPayload,
): Promise<InsertMethod> {
  const doc = editor.ownerDocument;
  if (editor instanceof HTMLTextAreaElement || editor instanceof HTMLInputElement) {
    editor.focus();
    if (!editor.value.trim()) editor.select();
    if (!doc.execCommand('insertText', false, draft.text)) {
      editor.setRangeText(draft.text, editor.selectionStart ?? 0, editor.selectionEnd ?? 0, 'end');
      editor.dispatchEvent(new Event('input', { bubbles: true }));
    }
    return 'textarea';
  }
  editor.focus();
  placeCaret(editor);
  const before = editor.textContent ?? '';
  const paste = pasteEvent(draft);
  editor.dispatchEvent(paste);
  const firstLine =
    draft.text
      .split('\n')
      .find((l) => l.trim())
      ?.trim()
      .slice(0, 30) ?? '';
  if (paste.defaultPrevented) {
    // The editor took the paste; many (Gmail's, roosterjs) apply it asynchronously.
    for (let i = 0; i < 25; i++) {
      const now = editor.textContent ?? '';
      if (now !== before && (!firstLine || now.includes(firstLine))) return 'paste';
      await new Promise((r) => setTimeout(r, 20));
    }
  }
  // A plain contenteditable: the browser's own typing command keeps the undo stack. One
  // command for the whole text is one undo step in every browser (Chromium merges
  // consecutive typing commands, Firefox does not); each browser turns its line breaks
  // into its own line markup.
  doc.execCommand('insertText', false, draft.text);
  if (firstLine && !(editor.textContent ?? '').includes(firstLine))
    throw new Error('the editor refused the text');
  return 'insertText';
}

/** Sets a subject field only when it is empty, as if typed. */
export function setSubjectIfEmpty(input: HTMLInputElement | null, subject: string): boolean {
  if (!input || input.value.trim()) return false;
  input.focus();
  if (!input.ownerDocument.execCommand('insertText', false, subject)) {
    input.value = subject;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  }
  input.dispatchEvent(new Event('change', { bubbles: true }));
  return true;
}
