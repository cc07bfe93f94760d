import { describe, expect, it } from 'vitest';
import {
  ARMED_MS,
  CLOSED_UNDO_MS,
  EVIDENCE_MS,
  NOTICE_UNDO_MAX_MS,
  noticeEvents,
  sendEvidence,
  type Clock,
  type Confirmation,
} from './send-evidence';

/** A clock the test moves by hand: timers fire in order as time passes. */
function fakeClock() {
  let t = 1_000_000;
  let timers: { at: number; fn: () => void }[] = [];
  const clock: Clock = {
    now: () => t,
    after(ms, fn) {
      const timer = { at: t + ms, fn };
      timers.push(timer);
      return () => void (timers = timers.filter((x) => x !== timer));
    },
  };
  const advance = (ms: number) => {
    const end = t + ms;
    for (;;) {
      const next = timers.filter((x) => x.at <= end).sort((a, b) => a.at - b.at)[0];
      if (!next) break;
      timers = timers.filter((x) => x !== next);
      t = next.at;
      next.fn();
    }
    t = end;
  };
  return { clock, advance };
}

function setup(confirmation: Confirmation = 'notice') {
  const { clock, advance } = fakeClock();
  const reports: (string | null)[] = [];
  const ev = sendEvidence({ confirmation, clock, report: (id) => reports.push(id) });
  return { ev, advance, reports };
}

describe('Gmail: sent means the compose closed and Gmail said "Message sent", past its undo window', () => {
  it('Send → compose closes → notice → Undo link goes: reported once', () => {
    const { ev, advance, reports } = setup();
    ev.armed('c1', 'k');
    advance(300);
    ev.closed('c1');
    advance(800);
    ev.noticeSent();
    expect(reports).toEqual([]);
    advance(5_000);
    ev.noticeSettled();
    expect(reports).toEqual(['c1']);
    ev.noticeSettled();
    advance(NOTICE_UNDO_MAX_MS);
    expect(reports).toEqual(['c1']);
  });

  it('a notice that stays up is taken as settled after the longest undo delay', () => {
    const { ev, advance, reports } = setup();
    ev.armed('c1', 'k');
    ev.closed('c1');
    ev.noticeSent();
    advance(NOTICE_UNDO_MAX_MS - 1);
    expect(reports).toEqual([]);
    advance(1);
    expect(reports).toEqual(['c1']);
  });

  it('the notice just before the compose leaves the DOM still counts', () => {
    const { ev, reports } = setup();
    ev.armed('c1', 'k');
    ev.noticeSent();
    ev.closed('c1');
    ev.noticeSettled();
    expect(reports).toEqual(['c1']);
  });

  it('refused send, then the tab closes at 17 s: nothing (the page is gone, no timer reports)', () => {
    const { ev, advance, reports } = setup();
    ev.armed('c1', 'k');
    advance(17_000);
    ev.dispose();
    advance(ARMED_MS * 2);
    expect(reports).toEqual([]);
  });

  it('refused send, then Save & close: the compose closes but Gmail never says sent', () => {
    const { ev, advance, reports } = setup();
    ev.armed('c1', 'k');
    advance(4_000);
    ev.closed('c1');
    advance(EVIDENCE_MS);
    expect(ev.stage('c1')).toBeNull();
    ev.noticeSent(); // a later notice (another message) is not this compose's
    ev.noticeSettled();
    expect(reports).toEqual([null]);
  });

  it('refused send, then Save & close clicked in the compose: disarmed at once', () => {
    const { ev, reports } = setup();
    ev.armed('c1', 'k');
    ev.disarmed('c1');
    ev.closed('c1');
    ev.noticeSent();
    ev.noticeSettled();
    expect(reports).toEqual([null]);
  });

  it('discard (no Send at all): nothing', () => {
    const { ev, advance, reports } = setup();
    ev.closed('c1');
    advance(EVIDENCE_MS);
    expect(reports).toEqual([]);
  });

  it('Undo within the delay cancels; so does the same message reopening', () => {
    const { ev, advance, reports } = setup();
    ev.armed('c1', 'k');
    ev.closed('c1');
    ev.noticeSent();
    advance(3_000);
    ev.noticeUndone();
    ev.noticeSettled();
    advance(NOTICE_UNDO_MAX_MS);
    expect(reports).toEqual([]);

    ev.armed('c2', 'k2');
    ev.closed('c2');
    ev.noticeSent();
    ev.reopened('k2');
    advance(NOTICE_UNDO_MAX_MS);
    expect(reports).toEqual([]);
  });

  it('a Send long before the compose closes is not what closed it', () => {
    const { ev, advance, reports } = setup();
    ev.armed('c1', 'k');
    advance(ARMED_MS + 1);
    ev.closed('c1');
    ev.noticeSent();
    ev.noticeSettled();
    expect(reports).toEqual([null]);
  });

  it('two composes: the notice goes to the one that closed last; a new notice settles the previous', () => {
    const { ev, advance, reports } = setup();
    ev.armed('a', 'ka');
    ev.armed('b', 'kb');
    ev.closed('a');
    ev.noticeSent();
    advance(2_000);
    ev.closed('b');
    ev.noticeSent();
    expect(reports).toEqual(['a']);
    ev.noticeSettled();
    expect(reports).toEqual(['a', 'b']);
  });
});

describe('what a change of Gmail’s notice means', () => {
  it('the Undo link leaving ends the undo window; the notice leaving while Undo was offered does not', () => {
    expect(noticeEvents('none', 'undoable')).toEqual(['sent']);
    expect(noticeEvents('undoable', 'settled')).toEqual(['settled']);
    expect(noticeEvents('none', 'settled')).toEqual(['sent', 'settled']);
    expect(noticeEvents('undoable', 'none')).toEqual([]);
    expect(noticeEvents('settled', 'none')).toEqual([]);
    expect(noticeEvents('undoable', 'undoable')).toEqual([]);
  });

  it('undone by the keyboard ("z"): the notice goes, the compose comes back: nothing', () => {
    const { ev, advance, reports } = setup();
    ev.armed('c1', 'Rappel\nmarc@studio-lumiere.example');
    ev.closed('c1');
    for (const e of noticeEvents('none', 'undoable')) if (e === 'sent') ev.noticeSent();
    advance(2_000);
    for (const e of noticeEvents('undoable', 'none')) if (e === 'settled') ev.noticeSettled();
    ev.reopened('Rappel\nmarc@studio-lumiere.example');
    advance(NOTICE_UNDO_MAX_MS * 2);
    expect(reports).toEqual([]);
  });
});

describe('Outlook: sent means the compose closed after Send and stayed closed past the undo delay', () => {
  it('reported after the undo delay', () => {
    const { ev, advance, reports } = setup('closed');
    ev.armed('o', 'k');
    ev.closed('o');
    advance(CLOSED_UNDO_MS - 1);
    expect(reports).toEqual([]);
    advance(1);
    expect(reports).toEqual(['o']);
  });

  it('Discard after a refused send, the draft reopening (Undo), the tab closing: nothing', () => {
    const { ev, advance, reports } = setup('closed');
    ev.armed('o', 'k');
    ev.disarmed('o');
    ev.closed('o');
    ev.armed('p', 'kp');
    ev.closed('p');
    advance(2_000);
    ev.reopened('kp');
    ev.armed('q', 'kq');
    ev.closed('q');
    advance(1_000);
    ev.dispose();
    advance(CLOSED_UNDO_MS * 3);
    expect(reports).toEqual([]);
  });

  it('an error the app shows when the delay ends (offline, refused by the server): nothing', () => {
    const { clock, advance } = fakeClock();
    const reports: (string | null)[] = [];
    let failing = false;
    const ev = sendEvidence({
      confirmation: 'closed',
      clock,
      report: (id) => reports.push(id),
      failing: () => failing,
    });
    ev.armed('o', 'k');
    ev.closed('o');
    failing = true;
    advance(CLOSED_UNDO_MS);
    expect(reports).toEqual([]);
  });

  it('Gmail notices mean nothing to Outlook', () => {
    const { ev, reports } = setup('closed');
    ev.noticeSent();
    ev.noticeSettled();
    expect(reports).toEqual([]);
  });
});
