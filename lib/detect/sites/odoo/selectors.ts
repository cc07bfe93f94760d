/**
 * Odoo's customer portal (account module). Facts read on 2026-11-23 in odoo/odoo at commit
 * 0096690e2914876086957dceaff69ffb3b004400, addons/account/views/account_portal_templates.xml
 * (portal_my_invoices, portal_invoice_page) and the portal table it calls. Expected
 * matches in fixtures/ are checked by odoo.test.ts.
 */
export const SEEN = 'Odoo account_portal_templates.xml at commit 0096690 (read 2026-11-23)';

export const SELECTORS = {
  // portal_my_invoices — portal-list-en: 1 table, 3 rows
  listTable: 'table.o_portal_my_doc_table',
  /** Columns by their name attribute (the labels are translated) */
  columns: {
    invoiceNumber: 'th[name="invoice_number"]',
    issueDate: 'th[name="invoice_date"]',
    dueDate: 'th[name="due_date"]',
    amountDue: 'th[name="amount_due"]',
    status: 'th[name="status"]',
  },
  rows: 'tbody > tr',
  statusBadge: 'td[name="invoice_status"] .badge',

  // portal_invoice_page — portal-invoice-fr: 1 each
  sidebar: '.o_portal_invoice_sidebar',
  /** The breadcrumb's last item: the invoice's name */
  name: 'ol.o_portal_submenu > li.breadcrumb-item.active',
  total: '.o_portal_invoice_sidebar h2',
  /** Shown only while the invoice is not paid */
  unpaidBlock: '.o_portal_invoice_sidebar .my-1',
  alreadyPaid: '.o_portal_invoice_sidebar .alert-success > span',
  leftToPay: '.o_portal_invoice_sidebar .alert-warning > span',
  /** ISO date of the next due date in the datetime attribute */
  dueDate: '.o_portal_invoice_sidebar .o_portal_sidebar_timeago[datetime]',
} as const;
