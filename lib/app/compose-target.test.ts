import { describe, expect, it } from 'vitest';
import {
  composeFor,
  contextFromQuery,
  insertDraft,
  panelContext,
  type ComposeTarget,
  type InsertChannels,
} from './compose-target';
import type { ComposeGrant } from './grants';

const TOKEN = 'a'.repeat(64);
const grant: ComposeGrant = {
  page: 'sidepanel',
  tabId: 4,
  origin: 'https://mail.google.com',
  compose: 'c-7',
  to: [' Compta@Acme.example ', ''],
};

describe('the side panel’s context', () => {
  it('as a page of its own, comes from its query (recipients trimmed, lower case)', async () => {
    const params = new URLSearchParams(
      'compose=c-1&tab=12&to=Marc@Studio.example,%20b@x.example,&client=k&invoice=F-1',
    );
    const ctx = await panelContext({
      framed: false,
      params,
      hash: '',
      claim: () => Promise.reject(new Error('not asked')),
    });
    expect(ctx).toEqual({
      composeId: 'c-1',
      composeTab: 12,
      recipients: ['marc@studio.example', 'b@x.example'],
      clientId: 'k',
      invoiceNumber: 'F-1',
    });
    expect(contextFromQuery(new URLSearchParams())).toEqual({
      composeId: null,
      composeTab: null,
      recipients: [],
      clientId: null,
      invoiceNumber: null,
    });
  });

  it('framed, comes from the grant only: the query (any page could write it) is ignored', async () => {
    const claimed: string[] = [];
    const ctx = await panelContext({
      framed: true,
      params: new URLSearchParams('compose=evil&tab=1&to=victim@x.example&client=k'),
      hash: `#t=${TOKEN}`,
      claim: async (t) => (claimed.push(t), grant),
    });
    expect(claimed).toEqual([TOKEN]);
    expect(ctx).toEqual({
      composeId: 'c-7',
      composeTab: null,
      recipients: ['compta@acme.example'],
      clientId: null,
      invoiceNumber: null,
    });
  });

  it('framed without a token, or with one the background refuses, is no context (nothing shown)', async () => {
    const refuse = async () => null;
    const params = new URLSearchParams('client=k');
    expect(await panelContext({ framed: true, params, hash: '', claim: refuse })).toBeNull();
    expect(
      await panelContext({
        framed: true,
        params,
        hash: '#t=short',
        claim: () => Promise.resolve(grant),
      }),
    ).toBeNull();
    expect(
      await panelContext({ framed: true, params, hash: `#t=${TOKEN}`, claim: refuse }),
    ).toBeNull();
  });
});

describe('which compose a draft goes into', () => {
  const client = { id: 'acme', emails: ['compta@acme.example'] };
  const composes = [
    { id: 'other', recipients: ['someone@else.example'] },
    { id: 'acme-compose', recipients: ['boss@acme.example', 'compta@acme.example'] },
  ];

  it('is the one written to the client, else the first, else none', () => {
    expect(composeFor(composes, client)).toBe('acme-compose');
    expect(composeFor([composes[0]!], client)).toBe('other');
    expect(composeFor([], client)).toBeNull();
  });

  const draft = { subject: 'Relance F-1', text: 'Bonjour', html: '<p>Bonjour</p>' };
  const suggestion = { invoices: [{ invoiceId: 'i-1' }, { invoiceId: 'i-2' }] } as Parameters<
    typeof insertDraft
  >[0]['suggestion'];
  const message = {
    subject: draft.subject,
    text: draft.text,
    html: draft.html,
    clientId: 'acme',
    step: 'reminder-1' as const,
    invoiceIds: ['i-1', 'i-2'],
  };

  /** The background and the tabs as a test sees them: what was asked, and their answers. */
  function channels(over: Partial<InsertChannels> = {}) {
    const sent: unknown[] = [];
    const ch: InsertChannels = {
      framed: false,
      insert: async (data) => {
        sent.push(data);
        return { ok: true, value: { inserted: true, tabId: data.tabId ?? 33 } };
      },
      activeTab: async () => 21,
      composes: async () => ({ ok: true, value: composes.map((c) => ({ ...c, subject: '' })) }),
      ...over,
    };
    return { ch, sent };
  }
  const run = async (
    context: { composeId: string | null; composeTab: number | null },
    ch: InsertChannels,
  ) => {
    const targets: ComposeTarget[] = [];
    const said = await insertDraft(
      {
        draft,
        kind: 'reminder-1',
        suggestion,
        client,
        lang: 'en',
        context,
        inserted: (t) => targets.push(t),
      },
      ch,
    );
    return { said, targets };
  };

  it('docked in a compose (framed), goes to that compose; the background knows the tab', async () => {
    const { ch, sent } = channels({
      framed: true,
      activeTab: () => Promise.reject(new Error('no tabs API in a framed page')),
    });
    const r = await run({ composeId: 'c-7', composeTab: null }, ch);
    expect(sent).toEqual([{ composeId: 'c-7', ...message }]);
    expect(r).toEqual({ said: null, targets: [{ tabId: 33, composeId: 'c-7' }] });
  });

  it('opened for a compose of a known tab, goes there without looking at the active tab', async () => {
    const { ch, sent } = channels({ activeTab: () => Promise.reject(new Error('not asked')) });
    const r = await run({ composeId: 'c-1', composeTab: 12 }, ch);
    expect(sent).toEqual([{ tabId: 12, composeId: 'c-1', ...message }]);
    expect(r.targets).toEqual([{ tabId: 12, composeId: 'c-1' }]);
  });

  it('otherwise goes to the active tab’s compose written to the client', async () => {
    const { ch, sent } = channels();
    const r = await run({ composeId: null, composeTab: null }, ch);
    expect(sent).toEqual([{ tabId: 21, composeId: 'acme-compose', ...message }]);
    expect(r).toEqual({ said: null, targets: [{ tabId: 21, composeId: 'acme-compose' }] });
  });

  it('says why when there is no tab, no compose, no mail app, or the insert failed', async () => {
    const none = async () => ({ ok: true as const, value: [] });
    const cases: [Partial<InsertChannels>, string][] = [
      [{ activeTab: async () => undefined }, 'no active tab'],
      [{ composes: none }, 'no compose window open in the active tab'],
      [
        { composes: () => Promise.reject(new Error('no receiver')) },
        'the active tab is not Gmail or Outlook',
      ],
      [{ composes: async () => ({ ok: false, error: 'list failed' }) }, 'list failed'],
      [{ insert: async () => ({ ok: false, error: 'compose gone' }) }, 'compose gone'],
    ];
    for (const [over, text] of cases) {
      const { ch } = channels(over);
      const r = await run({ composeId: null, composeTab: null }, ch);
      expect(r.said).toContain(text);
      expect(r.targets).toEqual([]);
    }
  });
});
