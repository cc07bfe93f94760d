import type * as v from 'valibot';
import { handle, type Caller, type SenderInfo } from './handle';
import type { PortHandler } from './port';
import { toBackground, type Result, type ToBackground } from './protocol';

/** The data a message carries, as its schema outputs it (protocol.ts declares it so). */
export type MessageData<K extends keyof ToBackground> = Parameters<ToBackground[K]>[0];
/** What a handler answers when it works (`handle` wraps it in a Result). */
export type MessageValue<K extends keyof ToBackground> =
  ReturnType<ToBackground[K]> extends Result<infer T> ? T : never;

/** Who may send a message, the schema that checks it, and the handler that gets its output. */
export interface Route<K extends keyof ToBackground> {
  from: readonly Caller[];
  schema: v.GenericSchema<unknown, MessageData<K>>;
  run(
    data: MessageData<K>,
    ctx: { caller: Caller; sender: SenderInfo },
  ): Promise<MessageValue<K>> | MessageValue<K>;
}

/** One route per message the background answers: a missing or mistyped one does not compile. */
export type Routes = { [K in keyof ToBackground]: Route<K> };

export interface Env {
  extensionId: string;
  extensionOrigin: string;
}

/** A route as the messenger's listener: checked by `handle` before its handler runs. */
function listener<K extends keyof ToBackground>(route: Route<K>, env: Env) {
  return handle(
    { from: route.from, schema: route.schema },
    (data, ctx) => route.run(data, ctx),
    env,
  );
}

/**
 * Listens for every message of the table. One line per message, each with its concrete
 * type: for a generic key TypeScript cannot reduce the messaging library's conditional
 * return type, and this way nothing is cast; the mapped type makes a missing line an error.
 * Returns the same checked handlers by name, for the content scripts' port (port.ts).
 */
export function listen(r: Routes, env: Env): ReadonlyMap<string, PortHandler> {
  const handlers = new Map<string, PortHandler>();
  const on = toBackground.onMessage;
  // The port hands the handler the raw message; the handler checks it as for sendMessage.
  const keep = <T>(type: keyof ToBackground, fn: T): T => (
    handlers.set(type, fn as unknown as PortHandler),
    fn
  );
  const wiring: { [K in keyof ToBackground]: () => void } = {
    'scan:record': () => on('scan:record', keep('scan:record', listener(r['scan:record'], env))),
    'page:lookup': () => on('page:lookup', keep('page:lookup', listener(r['page:lookup'], env))),
    'reply:lookup': () =>
      on('reply:lookup', keep('reply:lookup', listener(r['reply:lookup'], env))),
    'reply:log': () => on('reply:log', keep('reply:log', listener(r['reply:log'], env))),
    'overlay:open': () =>
      on('overlay:open', keep('overlay:open', listener(r['overlay:open'], env))),
    'overlay:claim': () =>
      on('overlay:claim', keep('overlay:claim', listener(r['overlay:claim'], env))),
    'compose:panel': () =>
      on('compose:panel', keep('compose:panel', listener(r['compose:panel'], env))),
    'panel:claim': () => on('panel:claim', keep('panel:claim', listener(r['panel:claim'], env))),
    'compose:lookup': () =>
      on('compose:lookup', keep('compose:lookup', listener(r['compose:lookup'], env))),
    'compose:sent': () =>
      on('compose:sent', keep('compose:sent', listener(r['compose:sent'], env))),
    'compose:sending': () =>
      on('compose:sending', keep('compose:sending', listener(r['compose:sending'], env))),
    'compose:sent-elsewhere': () =>
      on(
        'compose:sent-elsewhere',
        keep('compose:sent-elsewhere', listener(r['compose:sent-elsewhere'], env)),
      ),
    'panel:mark-sent': () =>
      on('panel:mark-sent', keep('panel:mark-sent', listener(r['panel:mark-sent'], env))),
    'sent:unconfirmed': () =>
      on('sent:unconfirmed', keep('sent:unconfirmed', listener(r['sent:unconfirmed'], env))),
    'sent:confirm': () =>
      on('sent:confirm', keep('sent:confirm', listener(r['sent:confirm'], env))),
    'sent:dismiss': () =>
      on('sent:dismiss', keep('sent:dismiss', listener(r['sent:dismiss'], env))),
    'panel:open': () => on('panel:open', keep('panel:open', listener(r['panel:open'], env))),
    'letter:open': () => on('letter:open', keep('letter:open', listener(r['letter:open'], env))),
    'panel:insert': () =>
      on('panel:insert', keep('panel:insert', listener(r['panel:insert'], env))),
    'ledger:changed': () =>
      on('ledger:changed', keep('ledger:changed', listener(r['ledger:changed'], env))),
    'ledger:state': () =>
      on('ledger:state', keep('ledger:state', listener(r['ledger:state'], env))),
    'ledger:add-events': () =>
      on('ledger:add-events', keep('ledger:add-events', listener(r['ledger:add-events'], env))),
    'ledger:save-client': () =>
      on('ledger:save-client', keep('ledger:save-client', listener(r['ledger:save-client'], env))),
  };
  for (const wire of Object.values(wiring)) wire();
  return handlers;
}
