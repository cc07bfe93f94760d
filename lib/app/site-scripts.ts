import { MAIL_HOSTNAMES } from '../webmail/hosts';

/**
 * The invoice content script on the invoicing sites the user enabled (optional host
 * permissions). Chrome forgets `scripting.registerContentScripts` registrations when the
 * extension reloads or updates, while the granted origins stay: so they are re-synced at
 * every background start as well as on every permission change. Idempotent: a
 * registration that already matches the granted origins is left alone.
 */
export const SITE_SCRIPT_ID = 'relance-invoice-sites';
export const SITE_SCRIPT_FILE = 'content-scripts/invoice.js';

/** The part of `browser` this needs (so a test can give it a fake one). */
export interface SiteScriptApi {
  permissions: { getAll(): Promise<{ origins?: string[] }> };
  scripting: {
    getRegisteredContentScripts(filter: {
      ids: string[];
    }): Promise<{ id: string; matches?: string[] }[]>;
    registerContentScripts(
      scripts: { id: string; matches: string[]; js: string[]; runAt: 'document_idle' }[],
    ): Promise<void>;
    updateContentScripts(scripts: { id: string; matches: string[]; js: string[] }[]): Promise<void>;
    unregisterContentScripts(filter: { ids: string[] }): Promise<void>;
  };
}

/**
 * The origin of an invoicing app's address as the user typed it ("factures.example.fr" or a
 * whole URL), to ask the permission for; null when it is no address.
 */
export function siteOrigin(typed: string): string | null {
  try {
    return new URL(typed.includes('://') ? typed : `https://${typed}`).origin;
  } catch {
    return null;
  }
}

/** Granted origins that are invoicing sites: not the mail apps, not the demo build's local server. */
export function invoicingOrigins(granted: string[]): string[] {
  return [
    ...new Set(
      granted.filter(
        (o) =>
          !MAIL_HOSTNAMES.some((m) => o.includes(m)) &&
          !o.includes('127.0.0.1') &&
          !o.includes('localhost'),
      ),
    ),
  ].sort();
}

export async function syncSiteScripts(
  api: SiteScriptApi,
): Promise<'registered' | 'updated' | 'removed' | 'unchanged'> {
  const origins = invoicingOrigins((await api.permissions.getAll()).origins ?? []);
  const [existing] = await api.scripting.getRegisteredContentScripts({ ids: [SITE_SCRIPT_ID] });
  if (!origins.length) {
    if (!existing) return 'unchanged';
    await api.scripting.unregisterContentScripts({ ids: [SITE_SCRIPT_ID] });
    return 'removed';
  }
  if (!existing) {
    await api.scripting.registerContentScripts([
      { id: SITE_SCRIPT_ID, matches: origins, js: [SITE_SCRIPT_FILE], runAt: 'document_idle' },
    ]);
    return 'registered';
  }
  if ([...(existing.matches ?? [])].sort().join(' ') === origins.join(' ')) return 'unchanged';
  await api.scripting.updateContentScripts([
    { id: SITE_SCRIPT_ID, matches: origins, js: [SITE_SCRIPT_FILE] },
  ]);
  return 'updated';
}

/** Syncs now (the background just started) and whenever a permission is added or removed. */
export function startSiteScripts(
  api: SiteScriptApi & {
    permissions: {
      onAdded: { addListener(f: () => void): void };
      onRemoved: { addListener(f: () => void): void };
    };
  },
): Promise<unknown> {
  // One sync at a time: a start and a permission change at once would register twice.
  let queue: Promise<unknown> = Promise.resolve();
  const sync = () =>
    (queue = queue
      .then(() => syncSiteScripts(api))
      .catch((err: Error) =>
        console.warn('Relance: invoicing sites not registered:', err.message),
      ));
  api.permissions.onAdded.addListener(() => void sync());
  api.permissions.onRemoved.addListener(() => void sync());
  return sync();
}
