import Quill from 'quill';
import { box, type Reader } from './page';

/** Quill 2 with its own history module. */
export default function mount(): Reader {
  const el = box('quill');
  const quill = new Quill(el, { theme: undefined });
  return {
    element: () => el.querySelector('.ql-editor') as HTMLElement,
    text: () => quill.getText(),
    undo: () => quill.history.undo(),
  };
}
