import { describe, expect, it } from 'vitest';
import {
  ORPHAN_TTL_MS,
  UNCONFIRMED_MAX,
  UNCONFIRMED_TTL_MS,
  pendingKey,
  sendLog,
  sentEvent,
  type Pending,
  type PendingStore,
} from './send-log';

function setup() {
  const data = new Map<string, Pending>();
  const store: PendingStore = {
    get: async (k) => data.get(k) ?? null,
    set: async (k, v) => void data.set(k, v),
    remove: async (k) => void data.delete(k),
    all: async () => Object.fromEntries(data),
  };
  let t = 5_000_000;
  const recorded: Pending[] = [];
  const log = sendLog({ store, now: () => t, record: async (p) => void recorded.push(p) });
  const draft: Pending = {
    clientId: 'c1',
    step: 'reminder-1',
    invoiceIds: ['F-1'],
    subject: 'Rappel',
    text: 'Bonjour',
  };
  return { log, data, recorded, draft, tick: (ms: number) => (t += ms), now: () => t };
}

describe('the send log: a reminder enters the ledger only on evidence', () => {
  it('evidence from the page logs the inserted draft once', async () => {
    const { log, recorded, draft } = setup();
    await log.inserted(7, 'c', draft);
    expect(await log.sending(7, 'c')).toBe(true);
    expect(await log.sent(7, 'c')).toBe(true);
    expect(await log.sent(7, 'c')).toBe(false);
    expect(recorded).toEqual([{ ...draft, sendingAt: expect.any(Number), popout: false }]);
  });

  it('refused send, tab closed at 17 s (or at 62 s): nothing is logged', async () => {
    for (const wait of [17_000, 62_000]) {
      const { log, recorded, draft, tick } = setup();
      await log.inserted(7, 'c', draft);
      await log.sending(7, 'c');
      tick(wait);
      await log.tabClosed(7);
      tick(ORPHAN_TTL_MS * 2);
      await log.sentElsewhere(Date.now());
      expect(recorded).toEqual([]);
    }
  });

  it('filled, tab closed without Send: nothing, and the entry is gone', async () => {
    const { log, recorded, draft, data } = setup();
    await log.inserted(7, 'c', draft);
    await log.tabClosed(7);
    expect(data.size).toBe(0);
    expect(recorded).toEqual([]);
  });

  it('a Send in a compose Relance did not fill is not ours to log', async () => {
    const { log, recorded } = setup();
    expect(await log.sending(7, 'x')).toBe(false);
    expect(await log.sent(7, 'x')).toBe(false);
    expect(recorded).toEqual([]);
  });

  it('the user’s “I sent it” logs it', async () => {
    const { log, recorded, draft } = setup();
    await log.inserted(7, 'c', draft);
    expect(await log.markedSent(7, 'c')).toBe(true);
    expect(recorded).toHaveLength(1);
  });

  it('pop-out: its window closes after Send and the Gmail tab’s notice, at the same moment, logs it', async () => {
    const { log, recorded, draft, tick, now } = setup();
    await log.inserted(9, 'p', draft);
    await log.inserted(3, 'other', { ...draft, clientId: 'c2' });
    await log.sending(9, 'p', true);
    tick(1_500);
    await log.tabClosed(9);
    const noticeAt = now() + 400;
    tick(30_000); // the undo window
    expect(await log.sentElsewhere(noticeAt)).toBe(true);
    expect(recorded.map((p) => p.clientId)).toEqual(['c1']);
    expect(await log.sentElsewhere(noticeAt)).toBe(false);
  });

  it('an ordinary tab closed after a refused Send is no pop-out: a notice in another tab just then is not its evidence', async () => {
    const { log, recorded, draft, now } = setup();
    await log.inserted(7, 'c', draft);
    await log.sending(7, 'c');
    await log.tabClosed(7);
    expect(await log.sentElsewhere(now())).toBe(false);
    expect(recorded).toEqual([]);
  });

  it('pop-out: a notice far from its closing, or a closing without Send, is not its evidence', async () => {
    const { log, recorded, draft, tick, now } = setup();
    await log.inserted(9, 'p', draft);
    await log.sending(9, 'p', true);
    await log.tabClosed(9);
    tick(4_000);
    expect(await log.sentElsewhere(now())).toBe(false);
    await log.inserted(10, 'q', draft);
    await log.tabClosed(10);
    expect(await log.sentElsewhere(now())).toBe(false);
    expect(recorded).toEqual([]);
  });

  it('Send seen, tab closed without evidence: unconfirmed, offered to its client, never logged by itself', async () => {
    const { log, recorded, draft, tick } = setup();
    await log.inserted(7, 'c', draft);
    await log.inserted(7, 'd', { ...draft, clientId: 'c2' });
    await log.sending(7, 'c');
    tick(62_000);
    await log.tabClosed(7);
    tick(ORPHAN_TTL_MS * 2);
    await log.sentElsewhere(Date.now());
    const list = await log.unconfirmed('c1');
    expect(list).toEqual([
      { id: '7:c', clientId: 'c1', subject: 'Rappel', sendingAt: expect.any(Number) },
    ]);
    expect(await log.unconfirmed('c2')).toEqual([]); // no Send seen there: gone
    expect(recorded).toEqual([]);
  });

  it('“I sent it” on an unconfirmed send logs it once, as inserted, even asked twice at once', async () => {
    const { log, recorded, draft } = setup();
    await log.inserted(9, 'p', draft);
    await log.sending(9, 'p', true);
    await log.tabClosed(9);
    const [id] = (await log.unconfirmed()).map((u) => u.id);
    expect(await Promise.all([log.confirm(id!), log.confirm(id!)])).toEqual([true, false]);
    expect(await log.confirm(id!)).toBe(false);
    expect(recorded).toEqual([
      { ...draft, sendingAt: expect.any(Number), popout: true, tabClosedAt: expect.any(Number) },
    ]);
    expect(await log.unconfirmed()).toEqual([]);
  });

  it('“No, not sent” forgets it: nothing logged, and a later “I sent it” finds nothing', async () => {
    const { log, recorded, draft } = setup();
    await log.inserted(7, 'c', draft);
    await log.sending(7, 'c');
    await log.tabClosed(7);
    expect(await log.dismiss('7:c')).toBe(true);
    expect(await log.dismiss('7:c')).toBe(false);
    expect(await log.confirm('7:c')).toBe(false);
    expect(await log.unconfirmed()).toEqual([]);
    expect(recorded).toEqual([]);
  });

  it('unconfirmed sends expire after 24 h, and only the newest 20 are kept', async () => {
    const { log, recorded, draft, tick, data } = setup();
    await log.inserted(7, 'c', draft);
    await log.sending(7, 'c');
    await log.tabClosed(7);
    tick(UNCONFIRMED_TTL_MS + 1);
    expect(await log.unconfirmed()).toEqual([]);
    expect(await log.confirm('7:c')).toBe(false);
    for (let tab = 100; tab < 100 + UNCONFIRMED_MAX + 3; tab++) {
      await log.inserted(tab, 'c', draft);
      await log.sending(tab, 'c');
      tick(1_000);
      await log.tabClosed(tab);
    }
    const ids = (await log.unconfirmed()).map((u) => u.id);
    expect(ids).toHaveLength(UNCONFIRMED_MAX);
    expect(ids[0]).toBe(`${100 + UNCONFIRMED_MAX + 2}:c`);
    expect(ids).not.toContain('100:c');
    expect(data.size).toBe(UNCONFIRMED_MAX);
    expect(recorded).toEqual([]);
  });

  it('keys are per tab and compose', () => {
    expect(pendingKey(3, 'relance-compose-1')).toBe('pending:3:relance-compose-1');
  });
});

describe('the event a logged send stands for', () => {
  const pending: Pending = {
    clientId: 'c1',
    step: 'reminder-1',
    invoiceIds: ['F-1', 'F-2', 'F-3'],
    subject: 'Rappel',
    text: 'Bonjour',
  };
  it('a ladder step: its reminder, naming only the invoices still the client’s', () => {
    expect(sentEvent(pending, ['c1', 'c2', undefined], '2026-11-23')).toEqual({
      type: 'reminder',
      step: 'reminder-1',
      channel: 'email',
      clientId: 'c1',
      invoiceIds: ['F-1'],
      date: '2026-11-23',
      subject: 'Rappel',
      body: 'Bonjour',
    });
  });
  it('no step, or one the ladder does not know: a note with the subject', () => {
    for (const step of [null, 'not-a-step']) {
      expect(sentEvent({ ...pending, step }, ['c1', 'c1', 'c1'], '2026-11-23')).toEqual({
        type: 'note',
        clientId: 'c1',
        invoiceIds: ['F-1', 'F-2', 'F-3'],
        date: '2026-11-23',
        note: 'E-mail sent: Rappel',
      });
    }
  });
});
