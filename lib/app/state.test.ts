import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { seedDemoData } from './ledger-access';
import { loadClientSlices, loadState, today } from './state';
import { CARD_ROWS, popupView, SNAPSHOT_SIZE } from './snapshot';
import {
  firstSnapshot,
  parseSnapshot,
  snapshotOfToday,
  SNAPSHOT_STORAGE_KEY,
} from './snapshot-store';

describe('client slices (what the content scripts’ lookups read)', () => {
  it('read by index give the same plan as the whole ledger, for recipients in any case and for client ids', async () => {
    await seedDemoData();
    const full = await loadState();
    const slices = await loadClientSlices({
      emails: ['Marc@Studio-Lumiere.example', 'nobody@unknown.example'],
    });
    expect(slices.map((s) => s.client.id)).toEqual(['demo:studio']);
    expect(slices[0]!.invoices.map((i) => i.id).sort()).toEqual(
      full.ledger.invoices
        .filter((i) => i.clientId === 'demo:studio')
        .map((i) => i.id)
        .sort(),
    );
    // The same plan, but plan() says a rate problem shared by several clients once (on the first).
    const same = (a: unknown) => ({ ...(a as object), warnings: [] });
    expect(same(slices[0]!.suggestion)).toEqual(
      same(full.suggestions.find((s) => s.clientId === 'demo:studio')),
    );

    const byId = await loadClientSlices(
      { clientIds: ['demo:boulangerie', 'demo:missing'] },
      today(),
    );
    expect(byId.map((s) => s.client.id)).toEqual(['demo:boulangerie']);
    expect(byId[0]!.events).toHaveLength(
      full.ledger.events.filter((e) => e.clientId === 'demo:boulangerie').length,
    );
    expect(same(byId[0]!.suggestion)).toEqual(
      same(full.suggestions.find((s) => s.clientId === 'demo:boulangerie')),
    );

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
    expect(back!.suggestions.map((s) => s.clientId)).toEqual(
      state.suggestions.slice(0, SNAPSHOT_SIZE).map((s) => s.clientId),
    );
    for (const bad of [
      undefined,
      null,
      42,
      '',
      '{"today":',
      '{"today":"2026-11-23"}',
      JSON.stringify({ ...view, suggestions: 'x' }),
      JSON.stringify({ ...view, format: 1 }),
      { ...view },
    ]) {
      expect(parseSnapshot(bad)).toBeNull();
    }
  });

  it('the popup reads the stored snapshot; a card keeps the rows it shows and how many it covers', async () => {
    const state = await loadState();
    const [first, ...rest] = state.suggestions;
    const five = Array.from({ length: 5 }, (_, i) => ({
      ...first!.invoices[0]!,
      invoiceId: `inv:X-${i}`,
      number: `X-${i}`,
    }));
    const stored = JSON.stringify(
      popupView({ ...state, suggestions: [{ ...first!, invoices: five }, ...rest] }, SNAPSHOT_SIZE),
    );
    let reads = 0;
    const area = {
      get: async (key: string) => (
        reads++,
        { [key]: key === SNAPSHOT_STORAGE_KEY ? stored : undefined }
      ),
    };
    const view = await firstSnapshot(area);
    expect(reads).toBe(1);
    expect(view?.today).toBe(today());
    expect(view!.suggestions[0]!.invoices.map((i) => i.number)).toEqual(
      five.slice(0, CARD_ROWS).map((i) => i.number),
    );
    expect(view!.suggestions[0]!.coveredCount).toBe(5);
    expect(await firstSnapshot({ get: async () => ({}) })).toBeNull();
    // The popup draws it only on the day it was taken.
    expect(snapshotOfToday(view, today())).toBe(view);
    expect(snapshotOfToday(view, '2099-01-01')).toBeNull();
    expect(snapshotOfToday(null, today())).toBeNull();
  });
});
