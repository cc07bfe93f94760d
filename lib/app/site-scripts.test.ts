import { describe, expect, it } from 'vitest';
import { siteOrigin, SITE_SCRIPT_ID, startSiteScripts, type SiteScriptApi } from './site-scripts';

/** The browser's two registries: granted origins survive a reload, registered scripts do not. */
function fakeBrowser(origins: string[]) {
  const scripts = new Map<string, { id: string; matches: string[] }>();
  const listeners: (() => void)[] = [];
  const api: SiteScriptApi & {
    permissions: {
      onAdded: { addListener(f: () => void): void };
      onRemoved: { addListener(f: () => void): void };
    };
  } = {
    permissions: {
      getAll: async () => ({ origins: [...origins] }),
      onAdded: { addListener: (f) => void listeners.push(f) },
      onRemoved: { addListener: (f) => void listeners.push(f) },
    },
    scripting: {
      getRegisteredContentScripts: async ({ ids }) =>
        ids.flatMap((id) => (scripts.has(id) ? [structuredClone(scripts.get(id)!)] : [])),
      registerContentScripts: async (list) => {
        for (const s of list) {
          if (scripts.has(s.id)) throw new Error(`Duplicate script ID '${s.id}'`);
          scripts.set(s.id, { id: s.id, matches: s.matches });
        }
      },
      updateContentScripts: async (list) => {
        for (const s of list) scripts.set(s.id, { ...scripts.get(s.id)!, matches: s.matches });
      },
      unregisterContentScripts: async ({ ids }) => void ids.forEach((id) => scripts.delete(id)),
    },
  };
  return {
    api,
    scripts,
    origins,
    changed: () => listeners.forEach((f) => f()),
    reload: () => scripts.clear(),
  };
}

describe('invoicing sites’ content script', () => {
  it('is registered again when the background starts after a reload (registrations vanish, permissions stay)', async () => {
    const b = fakeBrowser([
      'https://mail.google.com/*',
      'https://factures.example.fr/*',
      'http://127.0.0.1/*',
    ]);
    await startSiteScripts(b.api);
    expect(b.scripts.get(SITE_SCRIPT_ID)?.matches).toEqual(['https://factures.example.fr/*']);
    b.reload();
    expect(b.scripts.size).toBe(0);
    // No permission changes after a reload: only the start can bring the script back.
    await startSiteScripts(b.api);
    expect(b.scripts.get(SITE_SCRIPT_ID)?.matches).toEqual(['https://factures.example.fr/*']);
  });

  it('follows permission changes, one sync at a time, and removes the script with the last site', async () => {
    const b = fakeBrowser(['https://a.example/*']);
    const started = startSiteScripts(b.api);
    b.origins.push('https://b.example/*');
    b.changed();
    b.changed();
    await started;
    await new Promise<void>((ok) => setTimeout(ok, 0));
    await expect
      .poll(() => b.scripts.get(SITE_SCRIPT_ID)?.matches)
      .toEqual(['https://a.example/*', 'https://b.example/*']);
    b.origins.splice(0);
    b.changed();
    await expect.poll(() => b.scripts.size).toBe(0);
  });
});

describe('an invoicing app the user enables by its address', () => {
  it('is asked for by its origin, typed with or without its scheme and path', () => {
    expect(siteOrigin('factures.mon-entreprise.fr')).toBe('https://factures.mon-entreprise.fr');
    expect(siteOrigin('http://localhost:8080/invoices/12?x=1')).toBe('http://localhost:8080');
    expect(siteOrigin('https://App.Example.COM/')).toBe('https://app.example.com');
  });

  it('is no origin when the text is no address', () => {
    expect(siteOrigin('')).toBeNull();
    expect(siteOrigin('not an address')).toBeNull();
    expect(siteOrigin('https://')).toBeNull();
  });
});
