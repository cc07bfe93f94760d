import Papa from 'papaparse';
import type { Ledger } from '../escalation/plan';
import { minorToDecimal } from '../model/money';

/** CSV exports for a spreadsheet or an accountant: invoices, and the timeline of events. */
export function invoicesCsv(ledger: Ledger): string {
  const clients = new Map(ledger.clients.map((c) => [c.id, c]));
  return Papa.unparse(
    ledger.invoices.map((i) => ({
      number: i.number,
      client: clients.get(i.clientId)?.name ?? '',
      clientEmail: clients.get(i.clientId)?.emails[0] ?? '',
      issueDate: i.issueDate ?? '',
      dueDate: i.dueDate ?? '',
      currency: i.currency,
      total: minorToDecimal(i.total, i.currency),
      amountDue: minorToDecimal(i.amountDue, i.currency),
      status: i.status,
    })),
    { escapeFormulae: true },
  );
}

export function eventsCsv(ledger: Ledger): string {
  const clients = new Map(ledger.clients.map((c) => [c.id, c.name]));
  const numbers = new Map(ledger.invoices.map((i) => [i.id, i.number]));
  return Papa.unparse(
    [...ledger.events]
      .sort((a, b) => a.date.localeCompare(b.date))
      .map((e) => ({
        date: e.date,
        client: clients.get(e.clientId) ?? e.clientId,
        invoices: e.invoiceIds.map((id) => numbers.get(id) ?? id).join(' '),
        type: e.type,
        step: e.type === 'reminder' || e.type === 'letter' ? e.step : '',
        detail:
          e.type === 'payment'
            ? minorToDecimal(e.amount, e.currency) + ' ' + e.currency
            : e.type === 'call'
              ? e.outcome + (e.promiseDate ? ` ${e.promiseDate}` : '')
              : e.type === 'dispute'
                ? e.reason
                : e.type === 'promise' || e.type === 'snooze' || e.type === 'payment-plan'
                  ? e.until
                  : e.type === 'letter'
                    ? (e.trackingNumber ?? '')
                    : e.type === 'reminder'
                      ? (e.subject ?? '')
                      : '',
        note: e.note ?? '',
      })),
    { escapeFormulae: true },
  );
}
