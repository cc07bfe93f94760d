import { createEditor, undo } from 'roosterjs';
import { box, type Reader } from './page';

type Block = {
  blockType: string;
  segments?: { segmentType: string; text?: string }[];
  blocks?: Block[];
};

/** roosterjs, the editor of Outlook on the web. */
export default function mount(): Reader {
  const el = box('roosterjs');
  const editor = createEditor(el);
  return {
    element: () => el,
    // The editor's own content model, not the DOM.
    text: () => {
      const parts: string[] = [];
      const walk = (group: { blocks: Block[] }) => {
        for (const b of group.blocks) {
          if (b.segments)
            parts.push(
              b.segments.map((s) => s.text ?? (s.segmentType === 'Br' ? '\n' : '')).join(''),
            );
          if (b.blocks) walk(b as { blocks: Block[] });
        }
      };
      walk(editor.getContentModelCopy('clean') as unknown as { blocks: Block[] });
      return parts.join('\n');
    },
    undo: () => undo(editor),
  };
}
