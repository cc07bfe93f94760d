import { describe, expect, it } from 'vitest';
import type { Client } from '../model/client';
import type { LedgerEvent } from '../model/event';
import type { Invoice } from '../model/invoice';
import { aging, bucketOf, dso, riskProfile } from './portfolio';

const TODAY = '2026-11-23';
const client = (over: Partial<Client> = {}): Client => ({
  id: 'c',
  name: 'C',
  emails: [],
  language: 'fr',
  kind: 'b2b',
  ...over,
});
const inv = (
  id: string,
  due: string,
  amountDue: number,
  total = 100_000,
  issue = '2026-09-01',
): Invoice => ({
  id,
  number: id,
  clientId: 'c',
  issueDate: issue,
  dueDate: due,
  currency: 'EUR',
  total,
  amountDue,
  status: amountDue ? 'open' : 'paid',
  sources: [],
});
const pay = (id: string, date: string): LedgerEvent => ({
  id: `p${id}`,
  type: 'payment',
  amount: 100_000,
  currency: 'EUR',
  clientId: 'c',
  invoiceIds: [id],
  date,
});

describe('portfolio', () => {
  it('aging buckets', () => {
    expect([0, 1, 30, 31, 60, 61, 90, 91].map(bucketOf)).toEqual([
      'not-due',
      '1-30',
      '1-30',
      '31-60',
      '31-60',
      '61-90',
      '61-90',
      '90+',
    ]);
    const a = aging(
      [
        inv('a', '2026-12-01', 1000),
        inv('b', '2026-11-01', 2000),
        inv('c', '2026-07-01', 3000),
        inv('d', '2026-07-01', 0),
      ],
      TODAY,
    ).get('EUR')!;
    expect(a).toEqual({ 'not-due': 1000, '1-30': 2000, '31-60': 0, '61-90': 0, '90+': 3000 });
  });

  it('DSO over the last 90 days', () => {
    const d = dso(
      [
        inv('a', '2026-11-01', 50_000, 100_000, '2026-10-01'),
        inv('b', '2026-12-01', 100_000, 100_000, '2026-11-01'),
      ],
      TODAY,
    );
    expect(d.get('EUR')).toBe(Math.round((150_000 / 200_000) * 90));
  });

  it('DSO on a past day: invoices issued later did not exist, what was paid later was still owed', () => {
    const invoices = [
      inv('a', '2026-09-01', 0, 100_000, '2026-08-01'), // paid on 2026-10-15
      inv('b', '2026-10-01', 100_000, 100_000, '2026-09-01'), // still open
      inv('c', '2026-12-01', 100_000, 100_000, '2026-11-01'), // issued after 2026-10-01
    ];
    const d = dso(invoices, '2026-10-01', 90, [pay('a', '2026-10-15')]);
    // Open on 2026-10-01: a (paid later) and b; billed in the 90 days before: a and b.
    expect(d.get('EUR')).toBe(Math.round((200_000 / 200_000) * 90));
    // Without the payment events, a paid invoice cannot be placed in time: it is not counted.
    expect(dso(invoices, '2026-10-01').get('EUR')).toBe(Math.round((100_000 / 200_000) * 90));
  });

  it.each([
    [
      'a good payer',
      [inv('a', '2026-06-01', 0), inv('b', '2026-07-01', 0)],
      [pay('a', '2026-06-03'), pay('b', '2026-07-02')],
      {},
      'none',
      0,
    ],
    [
      'a slow payer (40 days on average)',
      [inv('a', '2026-06-01', 0), inv('b', '2026-07-01', 0)],
      [pay('a', '2026-07-11'), pay('b', '2026-08-10')],
      {},
      'deposit',
      30,
    ],
    [
      'slow and already chased hard',
      [inv('a', '2026-06-01', 0)],
      [
        pay('a', '2026-07-20'),
        {
          id: 'r',
          type: 'reminder',
          step: 'reminder-2',
          channel: 'email',
          clientId: 'c',
          invoiceIds: ['a'],
          date: '2026-06-20',
        } as LedgerEvent,
      ],
      {},
      'schedule',
      50,
    ],
    [
      'red flags only',
      [],
      [],
      { redFlags: ['cash-problems', 'no-written-agreement'] },
      'schedule',
      50,
    ],
    [
      'formal notice and red flags',
      [inv('a', '2026-06-01', 100_000)],
      [
        {
          id: 'l',
          type: 'letter',
          step: 'formal-notice',
          clientId: 'c',
          invoiceIds: ['a'],
          date: '2026-08-01',
        } as LedgerEvent,
      ],
      { redFlags: ['other-company'] },
      'prepay',
      100,
    ],
    ['insolvency', [], [], { insolvency: true }, 'prepay', 100],
  ] as const)('recommendation for %s', (_label, invoices, events, over, level, deposit) => {
    const p = riskProfile(client(over as Partial<Client>), [...invoices], [...events], TODAY);
    expect(p.recommendation.level).toBe(level);
    expect(p.recommendation.depositPercent).toBe(deposit);
    if (level !== 'none') expect(p.recommendation.reasons.length).toBeGreaterThan(0);
  });
});
