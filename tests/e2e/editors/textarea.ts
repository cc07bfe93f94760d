/** A textarea: the browser's own editing and undo. */
import type { Reader } from './page';

export default function mount(): Reader {
  const area = document.createElement('textarea');
  area.id = 'textarea';
  area.rows = 6;
  document.body.append(area);
  return { element: () => area, text: () => area.value, undo: () => document.execCommand('undo') };
}
