/**
 * Test page for the rich-text editors that webmail and invoicing apps are built on. Each
 * editor lives in its own module, bundled on its own (one editor's start-up code must not
 * break another's page, e.g. under Trusted Types); this module exposes what the test
 * needs to read the editor's own model and to insert a draft with Relance's code.
 */
import { insertIntoEditor } from '../../../lib/webmail/insert';

export interface Reader {
  /** Where Relance inserts: the editable element (in TinyMCE's case, inside its iframe). */
  element(): HTMLElement;
  /** Text read from the editor's own model, not from the DOM when the editor has a model. */
  text(): string;
  /** The editor's own undo (its history plugin, or the browser's for plain fields). */
  undo(): void;
}

/** Where editors are mounted: the page's body, or a mail app's compose (mountIn). */
let host: HTMLElement | null = null;

export function box(id: string): HTMLDivElement {
  const el = document.createElement('div');
  el.id = id;
  el.style.cssText = 'border:1px solid #999;min-height:60px;margin:8px';
  (host ?? document.body).append(el);
  return el;
}

export function expose(name: string, mount: () => Reader | Promise<Reader>): void {
  let editor: Reader | null = null;
  const get = () => {
    if (!editor) throw new Error(`${name} is not mounted`);
    return editor;
  };
  (window as unknown as { relanceEditors: unknown }).relanceEditors = {
    async mount() {
      editor = await mount();
    },
    /** Mounts the editor inside `selector` and gives its editable element a mail app's attributes (the app's own editor carries them). */
    async mountIn(selector: string, attributes: Record<string, string>) {
      host = document.querySelector<HTMLElement>(selector);
      if (!host) throw new Error(`no ${selector} on this page`);
      editor = await mount();
      for (const [k, v] of Object.entries(attributes)) editor.element().setAttribute(k, v);
    },
    insert: (draft: { text: string; html: string }) => insertIntoEditor(get().element(), draft),
    text: () => get().text(),
    undo: () => get().undo(),
    focus: () => get().element().focus(),
  };
}
