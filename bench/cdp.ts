/**
 * Chromium driven over the bare DevTools protocol, for timing how fast an extension page
 * opens. Playwright attaches to every new page and holds it until its own set-up is done
 * (init scripts, emulation: some 30–40 ms here), which would be counted as the page's.
 * Here the page is created without anyone attached, and read once it has drawn.
 */
import { spawn } from 'node:child_process';
import WebSocket from 'ws';
import { chromiumArgs, findChrome } from '../tools/chromium/harness';

interface Reply {
  id?: number;
  result?: Record<string, unknown>;
  error?: { message: string };
}

export interface RawBrowser {
  extensionId: string;
  /** Opens `path` of the extension in a new tab; resolves with the page's own `expression` once it is not null. */
  open<T>(path: string, expression: string, timeoutMs?: number): Promise<T>;
  close(): Promise<void>;
}

export async function rawBrowser(extension: string, profile: string): Promise<RawBrowser> {
  const child = spawn(
    findChrome()!,
    [
      ...chromiumArgs(extension),
      '--remote-debugging-port=0',
      `--user-data-dir=${profile}`,
      'about:blank',
    ],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  const url = await new Promise<string>((ok, ko) => {
    let err = '';
    const timer = setTimeout(
      () => ko(new Error(`Chromium did not open its DevTools port:\n${err}`)),
      20_000,
    );
    child.stderr.on('data', (d: Buffer) => {
      err += String(d);
      const m = /DevTools listening on (ws:\S+)/.exec(err);
      if (!m) return;
      clearTimeout(timer);
      ok(m[1]!);
    });
  });
  const ws = new WebSocket(url);
  await new Promise((ok, ko) => (ws.once('open', ok), ws.once('error', ko)));
  let next = 0;
  const waiting = new Map<number, (r: Reply) => void>();
  ws.on('message', (d) => {
    const m = JSON.parse(String(d)) as Reply;
    if (m.id === undefined) return;
    waiting.get(m.id)?.(m);
    waiting.delete(m.id);
  });
  const send = (method: string, params: object = {}, sessionId?: string) =>
    new Promise<Record<string, unknown>>((ok, ko) => {
      const id = ++next;
      waiting.set(id, (r) =>
        r.error ? ko(new Error(`${method}: ${r.error.message}`)) : ok(r.result ?? {}),
      );
      ws.send(JSON.stringify({ id, method, params, sessionId }));
    });
  const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

  let extensionId = '';
  for (let i = 0; i < 100 && !extensionId; i++) {
    const { targetInfos } = (await send('Target.getTargets')) as {
      targetInfos: { type: string; url: string }[];
    };
    const sw = targetInfos.find(
      (t) => t.type === 'service_worker' && t.url.startsWith('chrome-extension://'),
    );
    if (sw) extensionId = new URL(sw.url).host;
    else await sleep(200);
  }
  if (!extensionId) throw new Error('The extension did not start in Chromium');

  return {
    extensionId,
    async open<T>(path: string, expression: string, timeoutMs = 60_000) {
      const { targetId } = (await send('Target.createTarget', {
        url: `chrome-extension://${extensionId}/${path}`,
      })) as { targetId: string };
      // Leave the page alone while it opens (attaching is what would slow it), and long
      // enough for the work it starts after drawing to end: the next open starts clean.
      await sleep(4000);
      const { sessionId } = (await send('Target.attachToTarget', { targetId, flatten: true })) as {
        sessionId: string;
      };
      const started = Date.now();
      try {
        for (;;) {
          const r = (await send(
            'Runtime.evaluate',
            { expression, returnByValue: true, awaitPromise: true },
            sessionId,
          )) as { result: { value: T | null } };
          if (r.result.value !== null && r.result.value !== undefined) return r.result.value;
          if (Date.now() - started > timeoutMs)
            throw new Error(`${path}: ${expression} still null after ${timeoutMs} ms`);
          await sleep(200);
        }
      } finally {
        await send('Target.closeTarget', { targetId });
      }
    },
    close() {
      ws.close();
      // Resolves once Chromium has exited: its profile can then be removed.
      const exited = new Promise<void>((ok) =>
        child.exitCode !== null ? ok() : child.once('exit', () => ok()),
      );
      child.kill();
      return exited;
    },
  };
}
