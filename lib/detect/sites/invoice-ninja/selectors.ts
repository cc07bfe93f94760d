/**
 * Invoice Ninja's client portal. Facts read on 2026-11-23 in invoiceninja/invoiceninja at
 * commit a148eec09bd1283db55112cbdfe26788bc234974 (2024-09-19),
 * resources/views/portal/ninja2020/components/livewire/invoices-table.blade.php and
 * App\Models\Invoice::badgeForStatus(). The admin app (Flutter) draws on a canvas: no
 * markup to read there. Expected matches in fixtures/ are checked by invoice-ninja.test.ts.
 */
export const SEEN = 'Invoice Ninja portal invoices-table at commit a148eec (2024-09-19), read 2026-11-23';

export const SELECTORS = {
  /** portal-list-fr and portal-list-en: 1 */
  table: 'table.invoices-table',
  headers: 'thead th',
  /** Header cells are found by the Livewire sort key on their span (attribute wire:click) */
  sortAttribute: 'wire:click',
  sortKeys: { invoiceNumber: "sortBy('number')", issueDate: "sortBy('date')", total: "sortBy('amount')", amountDue: "sortBy('balance')", dueDate: "sortBy('due_date')", status: "sortBy('status_id')" },
  /** 3 rows in each fixture */
  rows: 'tbody > tr',
  badge: 'span.badge',
} as const;
