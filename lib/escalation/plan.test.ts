import { runs } from '../../tests/helpers/property-config';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Client } from '../model/client';
import type { LedgerEvent } from '../model/event';
import type { Invoice } from '../model/invoice';
import { DEFAULT_POLICY, STEP_IDS } from '../model/policy';
import { plan, planClient } from './plan';
import { frEnText } from '../../tests/helpers/text';

const TODAY = '2026-11-23';
const client = (over: Partial<Client> = {}): Client => ({
  id: 'c1',
  name: 'Boulangerie Martin',
  emails: ['compta@martin.example'],
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
type Draft = LedgerEvent extends infer E
  ? E extends LedgerEvent
    ? Omit<E, 'id' | 'clientId' | 'invoiceIds'> & { invoiceIds?: string[] }
    : never
  : never;
const ev = (e: Draft): LedgerEvent =>
  ({ id: `e${++n}`, clientId: 'c1', invoiceIds: ['i1'], ...e }) as LedgerEvent;
const one = (inv: Invoice[], events: LedgerEvent[] = [], c = client(), today = TODAY) =>
  planClient({ client: c, invoices: inv, events, policy: DEFAULT_POLICY, today });

describe('planner', () => {
  it('nothing for a client whose invoices are paid, cancelled or credit notes', () => {
    expect(one([invoice({ status: 'paid', amountDue: 0 })])).toBeNull();
    expect(one([invoice({ status: 'cancelled' })])).toBeNull();
    expect(one([invoice({ status: 'credit-note' })])).toBeNull();
  });

  it('nothing before the due date (courtesy reminder is off by default)', () => {
    expect(one([invoice({ dueDate: '2026-11-25' })])).toBeNull();
    const withCourtesy = planClient({
      client: client(),
      invoices: [invoice({ dueDate: '2026-11-25' })],
      events: [],
      policy: {
        ...DEFAULT_POLICY,
        steps: DEFAULT_POLICY.steps.map((s) => (s.id === 'courtesy' ? { ...s, enabled: true } : s)),
      },
      today: TODAY,
    });
    expect(withCourtesy?.step).toBe('courtesy');
  });

  it('first a polite reminder, the day after the due date', () => {
    const s = one([invoice({ dueDate: '2026-11-22' })])!;
    expect(s).toMatchObject({
      step: 'reminder-1',
      status: 'due',
      tone: 'polite',
      channel: 'email',
      daysLate: 1,
      date: '2026-11-23',
    });
    expect(s.reason.fr).toBe('aucune relance envoyée, 1 jour de retard → première relance');
    expect(s.reason.en).toBe('no reminder sent yet, 1 day late → first reminder');
  });

  it('never skips a step: a debt found 50 days late starts with the first reminder', () => {
    expect(one([invoice({ dueDate: '2026-10-04' })])!.step).toBe('reminder-1');
  });

  it('respects the spacing after a reminder: the call is scheduled, not due', () => {
    const s = one(
      [invoice({ dueDate: '2026-11-14' })],
      [ev({ type: 'reminder', step: 'reminder-1', channel: 'email', date: '2026-11-20' })],
    )!;
    expect(s).toMatchObject({ step: 'call', status: 'scheduled', date: '2026-11-25' });
  });

  it('goes up the ladder and never repeats a step', () => {
    const events = [
      ev({ type: 'reminder', step: 'reminder-1', channel: 'email', date: '2026-10-02' }),
      ev({ type: 'call', outcome: 'no-answer', date: '2026-10-08' }),
      ev({ type: 'reminder', step: 'reminder-2', channel: 'email', date: '2026-10-16' }),
      ev({ type: 'reminder', step: 'final-notice', channel: 'email', date: '2026-10-31' }),
    ];
    const s = one([invoice()], events)!;
    expect(s.step).toBe('formal-notice');
    expect(s.channel).toBe('registered-letter');
    expect(s.reason.fr).toBe(
      '3 relances et un appel sans règlement, 53 jours de retard → mise en demeure, à faire depuis le 15 novembre (8 jours)',
    );
    expect(s.history.map((h) => h.step)).toEqual([
      'reminder-1',
      'call',
      'reminder-2',
      'final-notice',
    ]);
    const after = one(
      [invoice()],
      [...events, ev({ type: 'letter', step: 'formal-notice', date: '2026-11-10' })],
    )!;
    expect(after.step).toBe('recovery');
    expect(after.date).toBe('2026-11-19'); // the day after the notice's 8-day deadline (18 Nov)
  });

  it('formal notice only after three written reminders', () => {
    const policy = {
      ...DEFAULT_POLICY,
      steps: DEFAULT_POLICY.steps.map((s) =>
        s.id === 'reminder-2' ? { ...s, enabled: false } : s,
      ),
    };
    const events = [
      ev({ type: 'reminder', step: 'reminder-1', channel: 'email', date: '2026-10-02' }),
      ev({ type: 'call', outcome: 'reached', date: '2026-10-08' }),
      ev({ type: 'reminder', step: 'final-notice', channel: 'email', date: '2026-10-31' }),
    ];
    const s = planClient({
      client: client(),
      invoices: [invoice()],
      events,
      policy,
      today: TODAY,
    })!;
    expect(s.status).toBe('blocked');
    expect(s.reason.en).toMatch(/2 written reminders of 3 required/);
    expect(s.skipped.map((k) => k.step)).toContain('reminder-2');
  });

  it('pauses on a promise until its date plus grace, then resumes by itself', () => {
    const events = [
      ev({ type: 'reminder', step: 'reminder-1', channel: 'email', date: '2026-11-02' }),
      ev({ type: 'call', outcome: 'promise', promiseDate: '2026-11-25', date: '2026-11-10' }),
    ];
    const paused = one([invoice({ dueDate: '2026-11-01' })], events)!;
    expect(paused).toMatchObject({ status: 'paused', step: null, date: '2026-11-29' });
    // Dates in the reason written out for people, in each language.
    expect(paused.reason).toEqual({
      fr: 'promesse de paiement pour le 25 novembre 2026 → en pause, reprise le 29 novembre 2026',
      en: 'promise to pay by 25 November 2026 → paused, resumes on 29 November 2026',
    });
    const resumed = one([invoice({ dueDate: '2026-11-01' })], events, client(), '2026-11-29')!;
    expect(resumed.status).toBe('due');
    expect(resumed.step).toBe('reminder-2');
  });

  it('pauses on a snooze and a payment plan', () => {
    expect(
      one([invoice()], [ev({ type: 'snooze', until: '2026-12-01', date: '2026-11-20' })])!.status,
    ).toBe('paused');
    expect(
      one([invoice()], [ev({ type: 'payment-plan', until: '2027-02-01', date: '2026-11-20' })])!
        .status,
    ).toBe('paused');
    expect(
      one([invoice()], [ev({ type: 'snooze', until: '2026-11-22', date: '2026-11-20' })])!.status,
    ).toBe('due');
  });

  it('a disputed invoice is not chased until the dispute is resolved, but stays in the plan, blocked', () => {
    const disputed = [ev({ type: 'dispute', reason: 'quantité contestée', date: '2026-11-01' })];
    expect(one([invoice()], disputed)).toMatchObject({
      status: 'blocked',
      step: null,
      disputed: [{ number: 'F-1', reason: 'quantité contestée' }],
    });
    expect(
      one([invoice()], [...disputed, ev({ type: 'dispute-resolved', date: '2026-11-10' })])!.step,
    ).toBe('reminder-1');
    expect(one([invoice({ status: 'disputed' })])!.status).toBe('blocked');
  });

  it('one message per client, driven by the oldest invoice, with every overdue invoice', () => {
    const s = one([
      invoice({ id: 'i2', number: 'F-2', dueDate: '2026-11-10', total: 50_000, amountDue: 50_000 }),
      invoice(),
    ])!;
    expect(s.invoices.map((i) => i.number)).toEqual(['F-1', 'F-2']);
    expect(s.drivingInvoiceId).toBe('i1');
    expect(s.daysLate).toBe(53);
    expect(s.amounts[0]!.principal).toBe(170_000);
    expect(s.amounts[0]!.fixedFees).toBe(8000);
  });

  it('a partial payment lowers the amount claimed, is mentioned, and does not reset the ladder', () => {
    const events = [
      ev({ type: 'reminder', step: 'reminder-1', channel: 'email', date: '2026-10-02' }),
    ];
    const s = one([invoice({ amountDue: 70_000, status: 'partially-paid' })], events)!;
    expect(s.step).toBe('call');
    expect(s.amounts[0]).toMatchObject({ principal: 70_000, paid: 50_000 });
    expect(s.reason.fr).toContain('paiement partiel de 500,00\u00a0€ reçu');
  });

  it('key accounts get a softer tone and confirmation before strong steps', () => {
    const events = [
      ev({ type: 'reminder', step: 'reminder-1', channel: 'email', date: '2026-10-02' }),
      ev({ type: 'call', outcome: 'no-answer', date: '2026-10-08' }),
      ev({ type: 'reminder', step: 'reminder-2', channel: 'email', date: '2026-10-16' }),
    ];
    const s = one([invoice()], events, client({ keyAccount: true }))!;
    expect(s.step).toBe('final-notice');
    expect(s.needsConfirmation).toBe(true);
    expect(s.tone).toBe('firm');
    expect(one([invoice()], [], client({ keyAccount: true }))!.tone).toBe('friendly');
  });

  it('B2C: no fixed fee and no interest before the formal notice', () => {
    const s = one([invoice()], [], client({ kind: 'b2c', jurisdiction: 'fr-b2c' }))!;
    expect(s.amounts[0]).toMatchObject({ interest: 0, fixedFees: 0, totalClaimed: 120_000 });
  });

  it('B2B interest and fee to today, with a warning when the rate is provisional', () => {
    const s = one([invoice()])!;
    expect(s.amounts[0]!.fixedFees).toBe(4000);
    expect(s.amounts[0]!.interest).toBeGreaterThan(0);
    expect(s.warnings.map((w) => w.en).join()).toMatch(/provisional/);
    expect(s.warnings.map((w) => w.fr).join()).toMatch(
      /^Le taux .* du (premier|second) semestre \d{4} \(\d+,\d+ %\) est provisoire — à vérifier\.$/m,
    );
  });

  it('a missing rate gives unknown interest, never a guess, and keeps the fixed fee', () => {
    const s = one(
      [invoice({ currency: 'GBP', dueDate: '2027-01-05' })],
      [],
      client({ jurisdiction: 'uk' }),
      '2027-01-20',
    )!;
    expect(s.amounts[0]!.interest).toBeNull();
    expect(s.amounts[0]!.totalClaimed).toBeNull();
    expect(s.amounts[0]!.fixedFees).toBe(7000);
    expect(s.warnings.map((w) => w.en).join()).toMatch(/2027-H1/);
    expect(s.warnings.map((w) => w.fr).join()).toMatch(
      /Pas de valeur .* pour le premier semestre 2027/,
    );
  });

  it('insolvency stops the ladder and advises declaring the claim', () => {
    const s = one([invoice()], [], client({ insolvency: true }))!;
    expect(s).toMatchObject({ status: 'blocked', step: null });
    expect(s.reason.fr).toMatch(/déclarer la créance/);
  });

  it('stop-work comes with or after the formal notice, only when work is ongoing', () => {
    const events = [
      ev({ type: 'reminder', step: 'reminder-1', channel: 'email', date: '2026-09-02' }),
      ev({ type: 'call', outcome: 'no-answer', date: '2026-09-08' }),
      ev({ type: 'reminder', step: 'reminder-2', channel: 'email', date: '2026-09-16' }),
      ev({ type: 'reminder', step: 'final-notice', channel: 'email', date: '2026-10-01' }),
      ev({ type: 'letter', step: 'formal-notice', date: '2026-10-16' }),
    ];
    const inv = [invoice({ dueDate: '2026-09-01' })];
    // Within the notice's 8 days: suspend the work.
    expect(one(inv, events, client({ ongoingWork: true }), '2026-10-20')!.step).toBe('stop-work');
    // Once the deadline has passed, recovery comes first and says to keep the work suspended.
    const late = one(inv, events, client({ ongoingWork: true }))!;
    expect(late.step).toBe('recovery');
    expect(late.reason.fr).toContain('suspendre aussi les travaux en cours');
    const without = one(inv, events)!;
    expect(without.step).toBe('recovery');
    expect(without.skipped.map((s) => s.step)).toContain('stop-work');
  });

  it('a missed instalment of a payment schedule is chased on its own date', () => {
    const scheduled = invoice({
      dueDate: '2026-12-31',
      total: 300_000,
      amountDue: 200_000,
      status: 'partially-paid',
      schedule: [
        { label: 'acompte', dueDate: '2026-10-01', amount: 100_000 },
        { label: 'jalon', dueDate: '2026-11-10', amount: 100_000 },
        { label: 'solde', dueDate: '2026-12-31', amount: 100_000 },
      ],
    });
    const s = one([scheduled])!;
    expect(s.step).toBe('reminder-1');
    expect(s.invoices).toHaveLength(1);
    expect(s.invoices[0]).toMatchObject({
      dueDate: '2026-11-10',
      amountDue: 100_000,
      daysLate: 13,
    });
  });

  it('an uncertain due date asks for confirmation', () => {
    const s = one([invoice({ dueDateUncertain: true })])!;
    expect(s.needsConfirmation).toBe(true);
    expect(s.warnings.map((w) => w.en).join()).toMatch(/uncertain/);
    expect(s.warnings.map((w) => w.fr).join()).toMatch(/incertaine/);
  });

  it('plan() sorts the due first, then the most late', () => {
    const clients = [client(), client({ id: 'c2', name: 'Autre' })];
    const invoices = [
      invoice({ dueDate: '2026-11-20' }),
      invoice({ id: 'i9', number: 'F-9', clientId: 'c2', dueDate: '2026-10-01' }),
    ];
    expect(
      plan({ clients, invoices, events: [] }, DEFAULT_POLICY, TODAY).map((s) => s.clientId),
    ).toEqual(['c2', 'c1']);
  });

  it('properties: no step for paid/cancelled/disputed, no repeat, always a reason', () => {
    const status = fc.constantFrom(
      'open',
      'paid',
      'cancelled',
      'disputed',
      'credit-note',
      'partially-paid',
    );
    const stepEvent = fc.record({
      step: fc.constantFrom(...STEP_IDS),
      day: fc.integer({ min: 0, max: 80 }),
    });
    fc.assert(
      fc.property(
        status,
        fc.integer({ min: 1, max: 120 }),
        fc.array(stepEvent, { maxLength: 6 }),
        (st, late, steps) => {
          const due = new Date(Date.parse(`${TODAY}T00:00:00Z`) - late * 864e5)
            .toISOString()
            .slice(0, 10);
          const inv = invoice({
            status: st as Invoice['status'],
            dueDate: due,
            amountDue: st === 'paid' ? 0 : st === 'partially-paid' ? 60_000 : 120_000,
          });
          const events = steps.map((x) =>
            ev({
              type: 'reminder',
              step: x.step,
              channel: 'email',
              date: new Date(Date.parse(`${due}T00:00:00Z`) + Math.min(x.day, late) * 864e5)
                .toISOString()
                .slice(0, 10),
            }),
          );
          const s = one([inv], events);
          if (st === 'paid' || st === 'cancelled' || st === 'credit-note') expect(s).toBeNull();
          else if (st === 'disputed') expect(s).toMatchObject({ status: 'blocked', step: null });
          else {
            expect(s).not.toBeNull();
            expect(s!.reason.fr.length).toBeGreaterThan(10);
            expect(s!.reason.en.length).toBeGreaterThan(10);
            if (s!.step)
              expect(events.some((e) => e.type === 'reminder' && e.step === s!.step)).toBe(false);
          }
        },
      ),
      { numRuns: runs(300) },
    );
  });
});

describe('payment awaiting confirmation (bank statement)', () => {
  it('no step is proposed; the reason says "paiement à confirmer"', async () => {
    const { demoLedger } = await import('../app/demo');
    const ledger = demoLedger('2026-11-23');
    const before = plan(ledger, DEFAULT_POLICY, '2026-11-23');
    const target = before.find((s) => s.status === 'due')!;
    const received = frEnText(
      'virement de 1 200,00 € reçu le 20 novembre 2026',
      'transfer of €1,200.00 received on 20 Nov 2026',
    );
    const after = plan(ledger, DEFAULT_POLICY, '2026-11-23', {
      awaitingPayment: new Map([[target.invoices[0]!.invoiceId, received]]),
    });
    const s = after.find((x) => x.clientId === target.clientId)!;
    expect(s).toMatchObject({ status: 'paused', step: null });
    expect(s.reason.fr).toBe(
      'paiement à confirmer : virement de 1 200,00 € reçu le 20 novembre 2026 → vérifier le relevé avant toute relance',
    );
    expect(s.reason.en).toMatch(/^payment to confirm: transfer of €1,200.00/);
    // Other clients are planned as before.
    expect(
      after
        .filter((x) => x.clientId !== target.clientId)
        .map((x) => [x.clientId, x.status, x.step]),
    ).toEqual(
      before
        .filter((x) => x.clientId !== target.clientId)
        .map((x) => [x.clientId, x.status, x.step]),
    );
  });
});
