/**
 * Test page for the rich-text editors that webmail and invoicing apps are built on. Each
 * editor is mounted from its npm package; the page exposes what the test needs to read
 * the editor's own model and to insert a draft with Relance's insertion code.
 */
import Quill from 'quill';
import { EditorState } from 'prosemirror-state';
import { EditorView } from 'prosemirror-view';
import { schema } from 'prosemirror-schema-basic';
import { history, undo as pmUndo, redo as pmRedo } from 'prosemirror-history';
import { keymap } from 'prosemirror-keymap';
import { createEditor, undo as roosterUndo } from 'roosterjs';
import { insertIntoEditor } from '../../../lib/webmail/insert';

type Reader = { element(): HTMLElement; text(): string; undo(): void };
const editors: Record<string, Reader> = {};
const mounters: Record<string, () => void> = {};

function mount(id: string): HTMLDivElement {
  const box = document.createElement('div');
  box.id = id;
  box.style.cssText = 'border:1px solid #999;min-height:60px;margin:8px';
  document.body.append(box);
  return box;
}

// Quill 2
mounters.quill = () => {
  const box = mount('quill');
  const quill = new Quill(box, { theme: undefined });
  editors.quill = { element: () => box.querySelector('.ql-editor') as HTMLElement, text: () => quill.getText(), undo: () => quill.history.undo() };
};

// ProseMirror with its history plugin
mounters.prosemirror = () => {
  const box = mount('prosemirror');
  const view = new EditorView(box, { state: EditorState.create({ schema, plugins: [history(), keymap({ 'Mod-z': pmUndo, 'Mod-y': pmRedo })] }) });
  editors.prosemirror = { element: () => view.dom as HTMLElement, text: () => view.state.doc.textContent, undo: () => void pmUndo(view.state, view.dispatch) };
};

// roosterjs (Outlook on the web's editor)
mounters.roosterjs = () => {
  const box = mount('roosterjs');
  const editor = createEditor(box);
  editors.roosterjs = {
    element: () => box,
    text: () => {
      // The editor's own content model, not the DOM.
      const model = editor.getContentModelCopy('clean');
      const parts: string[] = [];
      const walk = (group: { blocks: unknown[] }) => {
        for (const b of group.blocks as { blockType: string; segments?: { segmentType: string; text?: string }[]; blocks?: unknown[] }[]) {
          if (b.segments) parts.push(b.segments.map((s) => s.text ?? (s.segmentType === 'Br' ? '\n' : '')).join(''));
          if (b.blocks) walk(b as { blocks: unknown[] });
        }
      };
      walk(model);
      return parts.join('\n');
    },
    undo: () => roosterUndo(editor),
  };
};

// Plain contenteditable and textarea
mounters.plain = () => {
  const box = mount('plain');
  box.contentEditable = 'true';
  editors.plain = { element: () => box, text: () => box.textContent ?? '', undo: () => document.execCommand('undo') };
};
mounters.textarea = () => {
  const area = document.createElement('textarea');
  area.id = 'textarea';
  area.rows = 6;
  document.body.append(area);
  editors.textarea = { element: () => area, text: () => area.value, undo: () => document.execCommand('undo') };
}

(window as unknown as { relanceEditors: unknown }).relanceEditors = {
  mount: (name: string) => mounters[name]!(),
  insert(name: string, draft: { text: string; html: string }) {
    return insertIntoEditor(editors[name]!.element(), draft);
  },
  text: (name: string) => editors[name]!.text(),
  undo: (name: string) => editors[name]!.undo(),
  focus: (name: string) => editors[name]!.element().focus(),
};
