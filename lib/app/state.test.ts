import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { seedDemoData } from './actions';
import { loadClientSlices, loadState, today } from './state';
import { popupView, SNAPSHOT_SIZE } from './snapshot';
import { firstSnapshot, parseSnapshot, SNAPSHOT_STORAGE_KEY, startSnapshotRead } from './snapshot-early';

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

describe('popup snapshot (stored as one JSON string)', () => {
  it('round-trips the 50 most urgent clients and turns anything else into null, never a half view', async () => {
    await seedDemoData();
    const state = await loadState();
    const view = popupView(state, SNAPSHOT_SIZE);
    const back = parseSnapshot(JSON.stringify(view));
    expect(back).toEqual(view);
    expect(back!.suggestions.map((s) => s.clientId)).toEqual(state.suggestions.slice(0, SNAPSHOT_SIZE).map((s) => s.clientId));
    for (const bad of [undefined, null, 42, '', '{"today":', '{"today":"2026-11-23"}', JSON.stringify({ ...view, suggestions: 'x' }), { ...view }]) {
      expect(parseSnapshot(bad)).toBeNull();
    }
  });

  it('the first read is the one the boot script started, or a new one', async () => {
    const stored = JSON.stringify(popupView(await loadState(), SNAPSHOT_SIZE));
    let reads = 0;
    const area = { get: async (key: string) => (reads++, { [key]: key === SNAPSHOT_STORAGE_KEY ? stored : undefined }) };
    expect((await firstSnapshot(area))?.today).toBe(today());
    expect(reads).toBe(1);
    startSnapshotRead(area);
    expect(reads).toBe(2);
    await firstSnapshot(area);
    expect(reads).toBe(2);
  });
});
