import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  ContextGone,
  PORT_NAME,
  portMessenger,
  servePort,
  type PortHandler,
  type PortLike,
} from './port';
import { handle, originOf } from './handle';
import { ComposeLookupSchema, ComposeSentSchema } from './schemas';

/**
 * The content scripts' port, with both ends in memory: a runtime.Port pair as the browser
 * makes one (messages delivered asynchronously, in order; a disconnect tells only the other
 * end; posting on a disconnected port throws, as Chrome and Firefox do).
 */
function listeners<T extends unknown[]>() {
  const fns: ((...a: T) => void)[] = [];
  return {
    addListener: (fn: (...a: T) => void) => void fns.push(fn),
    fire: (...a: T) => fns.forEach((f) => f(...a)),
  };
}
type End = PortLike & {
  sender?: unknown;
  onMessage: ReturnType<typeof listeners<[unknown]>>;
  onDisconnect: ReturnType<typeof listeners<[]>>;
  closed: boolean;
  posted: unknown[];
};

function pair(sender: unknown): { page: End; bg: End } {
  const make = (): End => ({
    name: PORT_NAME,
    closed: false,
    posted: [],
    onMessage: listeners<[unknown]>(),
    onDisconnect: listeners<[]>(),
    postMessage() {},
    disconnect() {},
  });
  const page = make();
  const bg = make();
  bg.sender = sender;
  const wire = (from: End, to: End) => {
    from.postMessage = (m) => {
      if (from.closed) throw new Error('Attempting to use a disconnected port object');
      from.posted.push(m);
      const copy = structuredClone(m);
      queueMicrotask(() => !to.closed && to.onMessage.fire(copy));
    };
    from.disconnect = () => {
      if (from.closed) return;
      from.closed = to.closed = true;
      queueMicrotask(() => to.onDisconnect.fire());
    };
  };
  wire(page, bg);
  wire(bg, page);
  return { page, bg };
}

const env = () => ({
  extensionId: fakeBrowser.runtime.id,
  extensionOrigin: originOf(fakeBrowser.runtime.getURL('/'))!,
});
const GMAIL_TAB = {
  id: fakeBrowser.runtime.id,
  url: 'https://mail.google.com/mail/u/0/#inbox',
  tab: { id: 7 },
  frameId: 0,
};
const settle = () => new Promise((r) => setTimeout(r, 0));

describe('the content scripts’ port', () => {
  let ran: { type: string; data: unknown; tab?: number }[];
  let handlers: Map<string, PortHandler>;
  let ports: { page: End; bg: End }[];
  let hold: (() => void) | null;
  const connect = () => {
    const p = pair(GMAIL_TAB);
    ports.push(p);
    servePort(p.bg, handlers);
    return p.page;
  };

  beforeEach(() => {
    fakeBrowser.reset();
    ran = [];
    ports = [];
    hold = null;
    handlers = new Map<string, PortHandler>([
      [
        'compose:lookup',
        handle(
          { from: ['mail'], schema: ComposeLookupSchema },
          async (data, { sender }) => {
            ran.push({ type: 'compose:lookup', data, tab: sender.tab?.id });
            // A slow answer (the ledger read), released by the test.
            if (data.recipients.includes('slow@client.example'))
              await new Promise<void>((r) => (hold = r));
            return data.recipients.map((r) => ({ clientId: r, clientName: r, overdueCount: 2 }));
          },
          env(),
        ) as PortHandler,
      ],
      [
        'compose:sent',
        handle(
          { from: ['mail'], schema: ComposeSentSchema },
          (data, { sender }) => {
            ran.push({ type: 'compose:sent', data, tab: sender.tab?.id });
            return { logged: true };
          },
          env(),
        ) as PortHandler,
      ],
    ]);
  });

  it('an awaited message gets the same checked answer as sendMessage, the sender named by the browser', async () => {
    const bg = portMessenger(connect);
    expect(await bg.send('compose:lookup', { recipients: ['compta@martin.example'] })).toEqual({
      ok: true,
      value: [
        { clientId: 'compta@martin.example', clientName: 'compta@martin.example', overdueCount: 2 },
      ],
    });
    expect(ran).toEqual([
      { type: 'compose:lookup', data: { recipients: ['compta@martin.example'] }, tab: 7 },
    ]);
    // Validated as every message is.
    const bad = await bg.send('compose:lookup', { recipients: ['not an address'] });
    expect(bad.ok ? null : bad.error).toMatch(/^invalid message: recipients\.0/);
    expect(ports).toHaveLength(1); // one port for the page
  });

  it('a fire-and-forget message runs its handler and no answer is sent back', async () => {
    const bg = portMessenger(connect);
    expect(bg.post('compose:sent', { composeId: 'c1' })).toBeUndefined();
    await settle();
    expect(ran).toEqual([{ type: 'compose:sent', data: { composeId: 'c1' }, tab: 7 }]);
    expect(ports[0]!.bg.posted).toEqual([]);
  });

  it('the tab closing mid-message leaves nothing to settle: no rejection, and the late answer is dropped quietly', async () => {
    const bg = portMessenger(connect);
    let outcome = 'pending';
    const unhandled: unknown[] = [];
    const onUnhandled = (e: unknown) => unhandled.push(e);
    process.on('unhandledRejection', onUnhandled);
    bg.send('compose:lookup', { recipients: ['slow@client.example'] }).then(
      () => (outcome = 'answered'),
      () => (outcome = 'rejected'),
    );
    bg.post('compose:sent', { composeId: 'c2' });
    await settle();
    expect(hold).not.toBeNull();
    // The page goes: the browser disconnects the port from the page's side.
    ports[0]!.page.disconnect();
    await settle();
    hold!(); // the background's answer comes after the page is gone
    await settle();
    await settle();
    process.off('unhandledRejection', onUnhandled);
    expect(outcome).toBe('pending'); // nothing of the browser's was left waiting: the page's own promise simply never settles
    expect(unhandled).toEqual([]);
    expect(ports[0]!.bg.posted).toEqual([]); // the answer was not posted on the closed port (which would throw)
    expect(ran.map((r) => r.type)).toEqual(['compose:lookup', 'compose:sent']); // the send's evidence was delivered before
  });

  it('the background closing the port (it went idle) rejects what waited with ContextGone; the next message opens a new port', async () => {
    const bg = portMessenger(connect);
    const waiting = bg.send('compose:lookup', { recipients: ['slow@client.example'] });
    await settle();
    ports[0]!.bg.disconnect();
    await expect(waiting).rejects.toBeInstanceOf(ContextGone);
    bg.post('compose:sent', { composeId: 'c3' });
    await settle();
    expect(ports).toHaveLength(2);
    expect(ran.at(-1)).toEqual({ type: 'compose:sent', data: { composeId: 'c3' }, tab: 7 });
    expect(await bg.send('compose:lookup', { recipients: ['a@client.example'] })).toMatchObject({
      ok: true,
    });
  });

  it('a port that closed before its disconnect was told is replaced at once: the message is not lost', async () => {
    const bg = portMessenger(connect);
    await bg.send('compose:lookup', { recipients: ['a@client.example'] });
    // Closed on the background's side, its onDisconnect not delivered yet.
    ports[0]!.page.closed = ports[0]!.bg.closed = true;
    bg.post('compose:sent', { composeId: 'c4' });
    await settle();
    expect(ports).toHaveLength(2);
    expect(ran.at(-1)).toMatchObject({ type: 'compose:sent', data: { composeId: 'c4' } });
  });

  it('the extension reloaded ("Extension context invalidated"): an awaited message rejects with ContextGone, a posted one is dropped, nothing throws', async () => {
    const bg = portMessenger(() => {
      throw new Error('Extension context invalidated.');
    });
    expect(() => bg.post('compose:sent', { composeId: 'c5' })).not.toThrow();
    const res = bg.send('compose:lookup', { recipients: ['a@client.example'] });
    await expect(res).rejects.toBeInstanceOf(ContextGone);
    await expect(res).rejects.toThrow(/Extension context invalidated/);
  });

  it('only the content scripts’ port is served, and an unknown message is refused', async () => {
    const other = pair(GMAIL_TAB);
    other.bg.name = 'something-else';
    servePort(other.bg, handlers);
    other.page.postMessage({ id: 1, type: 'compose:sent', data: { composeId: 'x' } });
    await settle();
    expect(ran).toEqual([]);
    const bg = portMessenger(connect);
    expect(await bg.send('ledger:nothing' as 'compose:sent', { composeId: 'x' })).toEqual({
      ok: false,
      error: 'unknown message ledger:nothing',
    });
  });
});
