/**
 * Akaunting's invoice document. Facts read on 2026-11-23 in akaunting/akaunting at commit
 * dfc1171cf1e3749b2763cb0ade9f997c434e8f0e (2026-08-22),
 * resources/views/components/documents/template/default.blade.php. Expected matches in
 * fixtures/ are checked by akaunting.test.ts.
 */
export const SEEN = 'Akaunting default document template at commit dfc1171 (2026-08-22), read 2026-11-23';

export const SELECTORS = {
  /** The document; show-fr and show-en: 1 */
  root: '.print-template',
  /** Number, order number, issue date, due date rows; show-fr: 4, show-en: 3 */
  facts: '.print-template .col-40 .p-index-right > p.mb-0',
  factLabel: 'span.w-numbers',
  factValue: 'span.spacing:not(.w-numbers)',
  /** The company block's name: the first <p> that is not the subheading; show-fr and show-en: 1 */
  company: '.print-template .right-column > p:not(.text-normal):not(.small-text)',
  /** The customer: a link in the app, a <p> in print (after the "Bill To" heading); 1 */
  customer: '.print-template .p-index-left > a, .print-template .p-index-left > p.font-semibold.mb-0 + p',
  /** Totals; the last row ("Total") shows the amount due; a paid row's value starts with "-" */
  totals: '.print-template .row.mt-9 .col-40 > .text.border-bottom-1',
} as const;
