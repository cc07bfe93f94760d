import tinymce from 'tinymce';
import 'tinymce/models/dom';
import 'tinymce/themes/silver';
import 'tinymce/icons/default';
import { box, type Reader } from './page';

/** TinyMCE in its usual iframe mode (self-hosted, GPL licence key, no skin files). */
export default async function mount(): Promise<Reader> {
  const area = document.createElement('textarea');
  area.id = 'tinymce-area';
  box('tinymce').append(area);
  const [editor] = await tinymce.init({
    target: area,
    license_key: 'gpl',
    skin: false,
    content_css: false,
    menubar: false,
    toolbar: false,
    statusbar: false,
    promotion: false,
  });
  if (!editor) throw new Error('TinyMCE did not start');
  return {
    element: () => editor.getBody(),
    text: () => editor.getContent({ format: 'text' }),
    undo: () => editor.undoManager.undo(),
  };
}
