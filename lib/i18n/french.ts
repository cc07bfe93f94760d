import { formatDate } from '../model/dates';

/** French ways of writing what our English texts write as data. */
export const fr = {
  /** "2.40" → "2,40" */
  decimal: (n: string) => n.replace('.', ','),
  /** "2026-H2" → "second semestre 2026" */
  halfYear: (key: string) => {
    const [y, h] = key.split('-H');
    return `${h === '1' ? 'premier' : 'second'} semestre ${y}`;
  },
  /** "2026-04-03" → "3 avril 2026": no doubt left about which is the day. */
  longDate: (iso: string | undefined) => (iso ? formatDate(iso, 'fr') : '?'),
  /** "Taux de …" → "taux de …", to follow an article. */
  lower: (s: string) => s.charAt(0).toLowerCase() + s.slice(1),
};
