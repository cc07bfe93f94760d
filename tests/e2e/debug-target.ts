import type { CDPSession } from 'playwright-core';

/**
 * Stop a script of the extension at a point the test chooses, then end it there.
 *
 * Playwright gives a CDP session to pages only; the service worker is reached through
 * a page's session with `Target.attachToTarget` and `Target.sendMessageToTarget`, the
 * protocol's own way of talking to a target over another session. A hook evaluated in
 * the target runs a `debugger` statement at the chosen point (the K-th write of an
 * import, or the moment its transaction commits); with the debugger enabled, the
 * target stops there, synchronously, inside the transaction. The test then asks the
 * browser to stop the worker: the stop request resumes it, and it ends at its next turn,
 * still inside the transaction (which can only commit after that turn). So the point of
 * the kill is the test's choice, not a matter of timing.
 */
export interface TargetSession {
  targetId: string;
  send(method: string, params?: Record<string, unknown>): Promise<Record<string, unknown>>;
  /** Resolves on the target's next event of this name. */
  next(event: string): Promise<Record<string, unknown>>;
}

interface TargetInfo {
  targetId: string;
  type: string;
  url: string;
}

export async function attachTo(
  cdp: CDPSession,
  match: (t: TargetInfo) => boolean,
): Promise<TargetSession> {
  const { targetInfos } = (await cdp.send('Target.getTargets')) as unknown as {
    targetInfos: TargetInfo[];
  };
  const target = targetInfos.find(match);
  if (!target)
    throw new Error(
      `No target matches among ${targetInfos.map((t) => `${t.type} ${t.url}`).join(', ')}`,
    );
  const { sessionId } = (await cdp.send('Target.attachToTarget', {
    targetId: target.targetId,
    flatten: false,
  })) as { sessionId: string };
  let nextId = 1;
  const answers = new Map<number, { ok(v: Record<string, unknown>): void; ko(e: Error): void }>();
  const waiters = new Map<string, ((v: Record<string, unknown>) => void)[]>();
  cdp.on('Target.receivedMessageFromTarget', (e) => {
    if (e.sessionId !== sessionId) return;
    const m = JSON.parse(e.message) as {
      id?: number;
      result?: Record<string, unknown>;
      error?: { message: string };
      method?: string;
      params?: Record<string, unknown>;
    };
    if (m.id !== undefined) {
      const a = answers.get(m.id);
      answers.delete(m.id);
      if (m.error) a?.ko(new Error(m.error.message));
      else a?.ok(m.result ?? {});
    } else if (m.method) {
      const list = waiters.get(m.method) ?? [];
      waiters.delete(m.method);
      for (const w of list) w(m.params ?? {});
    }
  });
  return {
    targetId: target.targetId,
    send(method, params = {}) {
      const id = nextId++;
      return new Promise((ok, ko) => {
        answers.set(id, { ok, ko });
        cdp
          .send('Target.sendMessageToTarget', {
            sessionId,
            message: JSON.stringify({ id, method, params }),
          })
          .catch(ko);
      });
    },
    next(event) {
      return new Promise((ok) => waiters.set(event, [...(waiters.get(event) ?? []), ok]));
    },
  };
}

/** Where to stop an import's one transaction. */
export type StopPoint = { beforeWrite: number } | 'on-commit';

/**
 * The hook, as source to evaluate in the target: it stops before the K-th put into the
 * invoices store (K − 1 writes queued in the open transaction; nothing past that point runs,
 * even if the target is resumed rather than ended while it waits), or in the record
 * transaction's `complete` event, before anyone else hears of it (the answer is not
 * sent yet).
 */
export function stopHook(at: StopPoint): string {
  if (at === 'on-commit') {
    return `(() => {
      const open = IDBDatabase.prototype.transaction;
      IDBDatabase.prototype.transaction = function (names, mode, ...rest) {
        const tx = open.call(this, names, mode, ...rest);
        if (mode === 'readwrite' && [].concat(names).includes('invoices')) tx.addEventListener('complete', () => { debugger; });
        return tx;
      };
      return 'armed';
    })()`;
  }
  return `(() => {
    const put = IDBObjectStore.prototype.put;
    let n = 0;
    IDBObjectStore.prototype.put = function (...args) {
      if (this.name === 'invoices' && ++n === ${at.beforeWrite}) {
        debugger;
        // Still running: the debugger let go as its target closed (Chromium may resume a page
        // it closes). A page or worker that ended here writes nothing more, so neither does this.
        this.transaction.abort();
        throw new DOMException('stopped at write ${at.beforeWrite} by the test', 'AbortError');
      }
      return put.apply(this, args);
    };
    return 'armed';
  })()`;
}

/** Stop every service worker and resolve once the extension's is reported stopped. */
export async function stopWorkers(control: CDPSession): Promise<void> {
  const stopped = new Promise<void>((ok) => {
    control.on('ServiceWorker.workerVersionUpdated', (e) => {
      if (
        e.versions.some(
          (v) => v.scriptURL.endsWith('/background.js') && v.runningStatus === 'stopped',
        )
      )
        ok();
    });
  });
  await control.send('ServiceWorker.stopAllWorkers');
  await stopped;
}
