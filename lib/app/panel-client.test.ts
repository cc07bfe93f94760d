import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { clearLedger } from '../ledger/repo';
import { seedDemoData } from './ledger-access';
import { panelClient, suggestionFor } from './panel-client';
import { db, loadState } from './state';

beforeEach(async () => {
  fakeBrowser.reset();
  await clearLedger(await db());
  await seedDemoData();
});

describe('the side panel’s client', () => {
  it('is the one asked for first, then the compose’s recipient (any case), then the invoice’s', async () => {
    const state = await loadState();
    const [a, b, c] = state.ledger.clients;
    const invoiceOfC = state.ledger.invoices.find((i) => i.clientId === c!.id)!;
    const recipientOfB = b!.emails[0]!.toUpperCase();
    const ask = (clientId: string | null, recipients: string[], invoiceNumber: string | null) =>
      panelClient(state, { clientId, recipients, invoiceNumber })?.id ?? null;
    expect(ask(a!.id, [recipientOfB.toLowerCase()], invoiceOfC.number)).toBe(a!.id);
    expect(ask(null, ['nobody@x.example', b!.emails[0]!.toLowerCase()], invoiceOfC.number)).toBe(
      b!.id,
    );
    expect(ask(null, [], invoiceOfC.number.toLowerCase())).toBe(c!.id);
    expect(ask(null, ['nobody@x.example'], null)).toBeNull();
    expect(ask('gone', [], null)).toBeNull();
  });

  it('has today’s suggestion, or one planned for it alone when today’s plan has none', async () => {
    const state = await loadState();
    const planned = state.suggestions[0]!;
    const client = state.ledger.clients.find((c) => c.id === planned.clientId)!;
    expect(suggestionFor(state, client)).toBe(planned);
    const alone = suggestionFor({ ...state, suggestions: [] }, client);
    expect(alone?.clientId).toBe(client.id);
    expect(alone?.invoices.map((i) => i.invoiceId).sort()).toEqual(
      planned.invoices.map((i) => i.invoiceId).sort(),
    );
  });
});
