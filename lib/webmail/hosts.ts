/**
 * The mail apps' hosts, the one list the manifest (wxt.config.ts: host permissions), the
 * content scripts' matches, the sender policy (lib/messaging/handle.ts) and the site
 * scripts (lib/app/site-scripts.ts) all read. Adding a mail app starts here.
 */
export const MAIL_APP_HOSTS = {
  gmail: ['mail.google.com'],
  // Outlook on the web: personal accounts, work accounts, and the older work address.
  outlook: ['outlook.live.com', 'outlook.office.com', 'outlook.office365.com'],
} as const satisfies Record<string, readonly string[]>;

export type MailApp = keyof typeof MAIL_APP_HOSTS;

export const MAIL_HOSTNAMES: readonly string[] = Object.values(MAIL_APP_HOSTS).flat();
/** Origins whose content scripts are a mail app's (the sender policy's 'mail'). */
export const MAIL_ORIGINS: readonly string[] = MAIL_HOSTNAMES.map((h) => `https://${h}`);
/** Match patterns for one mail app's content script. */
export const mailMatches = (app: MailApp): string[] =>
  MAIL_APP_HOSTS[app].map((h) => `https://${h}/*`);
/** Match patterns of every mail app: the host permissions asked at install. */
export const MAIL_MATCHES: string[] = MAIL_HOSTNAMES.map((h) => `https://${h}/*`);
