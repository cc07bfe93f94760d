import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAIL_APP_HOSTS } from '../../lib/webmail/hosts';
import { BEHAVIOUR_PATH, behaviourScript } from '../../tools/chromium/fixture-behaviour';

describe('the mail-app fixtures’ behaviour script', () => {
  it('every host of every mail app gets its own app’s tests/fixtures/<app>/behaviour.js, at that path only', () => {
    for (const [app, hosts] of Object.entries(MAIL_APP_HOSTS)) {
      const own = readFileSync(
        join(import.meta.dirname, '../fixtures', app, 'behaviour.js'),
        'utf8',
      );
      for (const h of hosts) {
        expect(behaviourScript(`https://${h}${BEHAVIOUR_PATH}`), h).toBe(own);
        expect(behaviourScript(`https://${h}/mail/`), `${h}: another path`).toBeNull();
      }
    }
    expect(behaviourScript(`https://mail.google.com.evil.example${BEHAVIOUR_PATH}`)).toBeNull();
  });
});
