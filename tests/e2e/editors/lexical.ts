import { createEditor, $getRoot, $createParagraphNode, UNDO_COMMAND } from 'lexical';
import { registerRichText } from '@lexical/rich-text';
import { registerHistory, createEmptyHistoryState } from '@lexical/history';
import { box, type Reader } from './page';

/** Lexical with its rich-text and history packages. */
export default function mount(): Reader {
  const el = box('lexical');
  el.contentEditable = 'true';
  const editor = createEditor({
    namespace: 'relance-test',
    onError: (e) => {
      throw e;
    },
  });
  editor.setRootElement(el);
  registerRichText(editor);
  registerHistory(editor, createEmptyHistoryState(), 300);
  // The empty paragraph a Lexical app starts with; history records it as the first state.
  editor.update(() => $getRoot().append($createParagraphNode()), { discrete: true });
  return {
    element: () => el,
    text: () => editor.getEditorState().read(() => $getRoot().getTextContent()),
    undo: () => void editor.dispatchCommand(UNDO_COMMAND, undefined),
  };
}
