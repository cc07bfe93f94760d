import { box, type Reader } from './page';

/** A bare contenteditable: the browser's own editing and undo. */
export default function mount(): Reader {
  const el = box('plain');
  el.contentEditable = 'true';
  return {
    element: () => el,
    text: () => el.textContent ?? '',
    undo: () => document.execCommand('undo'),
  };
}
