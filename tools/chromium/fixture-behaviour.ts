import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MAIL_APP_HOSTS } from '../../lib/webmail/hosts';

/**
 * The mail-app fixtures' stand-in for the apps' own scripts: one file per app
 * (tests/fixtures/gmail/behaviour.js, tests/fixtures/outlook/behaviour.js), loaded by every
 * fixture page of that app from this path of the app's origin. Each route that serves the
 * pages (Chromium and Firefox e2e, bench) serves it too.
 */
export const BEHAVIOUR_PATH = '/relance-fixture/behaviour.js';

/** Host → app folder, from the one list of mail hosts (a new mail app needs no edit here). */
const APPS: Record<string, string> = Object.fromEntries(
  Object.entries(MAIL_APP_HOSTS).flatMap(([app, hosts]) => hosts.map((h) => [h, app])),
);

/** The behaviour script for that URL, or null when the URL is not the script's. */
export function behaviourScript(url: string): string | null {
  const u = new URL(url);
  const app = APPS[u.hostname];
  if (u.pathname !== BEHAVIOUR_PATH || !app) return null;
  return readFileSync(
    join(import.meta.dirname, '../../tests/fixtures', app, 'behaviour.js'),
    'utf8',
  );
}

export const BEHAVIOUR_TYPE = 'text/javascript; charset=utf-8';
