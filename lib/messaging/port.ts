import type { GetDataType, GetReturnType } from '@webext-core/messaging';
import type { Result, ToBackground } from './protocol';

/**
 * Content scripts talk to the background over one long-lived port instead of
 * runtime.sendMessage. Why: a sendMessage still waiting for its answer when the tab closes
 * or navigates is a pending promise of the browser's own; Firefox settles it after the
 * page is gone and reports "Promise rejected after context unloaded: Actor 'Conduits'
 * destroyed before query 'RuntimeMessage' was resolved" in the browser console, from its
 * own code (ExtensionCommon's wrapPromise), where no catch of ours can reach it. A port's
 * postMessage returns nothing and its answers are events: when the page goes, the port
 * goes with it and nothing is left to settle. Fire-and-forget messages (a send's evidence)
 * are posted without an id; awaited ones carry an id and get their answer on the port.
 * When the extension reloaded (Chrome: "Extension context invalidated") or the background
 * closed the port, an awaited message rejects with ContextGone, which the callers treat as
 * "no answer" and end quietly.
 */
export const PORT_NAME = 'relance:content';

export type MessageType = keyof ToBackground;
// The messaging library's own reading of the protocol, so that a message typed here is the
// one its sendMessage accepts, without a cast.
export type DataOf<K extends MessageType> = GetDataType<ToBackground[K]>;
export type AnswerOf<K extends MessageType> = GetReturnType<ToBackground[K]>;

/** What travels on the port: a request (id when an answer is wanted), or an answer to one. */
export interface PortRequest {
  id?: number;
  type: string;
  data: unknown;
}
export interface PortAnswer {
  id: number;
  result: Result<unknown>;
}

/** The part of runtime.Port used here (the fake one of the tests has the same). */
export interface PortLike {
  name: string;
  postMessage(message: unknown): void;
  disconnect(): void;
  onMessage: { addListener(fn: (message: unknown) => void): void };
  onDisconnect: { addListener(fn: () => void): void };
}

export class ContextGone extends Error {
  constructor(why: string) {
    super(`no answer from Relance's background: ${why}`);
    this.name = 'ContextGone';
  }
}

export interface PortMessenger {
  /** A message whose answer is awaited. Rejects with ContextGone when the extension or the port is gone. */
  send<K extends MessageType>(type: K, data: DataOf<K>): Promise<AnswerOf<K>>;
  /** A message whose answer is not needed: nothing waits for it, nothing throws. */
  post<K extends MessageType>(type: K, data: DataOf<K>): void;
}

export function portMessenger(
  connect: () => PortLike = () =>
    browser.runtime.connect({ name: PORT_NAME }) as unknown as PortLike,
): PortMessenger {
  let port: PortLike | null = null;
  let nextId = 1;
  const waiting = new Map<number, { ok: (r: unknown) => void; ko: (e: Error) => void }>();

  const open = (): PortLike => {
    if (port) return port;
    const p = connect();
    p.onMessage.addListener((message) => {
      const answer = message as Partial<PortAnswer>;
      if (typeof answer?.id !== 'number') return;
      const w = waiting.get(answer.id);
      if (!w) return;
      waiting.delete(answer.id);
      w.ok(answer.result);
    });
    p.onDisconnect.addListener(() => {
      if (port === p) port = null;
      // The background went away (idle, reloaded): what it had not answered never will be.
      for (const [id, w] of waiting) {
        waiting.delete(id);
        w.ko(new ContextGone('the connection closed'));
      }
    });
    port = p;
    return p;
  };

  /** Posts on the open port; once more on a new one if that port had closed meanwhile (the background slept). */
  const deliver = (message: PortRequest): void => {
    try {
      open().postMessage(message);
    } catch {
      port = null;
      open().postMessage(message);
    }
  };

  return {
    send(type, data) {
      const id = nextId++;
      return new Promise((ok, ko) => {
        waiting.set(id, { ok: ok as (r: unknown) => void, ko });
        try {
          deliver({ id, type, data });
        } catch (err) {
          waiting.delete(id);
          ko(new ContextGone((err as Error)?.message ?? String(err)));
        }
      });
    },
    post(type, data) {
      try {
        deliver({ type, data });
      } catch {
        // The extension was reloaded or removed: this page's script is orphaned, and so is the message.
      }
    },
  };
}

let shared: PortMessenger | null = null;
/** The content script's one messenger (one port per page, opened at the first message). */
export function background(): PortMessenger {
  return (shared ??= portMessenger());
}

/** The background's side: each request on a content script's port goes to the same handler as a sendMessage would. */
export type PortHandler = (message: { data: unknown; sender: unknown }) => Promise<Result<unknown>>;

export function servePort(
  port: PortLike & { sender?: unknown },
  handlers: ReadonlyMap<string, PortHandler>,
): void {
  if (port.name !== PORT_NAME) return;
  let open = true;
  port.onDisconnect.addListener(() => {
    open = false;
  });
  port.onMessage.addListener((message) => {
    const req = message as Partial<PortRequest>;
    if (!req || typeof req.type !== 'string') return;
    const handler = handlers.get(req.type);
    const id = typeof req.id === 'number' ? req.id : null;
    const answer = (result: Result<unknown>) => {
      if (id === null || !open) return;
      try {
        port.postMessage({ id, result } satisfies PortAnswer);
      } catch {
        // The page left before the answer: nobody is waiting for it.
      }
    };
    if (!handler) return answer({ ok: false, error: `unknown message ${req.type.slice(0, 60)}` });
    void handler({ data: req.data, sender: port.sender ?? {} }).then(answer, (err: Error) =>
      answer({ ok: false, error: err?.message ?? String(err) }),
    );
  });
}
