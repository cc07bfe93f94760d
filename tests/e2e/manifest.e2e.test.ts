import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../tools/chromium/harness';

/** The store builds ask for nothing beyond this list; invoicing sites stay optional. */
const ALLOWED_PERMISSIONS = [
  'storage',
  'alarms',
  'notifications',
  'activeTab',
  'scripting',
  'sidePanel',
];
const ALLOWED_HOSTS = [
  'https://mail.google.com/*',
  'https://outlook.live.com/*',
  'https://outlook.office.com/*',
  'https://outlook.office365.com/*',
];

for (const target of ['chrome-mv3', 'firefox-mv3']) {
  describe(`${target} manifest`, () => {
    const path = join(ROOT, '.output', target, 'manifest.json');
    it('requires only the allowed permissions and the mail hosts', () => {
      let manifest: Record<string, unknown>;
      try {
        manifest = JSON.parse(readFileSync(path, 'utf8'));
      } catch {
        throw new Error(
          `${path} is missing: build it (npm run build / npm run build:firefox) before this test`,
        );
      }
      const permissions = (manifest.permissions as string[]) ?? [];
      for (const p of permissions) expect(ALLOWED_PERMISSIONS, `permission ${p}`).toContain(p);
      for (const h of (manifest.host_permissions as string[]) ?? [])
        expect(ALLOWED_HOSTS, `host ${h}`).toContain(h);
      expect(permissions.some((p) => p.includes('://') || p === '<all_urls>')).toBe(false);
      const scripts = (manifest.content_scripts as { matches: string[] }[]) ?? [];
      for (const s of scripts)
        for (const m of s.matches) expect(ALLOWED_HOSTS, `content script on ${m}`).toContain(m);
      expect(
        manifest.optional_host_permissions ??
          (manifest as { optional_permissions?: string[] }).optional_permissions,
      ).toBeTruthy();
      expect(JSON.stringify(manifest)).not.toMatch(/127\.0\.0\.1|localhost/);
    });
  });
}

describe('firefox-mv3 sidebar', () => {
  it('does not open by itself at install: the user opens it when they want it', () => {
    const manifest = JSON.parse(
      readFileSync(join(ROOT, '.output/firefox-mv3/manifest.json'), 'utf8'),
    ) as { sidebar_action?: { default_panel?: string; open_at_install?: boolean } };
    expect(manifest.sidebar_action).toMatchObject({
      default_panel: 'sidepanel.html',
      open_at_install: false,
    });
  });
});
