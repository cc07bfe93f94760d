import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { classify, handle, originOf } from './handle';
import { toBackground } from './protocol';
import { ComposeLookupSchema, PageLookupSchema } from './schemas';
import { StorageFullError } from '../ledger/repo';

const env = () => ({
  extensionId: fakeBrowser.runtime.id,
  extensionOrigin: originOf(fakeBrowser.runtime.getURL('/'))!,
});
let off: (() => void)[] = [];

/** Make the fake browser report who sent a message, as a real browser does. */
function sendAs(sender: Record<string, unknown>) {
  // @webext-core/messaging calls sendMessage(message, callback).
  fakeBrowser.runtime.sendMessage = ((message: unknown, callback: (v: unknown) => void) => {
    void fakeBrowser.runtime.onMessage.trigger(
      message as never,
      sender as never,
      callback as never,
    );
  }) as unknown as typeof fakeBrowser.runtime.sendMessage;
}

describe('messaging', () => {
  beforeEach(() => fakeBrowser.reset());
  afterEach(() => {
    off.forEach((f) => f());
    off = [];
  });

  it('a valid message round-trips to its handler', async () => {
    sendAs({ id: fakeBrowser.runtime.id, origin: 'https://mail.google.com', tab: { id: 3 } });
    off.push(
      toBackground.onMessage(
        'compose:lookup',
        handle(
          { from: ['mail'], schema: ComposeLookupSchema },
          (data) => data.recipients.map((r) => ({ clientId: r, clientName: r, overdueCount: 1 })),
          env(),
        ) as never,
      ),
    );
    const res = await toBackground.sendMessage('compose:lookup', {
      recipients: ['compta@martin.example'],
    });
    expect(res).toEqual({
      ok: true,
      value: [
        { clientId: 'compta@martin.example', clientName: 'compta@martin.example', overdueCount: 1 },
      ],
    });
  });

  it('an invalid payload is rejected with a reason, and the handler never runs', async () => {
    sendAs({ id: fakeBrowser.runtime.id, origin: 'https://mail.google.com' });
    let ran = false;
    off.push(
      toBackground.onMessage(
        'compose:lookup',
        handle(
          { from: ['mail'], schema: ComposeLookupSchema },
          () => {
            ran = true;
            return [];
          },
          env(),
        ) as never,
      ),
    );
    const res = await toBackground.sendMessage('compose:lookup', {
      recipients: ['not an address'],
    } as never);
    expect(res).toMatchObject({ ok: false });
    expect((res as { error: string }).error).toMatch(/^invalid message: recipients\.0: /);
    const extra = await toBackground.sendMessage('compose:lookup', {
      recipients: [],
      admin: true,
    } as never);
    expect((extra as { error: string }).error).toMatch(/invalid message/);
    expect(ran).toBe(false);
  });

  it('a message from a disallowed sender is rejected', async () => {
    sendAs({ id: fakeBrowser.runtime.id, origin: 'https://evil.example', tab: { id: 1 } });
    off.push(
      toBackground.onMessage(
        'compose:lookup',
        handle(
          { from: ['mail', 'extension'], schema: ComposeLookupSchema },
          () => [],
          env(),
        ) as never,
      ),
    );
    expect(await toBackground.sendMessage('compose:lookup', { recipients: [] })).toEqual({
      ok: false,
      error: 'refused: this message may not come from site',
    });
  });

  it('classifies senders by origin, never by path, and refuses other extensions', () => {
    const e = env();
    expect(
      classify({ id: e.extensionId, origin: e.extensionOrigin }, e.extensionId, e.extensionOrigin),
    ).toBe('extension');
    expect(
      classify(
        { id: e.extensionId, url: 'https://mail.google.com/mail/u/0/#inbox' },
        e.extensionId,
        e.extensionOrigin,
      ),
    ).toBe('mail');
    expect(
      classify(
        { id: e.extensionId, url: 'https://evil.example/chrome-extension://x' },
        e.extensionId,
        e.extensionOrigin,
      ),
    ).toBe('site');
    expect(
      classify(
        { id: 'another-extension', origin: e.extensionOrigin },
        e.extensionId,
        e.extensionOrigin,
      ),
    ).toBeNull();
    expect(
      classify({ id: e.extensionId, origin: 'null' }, e.extensionId, e.extensionOrigin),
    ).toBeNull();
    expect(classify({ id: e.extensionId }, e.extensionId, e.extensionOrigin)).toBeNull();
  });

  it('a handler error comes back as a reason', async () => {
    const run = handle(
      { from: ['extension'], schema: PageLookupSchema },
      () => {
        throw new Error('boom');
      },
      env(),
    );
    expect(
      await run({
        data: { origin: 'https://factures.example', numbers: [] },
        sender: { id: env().extensionId, origin: env().extensionOrigin },
      }),
    ).toEqual({ ok: false, error: 'boom' });
    // An error written for people keeps both its languages across the boundary.
    const full = handle(
      { from: ['extension'], schema: PageLookupSchema },
      () => {
        throw new StorageFullError();
      },
      env(),
    );
    const res = await full({
      data: { origin: 'https://factures.example', numbers: [] },
      sender: { id: env().extensionId, origin: env().extensionOrigin },
    });
    expect(res.ok ? null : res.text?.fr).toMatch(/^Le navigateur n’a plus de place/);
    expect(res.ok ? null : res.error).toMatch(/^The browser has no room left/);
  });
});
