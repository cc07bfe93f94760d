/**
 * Invoice Ninja's client portal. Facts read on 2026-11-23 in invoiceninja/invoiceninja at
 * commit a148eec09bd1283db55112cbdfe26788bc234974 (2024-09-19),
 * resources/views/portal/ninja2020/components/livewire/invoices-table.blade.php and
 * App\Models\Invoice::badgeForStatus(). The admin app (Flutter) draws on a canvas: no
 * markup to read there. Expected matches in fixtures/ are checked by invoice-ninja.test.ts.
 */
export const SEEN =
  'Invoice Ninja portal invoices-table and PDF designs (data-ref) at commit a148eec (2024-09-19), read 2026-11-23 and 2026-12-01';

export const SELECTORS = {
  /** portal-list-fr and portal-list-en: 1 */
  table: 'table.invoices-table',
  headers: 'thead th',
  /** Header cells are found by the Livewire sort key on their span (attribute wire:click) */
  sortAttribute: 'wire:click',
  sortKeys: {
    invoiceNumber: "sortBy('number')",
    issueDate: "sortBy('date')",
    total: "sortBy('amount')",
    amountDue: "sortBy('balance')",
    dueDate: "sortBy('due_date')",
    status: "sortBy('status_id')",
  },
  /** 3 rows in each fixture */
  rows: 'tbody > tr',
  badge: 'span.badge',

  // The PDF designs (Clean, Bold, Modern, Plain, Business…, also shown in the client portal and
  // the public link), read 2026-12-01 at the same commit: resources/views/pdf-designs/*.html and
  // app/Services/PdfMaker/Design.php, which mark every value with a data-ref attribute whatever
  // the design or the language (the design docs list them: invoiceninja/invoiceninja.github.io
  // source/en/custom-fields… "Selectors"). A row whose value is empty is drawn with `hidden`.
  /** The details table; design-clean-fr and design-bold-en: 1 */
  designDetails: '#entity-details',
  ref: {
    number: '[data-ref="entity_details-invoice.number"]',
    creditNumber: '[data-ref="entity_details-credit.number"]',
    date: '[data-ref="entity_details-invoice.date"], [data-ref="entity_details-credit.date"]',
    dueDate: '[data-ref="entity_details-invoice.due_date"]',
    /** Shown only when a deposit is asked for: the due date shown is then the deposit's */
    partialDue: '[data-ref="entity_details-invoice.partial_due"]',
    balanceDue: '[data-ref="entity_details-invoice.balance_due"]',
    company: '[data-ref="company_details-company.name"]',
    companyBlock: '#company-details',
    client: '[data-ref="client_details-client.name"]',
    clientBlock: '#client-details',
    subtotal: '[data-ref="totals_table-subtotal"]',
    discount: '[data-ref="totals_table-discount"]',
    /** One per tax rate: totals-table-total_tax_0, _1… (with a "-label" twin) */
    taxes: '[data-ref^="totals-table-total_tax_"]:not([data-ref$="-label"])',
    surcharges: '[data-ref^="totals_table-custom_surcharge"]:not([data-ref$="-label"])',
    total: '[data-ref="totals_table-total"]',
    paid: '[data-ref="totals_table-paid_to_date"]',
    /** $balance_due and its alias $outstanding, as the totals columns setting names them */
    due: '[data-ref="totals_table-balance_due"], [data-ref="totals_table-outstanding"]',
  },
} as const;
