import * as v from 'valibot';
import type { Result } from './protocol';
import { TextError } from '../model/text';
import { MAIL_ORIGINS } from '../webmail/hosts';

/**
 * Who may send what. The one place that decides who sent a message: the extension's
 * own pages (origin of the extension), a content script on a mail app, or a content
 * script on another site. Every message is validated before its handler runs.
 */
export type Caller = 'extension' | 'mail' | 'site';

export interface SenderInfo {
  id?: string;
  origin?: string;
  url?: string;
  tab?: { id?: number };
  frameId?: number;
}

export { MAIL_ORIGINS };

/**
 * Classify a sender. Chrome gives `origin`; Firefox only `url`, from which the origin
 * alone is taken (never its path or query).
 */
export function classify(
  sender: SenderInfo,
  extensionId: string,
  extensionOrigin: string,
): Caller | null {
  if (sender.id !== extensionId) return null;
  const origin = sender.origin ?? (sender.url ? originOf(sender.url) : null);
  if (!origin || origin === 'null') return null;
  if (origin === extensionOrigin.replace(/\/$/, '')) return 'extension';
  if (MAIL_ORIGINS.includes(origin)) return 'mail';
  if (/^https?:\/\//.test(origin)) return 'site';
  return null;
}

/** scheme://host[:port] of a URL, also for chrome-extension:// and moz-extension:// URLs. */
export function originOf(url: string): string | null {
  return /^[a-z][a-z0-9+.-]*:\/\/[^/?#]+/i.exec(url)?.[0]?.toLowerCase() ?? null;
}

export interface Policy<S extends v.GenericSchema> {
  from: readonly Caller[];
  schema: S;
}

export type Handler<S extends v.GenericSchema, T> = (
  data: v.InferOutput<S>,
  ctx: { caller: Caller; sender: SenderInfo },
) => Promise<T> | T;

/** Check the sender, validate, then run; anything else is refused with a reason and changes nothing. */
export function handle<S extends v.GenericSchema, T>(
  policy: Policy<S>,
  handler: Handler<S, T>,
  env: { extensionId: string; extensionOrigin: string },
) {
  return async (message: { data: unknown; sender: SenderInfo }): Promise<Result<T>> => {
    const caller = classify(message.sender, env.extensionId, env.extensionOrigin);
    if (!caller || !policy.from.includes(caller))
      return {
        ok: false,
        error: `refused: this message may not come from ${caller ?? 'an unknown sender'}`,
      };
    const parsed = v.safeParse(policy.schema, message.data);
    if (!parsed.success) {
      const first = parsed.issues[0];
      return {
        ok: false,
        error: `invalid message: ${v.getDotPath(first) ?? '(root)'}: ${first.message}`,
      };
    }
    try {
      return { ok: true, value: await handler(parsed.output, { caller, sender: message.sender }) };
    } catch (err) {
      return {
        ok: false,
        error: (err as Error).message || String(err),
        ...(err instanceof TextError ? { text: err.text } : {}),
      };
    }
  };
}
