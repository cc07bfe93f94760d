import { EditorState } from 'prosemirror-state';
import { EditorView } from 'prosemirror-view';
import { schema } from 'prosemirror-schema-basic';
import { history, undo, redo } from 'prosemirror-history';
import { keymap } from 'prosemirror-keymap';
import { box, type Reader } from './page';

/** ProseMirror with the basic schema and its history plugin. */
export default function mount(): Reader {
  const view = new EditorView(box('prosemirror'), {
    state: EditorState.create({
      schema,
      plugins: [history(), keymap({ 'Mod-z': undo, 'Mod-y': redo })],
    }),
  });
  return {
    element: () => view.dom as HTMLElement,
    text: () => view.state.doc.textContent,
    undo: () => void undo(view.state, view.dispatch),
  };
}
