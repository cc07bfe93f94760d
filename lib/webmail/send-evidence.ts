/**
 * When a compose counts as sent. The ledger is the user's evidence file, so a reminder is
 * reported sent only on the mail app's own evidence, never on a guess:
 * - a trusted Send (click or Ctrl/⌘+Enter) arms the compose;
 * - the compose then closes (a refused send keeps it open: offline, bad address, missing
 *   attachment warning);
 * - and the app confirms: Gmail shows its "Message sent" notice (with View message / Undo);
 *   Outlook, which shows no such notice unless undo-send is on, confirms by the compose
 *   staying closed through its longest undo delay;
 * - and the undo window passes without Undo (Gmail's Undo, or the same compose reopening).
 * A compose closed without that confirmation (Save & close, discard, the tab closing) is
 * forgotten. Pure state with an injectable clock, so every path is tested without waiting.
 */
export type Confirmation = 'notice' | 'closed';

export interface Clock {
  now(): number;
  /** Runs fn after ms; returns a cancel function. */
  after(ms: number, fn: () => void): () => void;
}

export const realClock: Clock = {
  now: () => Date.now(),
  after(ms, fn) {
    const t = setTimeout(fn, ms);
    return () => clearTimeout(t);
  },
};

/** A Send older than this when its compose closes is not what closed it. */
export const ARMED_MS = 60_000;
/** How long after the compose closes the app's confirmation may take to appear. */
export const EVIDENCE_MS = 20_000;
/** Gmail's longest "Undo send" delay is 30 s; its notice drops the Undo link when it is over. */
export const NOTICE_UNDO_MAX_MS = 32_000;
/** Outlook's longest undo-send delay is 10 s: a compose that stays closed that long was sent. */
export const CLOSED_UNDO_MS = 11_000;
/** A notice this close to a compose closing belongs to it even when it came first. */
const NOTICE_SLACK_MS = 5_000;

type Stage = 'armed' | 'closed' | 'undoable';
interface Entry {
  stage: Stage;
  at: number;
  key: string;
  cancel: (() => void) | null;
}

export interface SendEvidenceOptions {
  confirmation: Confirmation;
  /** The compose was sent (id), or a confirmed notice matched no compose of this page (null: a pop-out's). */
  report(composeId: string | null, noticeAt: number): void;
  /** Whether the app shows a send failure right now (checked when a send would be confirmed). */
  failing?(): boolean;
  clock?: Clock;
}

export interface SendEvidence {
  /** A trusted Send on that compose; key identifies the message (subject + recipients) if it reopens. */
  armed(composeId: string, key: string): void;
  /** Another trusted action in that compose before it closed (Discard, Save & close, a menu): not a send. */
  disarmed(composeId: string): void;
  /** The compose left the page. */
  closed(composeId: string): void;
  /** A compose for that message is on the page again (Undo reopens it). */
  reopened(key: string): void;
  /** The app's "sent" notice appeared. */
  noticeSent(): void;
  /** Undo was chosen on the app's notice. */
  noticeUndone(): void;
  /** The notice lost its Undo (or left): the undo window is over. */
  noticeSettled(): void;
  /** What each compose is waiting for (for the panel and the tests). */
  stage(composeId: string): Stage | null;
  dispose(): void;
}

const ORPHAN = '\u0000orphan';

/** What the app's notice shows: nothing of a sent message, a sent one still undoable, or one past its Undo. */
export type NoticeState = 'none' | 'undoable' | 'settled';

/**
 * What a change of the notice means. The Undo link leaving while the notice still says
 * sent is the end of the undo window. The whole notice leaving while Undo was offered is
 * not: Gmail replaces it when the send is undone (by the link, its keyboard shortcut or
 * "z"), and also when the user dismisses it; the compose reopening, or the longest undo
 * delay passing, decides.
 */
export function noticeEvents(prev: NoticeState, next: NoticeState): ('sent' | 'settled')[] {
  if (prev === next) return [];
  const out: ('sent' | 'settled')[] = [];
  if (prev === 'none') out.push('sent');
  if (next === 'settled') out.push('settled');
  return out;
}

export function sendEvidence(opts: SendEvidenceOptions): SendEvidence {
  const clock = opts.clock ?? realClock;
  const entries = new Map<string, Entry>();
  let lastNotice: { at: number; used: boolean } | null = null;

  const drop = (id: string) => {
    entries.get(id)?.cancel?.();
    entries.delete(id);
  };
  const confirm = (id: string) => {
    const e = entries.get(id);
    if (!e || e.stage !== 'undoable') return;
    drop(id);
    if (opts.failing?.()) return;
    opts.report(id === ORPHAN ? null : id, e.at);
  };
  const undoable = (id: string, e: Entry, noticeAt: number, wait: number) => {
    e.cancel?.();
    e.stage = 'undoable';
    e.at = noticeAt;
    e.cancel = clock.after(wait, () => confirm(id));
  };
  /** The compose closed most recently, still waiting for the app's notice. */
  const awaitingNotice = (): [string, Entry] | null => {
    let best: [string, Entry] | null = null;
    for (const pair of entries)
      if (pair[1].stage === 'closed' && (!best || pair[1].at > best[1].at)) best = pair;
    return best;
  };

  return {
    armed(id, key) {
      drop(id);
      const e: Entry = { stage: 'armed', at: clock.now(), key, cancel: null };
      e.cancel = clock.after(
        ARMED_MS,
        () => entries.get(id) === e && e.stage === 'armed' && drop(id),
      );
      entries.set(id, e);
    },
    disarmed(id) {
      if (entries.get(id)?.stage === 'armed') drop(id);
    },
    closed(id) {
      const e = entries.get(id);
      if (!e || e.stage !== 'armed') return;
      const now = clock.now();
      if (opts.confirmation === 'closed') return undoable(id, e, now, CLOSED_UNDO_MS);
      e.cancel?.();
      e.stage = 'closed';
      e.at = now;
      if (lastNotice && !lastNotice.used && now - lastNotice.at <= NOTICE_SLACK_MS) {
        lastNotice.used = true;
        drop(ORPHAN); // that notice was this compose's, not a pop-out's
        return undoable(id, e, lastNotice.at, NOTICE_UNDO_MAX_MS);
      }
      e.cancel = clock.after(
        EVIDENCE_MS,
        () => entries.get(id) === e && e.stage === 'closed' && drop(id),
      );
    },
    reopened(key) {
      for (const [id, e] of entries) if (e.stage !== 'armed' && e.key === key) drop(id);
    },
    noticeSent() {
      if (opts.confirmation !== 'notice') return;
      const now = clock.now();
      // A new notice replaces the last one: a send still undoable can no longer be undone.
      for (const [id, e] of [...entries]) if (e.stage === 'undoable') confirm(id);
      const target = awaitingNotice();
      lastNotice = { at: now, used: !!target };
      if (target) return undoable(target[0], target[1], now, NOTICE_UNDO_MAX_MS);
      // Perhaps a pop-out compose of this account, whose window closed: the background decides.
      const orphan: Entry = { stage: 'undoable', at: now, key: ORPHAN, cancel: null };
      drop(ORPHAN);
      entries.set(ORPHAN, orphan);
      undoable(ORPHAN, orphan, now, NOTICE_UNDO_MAX_MS);
    },
    noticeUndone() {
      // The notice is the last send's: that one is undone.
      let last: string | null = null;
      let at = -Infinity;
      for (const [id, e] of entries)
        if (e.stage === 'undoable' && e.at >= at) [last, at] = [id, e.at];
      if (last !== null) drop(last);
      lastNotice = null;
    },
    noticeSettled() {
      for (const [id, e] of entries) if (e.stage === 'undoable') confirm(id);
    },
    stage(id) {
      return entries.get(id)?.stage ?? null;
    },
    dispose() {
      for (const id of [...entries.keys()]) drop(id);
    },
  };
}
