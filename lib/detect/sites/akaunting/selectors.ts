/**
 * Akaunting's invoice document, in its three templates (default, classic, modern). Facts
 * read on 2026-11-23 in akaunting/akaunting at commit dfc1171cf1e3749b2763cb0ade9f997c434e8f0e
 * (2026-08-22), resources/views/components/documents/template/{default,classic,modern}.blade.php.
 * Expected matches in fixtures/ are checked by akaunting.test.ts.
 */
export const SEEN =
  'Akaunting document templates (default, classic, modern) at commit dfc1171 (2026-08-22), read 2026-11-23';

export const SELECTORS = {
  /** The document; 1 in each fixture */
  root: '.print-template',
  /** Label + value rows (order number, number, issue date, due date); show-fr: 4, show-en: 3, classic-fr: 2 */
  facts: '.print-template p.mb-0:not(.font-semibold)',
  factLabel: 'span.font-semibold.spacing',
  factValue: 'span.spacing:not(.font-semibold)',
  /** The order-number row (every template marks it clearfix) */
  orderRow: 'clearfix',
  /** The classic template shows the number in a frame of its own; classic-fr: 1 */
  classicNumber: '.invoice-classic-inline-frame .text',
  /** The company block's name: the first <p> that is not the subheading */
  company: '.print-template .right-column > p:not(.text-normal):not(.small-text)',
  /** The customer: a link in the app, a <p> in print (after the "Bill To" heading); 1 */
  customer:
    '.print-template a[href*="/customers/"], .print-template .p-index-left > p.font-semibold.mb-0 + p, .print-template .p-modern > p.font-semibold.mb-0 + p',
  /** The totals column is the template's last .col-40; its rows are div.text, the last one the amount due */
  totalsColumn: '.print-template .col-40',
  totalsRow: ':scope > div.text',
} as const;
