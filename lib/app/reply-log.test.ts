import { describe, expect, it } from 'vitest';
import type { LedgerEvent } from '../model/event';
import { lastClientReply } from '../escalation/suggestion';
import {
  alreadyLogged,
  owedInvoiceIds,
  replyClients,
  replyEvent,
  type ConfirmedReply,
} from './reply-log';

const base: ConfirmedReply = {
  kind: 'promise',
  clientId: 'c1',
  invoiceIds: ['i1', 'i2'],
  from: 'marc@studio.example',
  messageDate: '2026-11-23',
  sentence: 'Je vous fais le virement vendredi.',
  date: '2026-11-27',
  lang: 'fr',
};

describe('replyEvent: a confirmed reply as the event the planner already understands', () => {
  it('a promise pauses until the date promised, with the client’s words as evidence', () => {
    expect(replyEvent(base)).toEqual({
      type: 'promise',
      clientId: 'c1',
      invoiceIds: ['i1', 'i2'],
      date: '2026-11-23',
      until: '2026-11-27',
      note: 'Réponse de marc@studio.example du 23 novembre 2026\u00a0: «\u202fJe vous fais le virement vendredi.\u202f»',
      reply: {
        kind: 'promise',
        date: '2026-11-23',
        from: 'marc@studio.example',
        quote: 'Je vous fais le virement vendredi.',
      },
    });
  });
  it('a promise without a date is refused, never guessed', () => {
    expect(() => replyEvent({ ...base, date: undefined })).toThrow(/date promise/);
  });
  it('"it is paid" is a pause to check the bank, never a payment', () => {
    const e = replyEvent({
      ...base,
      kind: 'paid',
      date: '2026-11-22',
      sentence: 'Le paiement a été effectué hier.',
    });
    expect(e.type).toBe('snooze');
    expect(e).toMatchObject({ until: '2026-11-30' });
    expect(e.note).toMatch(
      /^Paiement annoncé par le client, à vérifier sur le relevé\. Réponse de/,
    );
  });
  it('a dispute keeps the sentence as its reason', () => {
    const e = replyEvent({
      ...base,
      kind: 'dispute',
      sentence: 'The invoice does not match the quote.',
      lang: 'en',
      date: undefined,
    });
    expect(e).toMatchObject({
      type: 'dispute',
      reason: 'The invoice does not match the quote.',
      note: 'Reply from marc@studio.example on 23 November 2026: “The invoice does not match the quote.”',
    });
  });
  it('an out-of-office pauses until the return date; a request for a document for a week', () => {
    expect(replyEvent({ ...base, kind: 'out-of-office', date: '2026-12-03' })).toMatchObject({
      type: 'snooze',
      until: '2026-12-03',
    });
    expect(
      replyEvent({ ...base, kind: 'document', document: 'bank-details', date: undefined }),
    ).toMatchObject({
      type: 'snooze',
      until: '2026-11-30',
      note: expect.stringMatching(/^Le client demande vos coordonnées bancaires/),
    });
  });
  it('a date before the message is not a pause in the past', () => {
    expect(replyEvent({ ...base, date: '2026-11-01' })).toMatchObject({ until: '2026-11-23' });
  });
});

describe('which invoices, and once', () => {
  const slice = {
    client: { id: 'c1' },
    invoices: [
      { id: 'a', status: 'open', amountDue: 100 },
      { id: 'b', status: 'paid', amountDue: 0 },
      { id: 'c', status: 'disputed', amountDue: 50 },
      { id: 'd', status: 'cancelled', amountDue: 10 },
    ],
    events: [{ note: replyEvent(base).note }],
  };
  it('covers every invoice still owed, disputed ones included', () => {
    expect(owedInvoiceIds(slice)).toEqual(['a', 'c']);
  });
  it('knows a sentence already logged', () => {
    expect(alreadyLogged(slice, base.sentence)).toBe(true);
    expect(alreadyLogged(slice, 'Autre chose.')).toBe(false);
  });
});

describe('what the next draft quotes', () => {
  const promise = { ...replyEvent(base), id: 'e1' } as LedgerEvent;
  it('the latest reply that promised or announced a payment', () => {
    const paid = {
      ...replyEvent({
        ...base,
        kind: 'paid',
        messageDate: '2026-11-25',
        date: '2026-11-24',
        sentence: 'Le virement est parti hier.',
      }),
      id: 'e2',
    } as LedgerEvent;
    expect(lastClientReply([promise, paid])).toMatchObject({
      kind: 'paid',
      quote: 'Le virement est parti hier.',
      date: '2026-11-25',
    });
  });
  it('none once a payment came after it, nor for a dispute or an out-of-office', () => {
    const payment = {
      id: 'p',
      type: 'payment',
      amount: 100,
      currency: 'EUR',
      clientId: 'c1',
      invoiceIds: ['i1'],
      date: '2026-11-26',
    } as LedgerEvent;
    expect(lastClientReply([promise, payment])).toBeNull();
    const away = {
      ...replyEvent({ ...base, kind: 'out-of-office', date: '2026-12-03' }),
      id: 'e3',
    } as LedgerEvent;
    expect(lastClientReply([away])).toBeNull();
  });
});

describe('which senders of a conversation are clients with money owed', () => {
  const owes = {
    client: { id: 'c1', emails: ['compta@acme.example', 'boss@acme.example'] },
    invoices: [{ id: 'a', status: 'open', amountDue: 100 }],
    events: [
      { note: 'earlier reply' },
      {},
      ...Array.from({ length: 60 }, (_, i) => ({ note: `n${i}` })),
    ],
  };
  const paidUp = {
    client: { id: 'c2', emails: ['paid@up.example'] },
    invoices: [{ id: 'b', status: 'paid', amountDue: 0 }],
    events: [],
  };
  it('answers each sender address of a client who owes, with its last 50 notes', () => {
    const said = replyClients([owes, paidUp], ['compta@acme.example', 'paid@up.example']);
    expect(said.map((r) => r.email)).toEqual(['compta@acme.example']);
    expect(said[0]!.notes).toHaveLength(50);
    expect(said[0]!.notes.at(-1)).toBe('n59');
    expect(said[0]!.notes[0]).toBe('n10');
  });
});
