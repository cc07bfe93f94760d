import { ClassicEditor, Essentials, Paragraph, Bold, Italic, Link } from 'ckeditor5';
import { box, type Reader } from './page';

/** CKEditor 5, a classic editor assembled from the ckeditor5 package (GPL licence key). */
export default async function mount(): Promise<Reader> {
  // label: the editable's accessible name, which CKEditor keeps to itself (a mail app names it "Message body").
  const editor = await ClassicEditor.create(box('ckeditor5'), {
    licenseKey: 'GPL',
    label: 'Message body',
    plugins: [Essentials, Paragraph, Bold, Italic, Link],
  });
  const root = editor.model.document.getRoot()!;
  return {
    element: () => editor.ui.getEditableElement() as HTMLElement,
    // Text of the editor's model tree, block by block.
    text: () => {
      const parts: string[] = [];
      for (const block of root.getChildren()) {
        const segs: string[] = [];
        if (block.is('element'))
          for (const node of block.getChildren())
            segs.push(node.is('$text') ? node.data : node.is('element', 'softBreak') ? '\n' : '');
        parts.push(segs.join(''));
      }
      return parts.join('\n');
    },
    undo: () => editor.execute('undo'),
  };
}
