import type { CalendarDate } from '../model/dates';
import type { Invoice } from '../model/invoice';

/** One amount owed on one date: a whole invoice, or one instalment of its schedule. */
export interface Due {
  invoice: Invoice;
  dueDate: CalendarDate;
  amountDue: number;
  instalment?: string;
}

/**
 * Splits invoices into dues. With a payment schedule, what was paid (total − amount
 * due) settles the earliest instalments first, so a missed instalment is overdue on
 * its own date while later ones are not yet due.
 */
export function allocateDues(invoices: Invoice[]): Due[] {
  const out: Due[] = [];
  for (const inv of invoices) {
    if (!inv.dueDate) continue;
    if (!inv.schedule?.length) {
      out.push({ invoice: inv, dueDate: inv.dueDate, amountDue: inv.amountDue });
      continue;
    }
    let paid = inv.total - inv.amountDue;
    const parts = [...inv.schedule].sort((a, b) => a.dueDate.localeCompare(b.dueDate));
    for (const part of parts) {
      const settled = Math.min(paid, part.amount);
      paid -= settled;
      if (part.amount - settled > 0)
        out.push({
          invoice: inv,
          dueDate: part.dueDate,
          amountDue: part.amount - settled,
          instalment: part.label,
        });
    }
  }
  return out;
}
