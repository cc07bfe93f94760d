import { awaitingPayment } from '../bank/store';
import { planClient, type Suggestion } from '../escalation/plan';
import type { Client } from '../model/client';
import type { AppState } from './state';

/**
 * The client the side panel shows: the one asked for (?client= or a click), else the one the
 * compose is written to (by any of its addresses, in any case), else the one an invoice
 * number (?invoice=, in any case) belongs to.
 */
export function panelClient(
  state: Pick<AppState, 'ledger'>,
  asked: { clientId: string | null; recipients: string[]; invoiceNumber: string | null },
): Client | null {
  const { clients, invoices } = state.ledger;
  const byRecipient = asked.recipients.length
    ? clients.find((c) => c.emails.some((e) => asked.recipients.includes(e.toLowerCase())))
    : undefined;
  const number = asked.invoiceNumber?.toUpperCase();
  const byInvoice = number ? invoices.find((i) => i.number.toUpperCase() === number) : undefined;
  return (
    clients.find((c) => c.id === (asked.clientId ?? byRecipient?.id ?? byInvoice?.clientId)) ?? null
  );
}

/**
 * The client's suggestion: the one of today's plan, else planned for this client alone (a
 * client with nothing due today still has its history, its amounts and its next step).
 */
export function suggestionFor(state: AppState, client: Client): Suggestion | null {
  return (
    state.suggestions.find((s) => s.clientId === client.id) ??
    planClient({
      client,
      invoices: state.ledger.invoices.filter((i) => i.clientId === client.id),
      events: state.ledger.events.filter((e) => e.clientId === client.id),
      policy: state.policy,
      today: state.today,
      options: {
        rates: state.rates,
        senderCountry: state.sender.country,
        awaitingPayment: state.bank ? awaitingPayment(state.bank) : undefined,
      },
    })
  );
}
