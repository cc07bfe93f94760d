import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { addEvents, clearLedger } from '../ledger/repo';
import { seedDemoData } from './ledger-access';
import {
  letterDraft,
  letterKind,
  letterLang,
  letterPlace,
  letterSuggestion,
  sentReminders,
} from './letter-view';
import { db, loadState } from './state';

beforeEach(async () => {
  fakeBrowser.reset();
  await clearLedger(await db());
});

describe('the printable page', () => {
  it('is a formal notice unless the query names its kind', () => {
    expect(letterKind(null)).toBe('formal-notice');
    expect(letterKind('evidence')).toBe('evidence');
  });

  it('is in the language asked for, else the client’s', () => {
    expect(letterLang('en', { language: 'fr' })).toBe('en');
    expect(letterLang('fr', { language: 'en' })).toBe('fr');
    expect(letterLang(null, { language: 'en' })).toBe('en');
    expect(letterLang('de', { language: 'fr' })).toBe('fr');
  });

  it('is written from the town of the sender’s address, without its postcode', () => {
    expect(letterPlace({ address: '12 rue des Lilas, 69003 Lyon' })).toBe('Lyon');
    expect(letterPlace({ address: '12 rue des Lilas\n75011 Paris' })).toBe('Paris');
    expect(letterPlace({})).toBeUndefined();
  });

  it('has a formal draft for a letter, none for the statement or the evidence file', async () => {
    await seedDemoData();
    const state = await loadState();
    const s = state.suggestions.find((x) => x.invoices.length)!;
    const client = state.ledger.clients.find((c) => c.id === s.clientId)!;
    const planned = letterSuggestion(state, client)!;
    expect(planned.invoices.map((i) => i.invoiceId).sort()).toEqual(
      s.invoices.map((i) => i.invoiceId).sort(),
    );
    const q = { client, lang: 'fr' as const, suggestion: planned };
    const notice = letterDraft(state, { ...q, kind: 'formal-notice' });
    expect(notice?.subject).toBeTruthy();
    expect(notice?.text).toContain(planned.invoices[0]!.number);
    expect(letterDraft(state, { ...q, kind: 'statement' })).toBeNull();
    expect(letterDraft(state, { ...q, kind: 'evidence' })).toBeNull();
  });

  it('reproduces in the evidence file the client’s reminders that have a text, only those', async () => {
    await seedDemoData();
    const before = await loadState();
    const [client, other] = before.ledger.clients;
    const reminder = (clientId: string, subject?: string, body?: string) => ({
      type: 'reminder' as const,
      step: 'reminder-1' as const,
      channel: 'email' as const,
      clientId,
      invoiceIds: [],
      date: '2026-11-23',
      ...(subject === undefined ? {} : { subject }),
      ...(body === undefined ? {} : { body }),
    });
    await addEvents(await db(), [
      reminder(client!.id, 'Relance F-1', 'Bonjour'),
      reminder(client!.id, undefined, 'Corps seul'),
      reminder(other!.id, 'Autre client', 'Bonjour'),
    ]);
    const { ledger } = await loadState();
    const shown = sentReminders(ledger.events, client!.id);
    expect(shown.map((e) => `${e.subject ?? '-'} / ${e.body ?? '-'}`).sort()).toEqual([
      '- / Corps seul',
      'Relance F-1 / Bonjour',
    ]);
  });
});
