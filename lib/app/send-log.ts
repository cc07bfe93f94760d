import { STEP_LABELS } from '../escalation/steps';
import type { CalendarDate } from '../model/dates';
import type { NewEvent } from '../model/event';
import type { StepId } from '../model/policy';

/**
 * What Relance put into a compose, until the mail app says it was sent. The background
 * keeps one entry per (tab, compose) in session storage from Insert on; an entry becomes a
 * ledger event only on evidence (lib/webmail/send-evidence.ts, in the page) or when the
 * user says so ("Je l'ai envoyé / I sent it"). Closing a tab never logs anything: a tab
 * closed after a refused Send is the same to the background as one closed after a real
 * one. The one case where the evidence is in another tab is Gmail's pop-out window: it
 * closes itself once the message is sent and the "Message sent" notice shows in the
 * Gmail tab that opened it; that tab reports an unmatched notice and the entry of a
 * pop-out closed right then, after a Send, is the one sent. Any other compose closed after
 * a Send without evidence (Outlook's pop-out, whose confirmation we cannot see) is kept as
 * unconfirmed: never logged by itself, offered to the user until they say yes or no.
 */
export interface Pending {
  clientId: string;
  step: string | null;
  invoiceIds: string[];
  subject: string;
  text: string;
  /** When a trusted Send was seen in that compose (ms since epoch). */
  sendingAt?: number;
  /** Whether that compose is a pop-out window of its mail app (the only kind whose evidence shows in another tab). */
  popout?: boolean;
  /** When its tab closed after that Send (a pop-out window). */
  tabClosedAt?: number;
}

/** Session storage as the rule needs it (browser.storage.session in the background). */
export interface PendingStore {
  get(key: string): Promise<Pending | null>;
  set(key: string, value: Pending): Promise<void>;
  remove(key: string): Promise<void>;
  all(): Promise<Record<string, unknown>>;
}

const PREFIX = 'pending:';
export const pendingKey = (tabId: number, composeId: string) => `${PREFIX}${tabId}:${composeId}`;

/** A Send older than this when the tab closes did not close it. */
export const SENDING_WINDOW_MS = 60_000;
/** The Gmail tab's notice and the pop-out closing happen together; this much apart at most. */
export const POPOUT_NOTICE_WINDOW_MS = 3_000;
/** A closed pop-out's entry waits this long for the notice's undo window, then goes. */
export const ORPHAN_TTL_MS = 120_000;
/** An unconfirmed send is offered to the user this long (storage.session also forgets it at restart). */
export const UNCONFIRMED_TTL_MS = 24 * 3600_000;
/** At most this many unconfirmed sends are kept: the newest. */
export const UNCONFIRMED_MAX = 20;

const UNCONFIRMED = 'unconfirmed:';
/** A closed compose whose Send we saw but whose evidence we did not: the user says whether it went. */
export interface Unconfirmed {
  id: string;
  clientId: string;
  subject: string;
  /** When the Send was clicked (ms since epoch). */
  sendingAt: number;
}

export interface SendLogDeps {
  store: PendingStore;
  now(): number;
  /** Writes the ledger event (and re-plans). */
  record(pending: Pending): Promise<void>;
}

export function sendLog(deps: SendLogDeps) {
  const { store } = deps;
  // Every change runs after the one before: two surfaces confirming at once (the popup and
  // the side panel, or a double message) must find the entry gone the second time.
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(fn: () => Promise<T>): Promise<T> => {
    const run = queue.then(fn);
    queue = run.catch(() => undefined);
    return run;
  };
  const take = (key: string): Promise<boolean> =>
    serial(async () => {
      const pending = await store.get(key);
      if (!pending) return false;
      await store.remove(key);
      await deps.record(pending);
      return true;
    });
  /** The unconfirmed entries still offered, oldest first; expired ones are dropped. */
  const unconfirmedEntries = async (): Promise<[string, Pending][]> => {
    const now = deps.now();
    const kept: [string, Pending][] = [];
    for (const [key, value] of Object.entries(await store.all())) {
      if (!key.startsWith(UNCONFIRMED)) continue;
      const p = value as Pending;
      if (!p.sendingAt || now - p.sendingAt > UNCONFIRMED_TTL_MS) await store.remove(key);
      else kept.push([key, p]);
    }
    return kept.sort((a, b) => a[1].sendingAt! - b[1].sendingAt!);
  };
  return {
    async inserted(tabId: number, composeId: string, pending: Pending): Promise<void> {
      await store.set(pendingKey(tabId, composeId), {
        clientId: pending.clientId,
        step: pending.step,
        invoiceIds: pending.invoiceIds,
        subject: pending.subject,
        text: pending.text,
      });
    },
    /** A trusted Send in that compose; nothing is logged yet. */
    async sending(tabId: number, composeId: string, popout = false): Promise<boolean> {
      const key = pendingKey(tabId, composeId);
      const pending = await store.get(key);
      if (!pending) return false;
      await store.set(key, { ...pending, sendingAt: deps.now(), popout });
      return true;
    },
    /** The page saw the mail app's evidence that this compose was sent. */
    sent(tabId: number, composeId: string): Promise<boolean> {
      return take(pendingKey(tabId, composeId));
    },
    /** The user says they sent it. */
    markedSent(tabId: number, composeId: string): Promise<boolean> {
      return take(pendingKey(tabId, composeId));
    },
    /** A tab closed: never a log. A pop-out's entry whose Send came just before is kept a little for its notice. */
    /**
     * A tab closed: never a log. An entry whose Send was seen becomes unconfirmed: the user
     * is asked whether it went (a pop-out's may still be matched by its notice, below).
     */
    tabClosed: (tabId: number): Promise<void> =>
      serial(async () => {
        const now = deps.now();
        for (const [key, value] of Object.entries(await store.all())) {
          if (!key.startsWith(`${PREFIX}${tabId}:`)) continue;
          const p = value as Pending;
          await store.remove(key);
          if (p.sendingAt)
            await store.set(`${UNCONFIRMED}${key.slice(PREFIX.length)}`, {
              ...p,
              tabClosedAt: now,
            });
        }
        const all = await unconfirmedEntries();
        for (const [key] of all.slice(0, Math.max(0, all.length - UNCONFIRMED_MAX)))
          await store.remove(key);
      }),
    /** The sends waiting for the user's word, newest first; only a client's when clientId is given. */
    async unconfirmed(clientId?: string): Promise<Unconfirmed[]> {
      return (await serial(unconfirmedEntries))
        .filter(([, p]) => clientId === undefined || p.clientId === clientId)
        .reverse()
        .map(([key, p]) => ({
          id: key.slice(UNCONFIRMED.length),
          clientId: p.clientId,
          subject: p.subject,
          sendingAt: p.sendingAt!,
        }));
    },
    /** The user says that unconfirmed send went: logged once, whoever asks again. */
    confirm(id: string): Promise<boolean> {
      return take(`${UNCONFIRMED}${id}`);
    },
    /** The user says it did not go: forgotten, nothing logged. */
    dismiss: (id: string): Promise<boolean> =>
      serial(async () => {
        const key = `${UNCONFIRMED}${id}`;
        if (!(await store.get(key))) return false;
        await store.remove(key);
        return true;
      }),
    /**
     * A Gmail tab saw a "Message sent" notice (undo window over) that matched none of its
     * composes, at noticeAt. The entry of a tab closed after a Send within the window is logged.
     */
    async sentElsewhere(noticeAt: number): Promise<boolean> {
      const now = deps.now();
      let best: [string, number] | null = null;
      for (const [key, p] of await serial(unconfirmedEntries)) {
        if (!p.popout || !p.tabClosedAt || now - p.tabClosedAt > ORPHAN_TTL_MS) continue;
        const gap = Math.abs(noticeAt - p.tabClosedAt);
        if (
          p.sendingAt &&
          p.sendingAt <= noticeAt &&
          gap <= POPOUT_NOTICE_WINDOW_MS &&
          (!best || gap < best[1])
        )
          best = [key, gap];
      }
      return best ? take(best[0]) : false;
    },
  };
}

export type SendLog = ReturnType<typeof sendLog>;

/**
 * The ledger event a logged send stands for: the reminder of its step, or a note when the
 * draft was not one of the ladder's steps. Only the invoices that are still the client's
 * are named (`owner[i]` is the client of `pending.invoiceIds[i]` in the ledger today).
 */
export function sentEvent(
  pending: Pending,
  owner: readonly (string | undefined)[],
  date: CalendarDate,
): NewEvent {
  const invoiceIds = pending.invoiceIds.filter((_, i) => owner[i] === pending.clientId);
  const step = pending.step && pending.step in STEP_LABELS ? (pending.step as StepId) : null;
  return step
    ? {
        type: 'reminder',
        step,
        channel: 'email',
        clientId: pending.clientId,
        invoiceIds,
        date,
        subject: pending.subject,
        body: pending.text,
      }
    : {
        type: 'note',
        clientId: pending.clientId,
        invoiceIds,
        date,
        note: `E-mail sent: ${pending.subject}`,
      };
}
