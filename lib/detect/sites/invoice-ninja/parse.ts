import type { DetectedInvoice } from '../../invoice-reading';
import type { ColumnField } from '../../labels';
import { listDates, readListRow, settleListDates } from '../../invoice-list';
import { SelectorMissError, need, textOf, type SiteAdapter, type SiteContext } from '../adapter';
import { isPortalInvoiceList } from './detect';
import { SEEN, SELECTORS as S } from './selectors';
import { designSignatures, isDesign, readDesign } from './design';

const APP = 'Invoice Ninja';

/** Badge classes of badgeForStatus(), whatever the language. */
const BADGE: Record<string, DetectedInvoice['status']> = {
  'badge-success': 'paid',
  'badge-danger': 'overdue',
  'badge-warning': 'open',
  'badge-secondary': 'cancelled',
  'badge-light': 'draft',
};

function sortKey(th: Element): string {
  return th.querySelector('span[role="button"]')?.getAttribute(S.sortAttribute) ?? '';
}

function read(doc: Document, ctx: SiteContext): DetectedInvoice[] {
  // The portal's <html lang> is the app locale; its "en" is American English (en_GB is separate).
  const lang = ctx.lang === 'en' ? 'en-US' : ctx.lang;
  const table = need(doc, S.table, APP, 'invoice table');
  const keys = Array.from(table.querySelectorAll(S.headers)).map(sortKey);
  const cols = new Map<ColumnField, number>();
  // The first "number" column is the invoice number; the PO number column sorts by it too.
  for (const [field, key] of Object.entries(S.sortKeys) as [ColumnField, string][]) {
    const i = keys.indexOf(key);
    if (i >= 0) cols.set(field, i);
  }
  if (!cols.has('invoiceNumber') || !cols.has('amountDue'))
    throw new SelectorMissError(
      APP,
      'number and balance columns',
      `th span[${S.sortAttribute}="${S.sortKeys.invoiceNumber}"], th span[${S.sortAttribute}="${S.sortKeys.amountDue}"]`,
    );
  const out: DetectedInvoice[] = [];
  const dates = listDates();
  Array.from(table.querySelectorAll(S.rows)).forEach((tr, i) => {
    const d = readListRow(Array.from(tr.children), {
      dates,
      columns: cols,
      lang,
      where: `${APP}: ${S.table} row ${i + 1}`,
    });
    if (!d) return;
    const badge = tr.querySelector(S.badge);
    const byClass = badge && Object.entries(BADGE).find(([c]) => badge.classList.contains(c));
    if (byClass) d.status = byClass[1];
    else if (badge && /partial|acompte/i.test(textOf(badge))) d.status = 'partially-paid';
    out.push(d);
  });
  settleListDates(dates);
  return out;
}

export const invoiceNinja: SiteAdapter = {
  app: APP,
  seen: SEEN,
  urlMatches: isPortalInvoiceList,
  pageMatches: (doc) =>
    isDesign(doc) ||
    Array.from(doc.querySelectorAll(`${S.table} ${S.headers}`)).some(
      (th) => sortKey(th) === S.sortKeys.dueDate,
    ),
  signatures: [...designSignatures, `${S.table} ${S.headers}`],
  read: (doc, ctx) => (isDesign(doc) ? readDesign(doc, ctx) : read(doc, ctx)),
};
