import { describe, expect, it } from 'vitest';
import type { Client } from '../model/client';
import type { LedgerEvent } from '../model/event';
import type { Invoice } from '../model/invoice';
import { DEFAULT_POLICY, type StepId } from '../model/policy';
import { plan, planClient } from './plan';

/**
 * The cases an accountant checked by hand, one row each: the ladder as a
 * progression, nothing disappearing, the interest following the money, insolvency.
 */
const TODAY = '2026-11-23';
const client = (over: Partial<Client> = {}): Client => ({
  id: 'c1',
  name: 'Atelier Durand',
  emails: ['compta@durand.example'],
  language: 'fr',
  kind: 'b2b',
  ...over,
});
const invoice = (over: Partial<Invoice> = {}): Invoice => ({
  id: 'i1',
  number: 'F-1',
  clientId: 'c1',
  issueDate: '2026-09-01',
  dueDate: '2026-10-01',
  currency: 'EUR',
  total: 120_000,
  amountDue: 120_000,
  status: 'open',
  sources: [],
  ...over,
});
let n = 0;
const step = (
  s: StepId,
  date: string,
  kind: 'reminder' | 'letter' | 'call' = s === 'call'
    ? 'call'
    : s === 'formal-notice'
      ? 'letter'
      : 'reminder',
): LedgerEvent =>
  kind === 'call'
    ? {
        id: `e${++n}`,
        clientId: 'c1',
        invoiceIds: ['i1'],
        type: 'call',
        outcome: 'no-answer',
        date,
      }
    : kind === 'letter'
      ? { id: `e${++n}`, clientId: 'c1', invoiceIds: ['i1'], type: 'letter', step: s, date }
      : {
          id: `e${++n}`,
          clientId: 'c1',
          invoiceIds: ['i1'],
          type: 'reminder',
          step: s,
          channel: 'email',
          date,
        };
const one = (events: LedgerEvent[], c = client(), inv = [invoice()], today = TODAY) =>
  planClient({ client: c, invoices: inv, events, policy: DEFAULT_POLICY, today })!;

describe('the ladder is a progression', () => {
  it.each<[string, LedgerEvent[], Partial<Client>, StepId | null, string, StepId[]]>([
    [
      'formal notice by registered letter, no call ever → recovery, not a call',
      [step('formal-notice', '2026-11-05')],
      {},
      'recovery',
      'due',
      ['reminder-1', 'call', 'reminder-2', 'final-notice', 'stop-work'],
    ],
    [
      'reminder 1, reminder 2, final notice, no call → formal notice',
      [
        step('reminder-1', '2026-10-02'),
        step('reminder-2', '2026-10-16'),
        step('final-notice', '2026-10-31'),
      ],
      {},
      'formal-notice',
      'due',
      ['call'],
    ],
    [
      'after the formal notice deadline → recovery, B2C too',
      [
        step('reminder-1', '2026-10-02'),
        step('reminder-2', '2026-10-16'),
        step('final-notice', '2026-10-31'),
        step('formal-notice', '2026-11-10'),
      ],
      { kind: 'b2c', jurisdiction: 'fr-b2c' },
      'recovery',
      'due',
      ['call', 'stop-work'],
    ],
    [
      'formal notice sent 3 days ago → recovery scheduled after its 8 days',
      [
        step('reminder-1', '2026-10-02'),
        step('reminder-2', '2026-10-16'),
        step('final-notice', '2026-10-31'),
        step('formal-notice', '2026-11-20'),
      ],
      {},
      'recovery',
      'scheduled',
      ['call', 'stop-work'],
    ],
    [
      'a call after reminder 2 (out of order) → final notice, not reminder 2 again',
      [
        step('reminder-1', '2026-10-02'),
        step('reminder-2', '2026-10-16'),
        step('call', '2026-10-20'),
      ],
      {},
      'final-notice',
      'due',
      [],
    ],
    [
      'key account after three reminders → formal notice, still to confirm',
      [
        step('reminder-1', '2026-10-02'),
        step('reminder-2', '2026-10-16'),
        step('final-notice', '2026-10-31'),
      ],
      { keyAccount: true },
      'formal-notice',
      'due',
      ['call'],
    ],
  ])('%s', (_case, events, over, next, status, skipped) => {
    const s = one(events, client(over));
    expect(s.step).toBe(next);
    expect(s.status).toBe(status);
    expect(s.skipped.map((k) => k.step)).toEqual(skipped);
    for (const k of s.skipped)
      expect(k.reason.en).toMatch(/later step was already reached|disabled|no ongoing work/);
    if (over.keyAccount) expect(s.needsConfirmation).toBe(true);
  });

  it('the formal notice’s own deadline, when the letter gave one, decides when recovery opens', () => {
    const events: LedgerEvent[] = [
      step('reminder-1', '2026-10-02'),
      step('reminder-2', '2026-10-16'),
      step('final-notice', '2026-10-31'),
      {
        id: 'fn',
        clientId: 'c1',
        invoiceIds: ['i1'],
        type: 'letter',
        step: 'formal-notice',
        date: '2026-11-10',
        deadline: '2026-11-30',
      },
    ];
    expect(one(events)).toMatchObject({
      step: 'recovery',
      status: 'scheduled',
      date: '2026-12-01',
      noticeDeadline: '2026-11-30',
    });
    expect(
      one(events.slice(0, 3).concat({ ...events[3]!, deadline: undefined } as LedgerEvent)),
    ).toMatchObject({
      step: 'recovery',
      status: 'due',
      date: '2026-11-19',
      noticeDeadline: '2026-11-18',
    });
  });

  it('a per-client ladder keeps its rules: a client whose policy asks for 2 written reminders gets the formal notice after two', () => {
    const c = client({
      policy: { remindersBeforeFormalNotice: 2, steps: [{ id: 'final-notice', enabled: false }] },
    });
    const s = one([step('reminder-1', '2026-10-02'), step('reminder-2', '2026-10-16')], c);
    expect(s.step).toBe('formal-notice');
    expect(s.skipped.map((k) => k.step)).toContain('final-notice');
  });

  it('recovery for a public buyer is a référé-provision or mandatement d’office, not an injonction de payer', () => {
    const s = one(
      [
        step('reminder-1', '2026-10-02'),
        step('reminder-2', '2026-10-16'),
        step('final-notice', '2026-10-31'),
        step('formal-notice', '2026-11-10'),
      ],
      client({ kind: 'public', jurisdiction: 'fr-public' }),
    );
    expect(s.step).toBe('recovery');
    expect(s.reason.fr).toMatch(/référé-provision.*R541-1.*mandatement d’office/);
    expect(s.reason.fr).not.toMatch(/injonction de payer,/);
    expect(s.lawRef).toMatch(/L2192-13/);
  });
});

describe('nothing disappears, everything says why', () => {
  it('a client whose only invoice is disputed stays in plan(), blocked, with what to do', () => {
    const ledger = {
      clients: [client()],
      invoices: [invoice()],
      events: [
        {
          id: 'd',
          clientId: 'c1',
          invoiceIds: ['i1'],
          type: 'dispute',
          reason: 'livraison incomplète',
          date: '2026-11-01',
        } as LedgerEvent,
      ],
    };
    const [s] = plan(ledger, DEFAULT_POLICY, TODAY);
    expect(s).toMatchObject({ status: 'blocked', step: null });
    expect(s!.reason.fr).toMatch(
      /F-1 \(livraison incomplète\) contestée → répondre à la contestation, corriger la facture ou émettre un avoir, puis marquer le litige comme résolu/,
    );
    expect(s!.reason.en).toMatch(
      /answer the dispute, correct the invoice or issue a credit note, then mark the dispute resolved/,
    );
  });

  it('a call whose outcome was a dispute blocks the same way', () => {
    const s = one([
      {
        id: 'c',
        clientId: 'c1',
        invoiceIds: ['i1'],
        type: 'call',
        outcome: 'dispute',
        date: '2026-11-01',
      },
    ]);
    expect(s.status).toBe('blocked');
    expect(s.disputed.map((d) => d.number)).toEqual(['F-1']);
  });

  it('a broken promise is named in the reason', () => {
    const events: LedgerEvent[] = [
      step('reminder-1', '2026-10-02'),
      {
        id: 'p',
        clientId: 'c1',
        invoiceIds: ['i1'],
        type: 'call',
        outcome: 'promise',
        promiseDate: '2026-11-10',
        date: '2026-10-08',
      },
    ];
    const s = one(events);
    expect(s.brokenPromise).toBe('2026-11-10');
    expect(s.reason.fr).toContain('promesse de paiement du 10 novembre non tenue');
    expect(s.reason.en).toContain('promise to pay by 10 November not kept');
  });

  it('a step that is due says since when, never a day inside the pause that just ended', () => {
    // Reminder 2 was due on 17 Oct (due + 15); a promise paused the ladder until 20 Nov (+ 3 days grace).
    const events: LedgerEvent[] = [
      step('reminder-1', '2026-10-02'),
      step('call', '2026-10-08'),
      {
        id: 'p',
        clientId: 'c1',
        invoiceIds: ['i1'],
        type: 'promise',
        until: '2026-11-17',
        date: '2026-10-10',
      },
    ];
    const s = one(events);
    expect(s).toMatchObject({ step: 'reminder-2', status: 'due', date: '2026-11-21' });
    expect(s.reason.fr).toContain('à faire depuis le 21 novembre (2 jours)');
    const without = one([step('reminder-1', '2026-10-02'), step('call', '2026-10-08')]);
    expect(without.date).toBe('2026-10-16');
    expect(without.reason.fr).toContain('à faire depuis le 16 octobre (38 jours)');
    expect(without.reason.en).toContain('due since 16 October (38 days ago)');
  });

  it('one warning per rate problem per plan, not one per client', () => {
    const clients = [
      client(),
      client({ id: 'c2', name: 'Bureau Petit' }),
      client({ id: 'c3', name: 'Café Roux' }),
    ];
    const invoices = clients.map((c, i) =>
      invoice({ id: `i${i}`, number: `F-${i}`, clientId: c.id }),
    );
    const list = plan({ clients, invoices, events: [] }, DEFAULT_POLICY, TODAY);
    const provisional = list.flatMap((s) => s.warnings).filter((w) => /provisional/.test(w.en));
    expect(provisional).toHaveLength(1);
    for (const s of list) expect(s.rateWarnings.some((w) => /provisional/.test(w.en))).toBe(true);
  });
});

describe('interest follows the money', () => {
  it.each<[string, Partial<Invoice>, LedgerEvent[], number | null, number]>([
    [
      'issue example: 4 800 € due 10 Oct, 2 000 € paid 31 Oct, 23 Nov at 12.40 %',
      { dueDate: '2026-10-10', total: 480_000, amountDue: 280_000, status: 'partially-paid' },
      [
        {
          id: 'pay',
          clientId: 'c1',
          invoiceIds: ['i1'],
          type: 'payment',
          amount: 200_000,
          currency: 'EUR',
          date: '2026-10-31',
        },
      ],
      5612,
      4000,
    ],
    [
      'a part payment of unknown date counts as paid before the due date (never over-claim)',
      { dueDate: '2026-10-10', total: 480_000, amountDue: 280_000, status: 'partially-paid' },
      [],
      Math.round((280_000 * 0.124 * 44) / 365),
      4000,
    ],
    [
      'a missing rate never drops the fixed fee (UK 2027-H1 unknown)',
      { currency: 'GBP', dueDate: '2027-01-05' },
      [],
      null,
      7000,
    ],
  ])('%s', (_case, over, events, interest, fee) => {
    const today = over.currency === 'GBP' ? '2027-01-20' : TODAY;
    const s = one(
      events,
      client(over.currency === 'GBP' ? { jurisdiction: 'uk' } : {}),
      [invoice(over)],
      today,
    );
    expect(s.invoices[0]!.interest).toBe(interest);
    expect(s.invoices[0]!.fixedFee).toBe(fee);
    expect(s.amounts[0]!.fixedFees).toBe(fee);
  });
});

describe('insolvency', () => {
  it.each<[string, Client['insolvency'], string | null, number | null, RegExp]>([
    [
      'dates known: interest to the judgment, deadline 2 months after publication',
      { judgmentDate: '2026-11-02', publishedDate: '2026-11-12' },
      '2027-01-12',
      Math.round((120_000 * 0.124 * 32) / 365),
      /avant le 12 janvier 2027 .*R622-24.*jugement d’ouverture du 2 novembre 2026/,
    ],
    [
      'dates unknown: say so, interest unknown, fee kept',
      true,
      null,
      null,
      /dates du jugement et de la publication inconnues/,
    ],
  ])('%s', (_case, insolvency, deadline, interest, reason) => {
    const s = one([], client({ insolvency }));
    expect(s).toMatchObject({ status: 'blocked', step: null });
    expect(s.insolvency!.declarationDeadline).toBe(deadline);
    expect(s.invoices[0]!.interest).toBe(interest);
    expect(s.invoices[0]!.fixedFee).toBe(4000);
    expect(s.reason.fr).toMatch(reason);
  });

  it('a creditor outside metropolitan France has 4 months', () => {
    const s = planClient({
      client: client({ insolvency: { judgmentDate: '2026-11-02', publishedDate: '2026-11-12' } }),
      invoices: [invoice()],
      events: [],
      policy: DEFAULT_POLICY,
      today: TODAY,
      options: { senderCountry: 'BE' },
    })!;
    expect(s.insolvency!.declarationDeadline).toBe('2027-03-12');
  });
});
