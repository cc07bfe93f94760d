import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY } from '../model/policy';
import { seedDemoData } from './ledger-access';
import { ladderOverride, templateSample, withUserRate } from './options-settings';
import { loadState } from './state';

describe('the options page’s settings', () => {
  it('writes of an edited ladder only what the user may override', () => {
    const edited = { ...DEFAULT_POLICY, minSpacingDays: 9, noticeDeadlineDays: 15 };
    expect(ladderOverride(edited)).toEqual({
      steps: edited.steps,
      minSpacingDays: 9,
      promiseGraceDays: edited.promiseGraceDays,
      noticeDeadlineDays: 15,
    });
  });

  it('adds a half-year rate to a series, keeping the others and correcting the same half-year', () => {
    const cur = {
      'fr-legal-pro': { '2026-H1': { percent: '7.1' } },
      'ecb-mro': { '2026-H2': { percent: '2.15' } },
    };
    const next = withUserRate(cur, 'fr-legal-pro', '2026-H2', '6.9');
    expect(next).toEqual({
      'fr-legal-pro': { '2026-H1': { percent: '7.1' }, '2026-H2': { percent: '6.9' } },
      'ecb-mro': { '2026-H2': { percent: '2.15' } },
    });
    expect(withUserRate(next, 'fr-legal-pro', '2026-H1', '7.2')['fr-legal-pro']).toEqual({
      '2026-H1': { percent: '7.2' },
      '2026-H2': { percent: '6.9' },
    });
    expect(cur['fr-legal-pro']).toEqual({ '2026-H1': { percent: '7.1' } });
    expect(withUserRate({}, 'ecb-mro', '2027-H1', '2')).toEqual({
      'ecb-mro': { '2027-H1': { percent: '2' } },
    });
  });
});

describe('the template editor’s sample', () => {
  it('is the first client with invoices owed, with the sender and today', async () => {
    await seedDemoData();
    const state = await loadState();
    const first = state.suggestions.find((s) => s.invoices.length)!;
    const sample = templateSample(state);
    expect(sample).toEqual({
      tone: first.tone,
      client: state.ledger.clients.find((c) => c.id === first.clientId),
      sender: state.sender,
      invoices: first.invoices,
      amounts: first.amounts,
      daysLate: first.daysLate,
      history: first.history,
      jurisdiction: first.jurisdiction,
      lawRef: first.lawRef,
      today: state.today,
    });
    expect(sample!.client).toBeDefined();
  });

  it('is none when no client owes anything, or the client is gone', async () => {
    await seedDemoData();
    const state = await loadState();
    expect(templateSample({ ...state, suggestions: [] })).toBeNull();
    const ledger = { ...state.ledger, clients: [] };
    expect(templateSample({ ...state, ledger })).toBeNull();
  });
});
