import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { emptyDetected } from '../detect/invoice-reading';
import { seedDemoData } from './ledger-access';
import { composeMatches, scanObservations } from './scan-record';
import { loadClientSlices, loadState } from './state';

describe('what the background answers the content scripts', () => {
  it('records a page’s scan as observations with the page as their source', () => {
    const a = { ...emptyDetected(), invoiceNumber: 'F-1' };
    const b = { ...emptyDetected(), invoiceNumber: 'F-2' };
    const at = '2026-11-20T10:00:00.000Z';
    const url = 'https://app.example/invoices';
    expect(scanObservations({ url, kind: 'list', invoices: [a, b] }, at)).toEqual([
      { detected: a, source: { kind: 'list', where: url, at }, confirmed: undefined },
      { detected: b, source: { kind: 'list', where: url, at }, confirmed: undefined },
    ]);
    expect(
      scanObservations({ url, kind: 'page', invoices: [a], confirmed: true }, at)[0]!.confirmed,
    ).toBe(true);
  });

  it('names the clients a compose is written to, with their overdue invoices counted', async () => {
    await seedDemoData();
    const state = await loadState();
    const emails = state.ledger.clients.flatMap((c) => c.emails);
    const matches = composeMatches(await loadClientSlices({ emails }));
    expect(matches.map((m) => m.clientId).sort()).toEqual(
      state.ledger.clients
        .filter((c) => c.emails.length)
        .map((c) => c.id)
        .sort(),
    );
    for (const m of matches) {
      const s = state.suggestions.find((x) => x.clientId === m.clientId);
      expect(m.clientName).toBe(state.ledger.clients.find((c) => c.id === m.clientId)!.name);
      expect(m.overdueCount).toBe(s ? s.invoices.filter((i) => i.daysLate > 0).length : 0);
    }
    expect(matches.some((m) => m.overdueCount > 0)).toBe(true);
    expect(composeMatches([])).toEqual([]);
  });
});
