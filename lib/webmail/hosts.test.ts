import { describe, expect, it } from 'vitest';
import { MAIL_APP_HOSTS, MAIL_MATCHES, MAIL_ORIGINS, mailMatches } from './hosts';
import { MAIL_HOSTS } from '../../wxt.config';
import { classify } from '../messaging/handle';
import { invoicingOrigins } from '../app/site-scripts';

describe('the mail hosts, one list', () => {
  const env = { extensionId: 'relance', extensionOrigin: 'chrome-extension://relance' };

  it('the manifest asks for exactly the mail apps’ hosts, which are the content scripts’ matches together', () => {
    expect(MAIL_HOSTS).toEqual(MAIL_MATCHES);
    expect([...mailMatches('gmail'), ...mailMatches('outlook')].sort()).toEqual(
      [...MAIL_MATCHES].sort(),
    );
    expect(mailMatches('gmail')).toEqual(['https://mail.google.com/*']);
    expect(mailMatches('outlook')).toEqual([
      'https://outlook.live.com/*',
      'https://outlook.office.com/*',
      'https://outlook.office365.com/*',
    ]);
  });

  it('the sender policy calls each of them a mail app and a lookalike a site', () => {
    for (const origin of MAIL_ORIGINS)
      expect(classify({ id: 'relance', origin }, env.extensionId, env.extensionOrigin)).toBe(
        'mail',
      );
    for (const origin of [
      'https://google.com',
      'https://mail.google.com.evil.example',
      'http://mail.google.com',
      'https://outlook.example',
    ])
      expect(classify({ id: 'relance', origin }, env.extensionId, env.extensionOrigin)).toBe(
        'site',
      );
  });

  it('each app’s real addresses are its hosts, and no other app’s', () => {
    const examples = {
      gmail: [
        'https://mail.google.com/mail/u/0/#inbox',
        'https://mail.google.com/mail/u/1/#inbox?compose=new',
      ],
      outlook: [
        'https://outlook.live.com/mail/0/inbox',
        'https://outlook.office.com/mail/deeplink/compose',
        'https://outlook.office365.com/mail/',
      ],
    };
    const appOf = (u: string) =>
      Object.entries(MAIL_APP_HOSTS).find(([, hosts]) =>
        (hosts as readonly string[]).includes(new URL(u).hostname),
      )?.[0] ?? null;
    for (const [app, urls] of Object.entries(examples))
      for (const u of urls) expect(appOf(u)).toBe(app);
    for (const u of ['https://google.com/mail', 'https://evil.example/mail.google.com/'])
      expect(appOf(u)).toBeNull();
  });

  it('a mail app’s granted origin never gets the invoice content script', () => {
    const granted = [...MAIL_MATCHES, 'https://factures.example.fr/*'];
    expect(invoicingOrigins(granted)).toEqual(['https://factures.example.fr/*']);
    expect(Object.keys(MAIL_APP_HOSTS)).toEqual(['gmail', 'outlook']);
  });
});
