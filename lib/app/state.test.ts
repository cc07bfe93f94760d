import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { seedDemoData } from './actions';
import { loadClientSlices, loadState, today } from './state';

describe('client slices (what the content scripts’ lookups read)', () => {
  it('read by index give the same plan as the whole ledger, for recipients in any case and for client ids', async () => {
    await seedDemoData();
    const full = await loadState();
    const slices = await loadClientSlices({ emails: ['Marc@Studio-Lumiere.example', 'nobody@unknown.example'] });
    expect(slices.map((s) => s.client.id)).toEqual(['demo:studio']);
    expect(slices[0]!.invoices.map((i) => i.id).sort()).toEqual(full.ledger.invoices.filter((i) => i.clientId === 'demo:studio').map((i) => i.id).sort());
    expect(slices[0]!.suggestion).toEqual(full.suggestions.find((s) => s.clientId === 'demo:studio'));

    const byId = await loadClientSlices({ clientIds: ['demo:boulangerie', 'demo:missing'] }, today());
    expect(byId.map((s) => s.client.id)).toEqual(['demo:boulangerie']);
    expect(byId[0]!.events).toHaveLength(full.ledger.events.filter((e) => e.clientId === 'demo:boulangerie').length);
    expect(byId[0]!.suggestion).toEqual(full.suggestions.find((s) => s.clientId === 'demo:boulangerie'));

    expect(await loadClientSlices({ emails: [] })).toEqual([]);
  });
});
