import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { dailyNotice, replan, type ReplanDeps } from './replan';
import { loadState, type AppState } from './state';
import { seedDemoData } from './ledger-access';
import { DEFAULT_PREFERENCES } from '../settings';

const due = (n: number) =>
  Array.from({ length: n }, (_, i) => ({
    clientId: `c${i}`,
    status: 'due',
  })) as unknown as AppState['suggestions'];
const state = (over: Partial<Pick<AppState, 'suggestions' | 'preferences'>> = {}) => ({
  today: '2026-11-23',
  suggestions: due(2),
  preferences: { ...DEFAULT_PREFERENCES },
  ...over,
});
const at = (hour: number) => new Date(2026, 10, 23, hour, 0);

describe('the daily notification', () => {
  it('says how many reminders are due, once a day, from the notification hour, in the user’s language', () => {
    expect(dailyNotice(state(), at(10), '', 'fr-FR')).toBe('2 relances à faire aujourd’hui');
    expect(dailyNotice(state({ suggestions: due(1) }), at(10), '', 'en-GB')).toBe(
      '1 reminder to send today',
    );
    expect(
      dailyNotice(
        state({ preferences: { ...DEFAULT_PREFERENCES, uiLang: 'en' } }),
        at(10),
        '',
        'fr-FR',
      ),
    ).toBe('2 reminders to send today');
    expect(
      dailyNotice(
        state({ preferences: { ...DEFAULT_PREFERENCES, uiLang: 'fr' } }),
        at(10),
        '',
        'de-DE',
      ),
    ).toBe('2 relances à faire aujourd’hui');
  });

  it('stays silent with nothing due, notifications off, before the hour, or when already shown today', () => {
    expect(dailyNotice(state({ suggestions: [] }), at(10), '', 'fr')).toBeNull();
    expect(
      dailyNotice(
        state({ preferences: { ...DEFAULT_PREFERENCES, notifications: false } }),
        at(10),
        '',
        'fr',
      ),
    ).toBeNull();
    expect(dailyNotice(state(), at(8), '', 'fr')).toBeNull();
    expect(dailyNotice(state(), at(10), '2026-11-23', 'fr')).toBeNull();
  });
});

describe('replan', () => {
  async function deps(empty = false) {
    if (!empty) await seedDemoData();
    const s = await loadState();
    if (empty) s.suggestions = [];
    const calls: string[] = [];
    let last = '';
    const d: ReplanDeps = {
      loadState: async () => s,
      writeSnapshot: async (json) =>
        void calls.push(`snapshot:${(JSON.parse(json) as { today: string }).today}`),
      setBadge: async (text) => void calls.push(`badge:${text}`),
      lastNotified: async () => last,
      setLastNotified: async (day) => void (last = day),
      notify: async (message) => void calls.push(`notify:${message}`),
      uiLanguage: () => 'fr-FR',
      now: () => at(23),
    };
    const dueCount = s.suggestions.filter((x) => x.status === 'due').length;
    return { d, calls, day: s.today, dueCount };
  }

  it('writes the snapshot and the badge every time, notifies only on the daily run and only once a day', async () => {
    const { d, calls, day, dueCount } = await deps();
    expect(dueCount).toBeGreaterThan(1);
    await replan(d);
    expect(calls).toEqual([`snapshot:${day}`, `badge:${dueCount}`]);
    await replan(d, true);
    await replan(d, true);
    expect(calls.filter((c) => c.startsWith('notify:'))).toEqual([
      `notify:${dueCount} relances à faire aujourd’hui`,
    ]);
  });

  it('clears the badge when nothing is due', async () => {
    const { d, calls, day } = await deps(true);
    await replan(d, true);
    expect(calls).toEqual([`snapshot:${day}`, 'badge:']);
  });
});
