import type { DetectedInvoice } from '../detect/invoice-reading';
import type { Text } from '../model/text';

/**
 * Single-use grants for the extension pages Relance frames inside someone else's page:
 * the compose panel (sidepanel.html in Gmail/Outlook) and the invoice overlay
 * (overlay.html on an invoicing site). Any page can frame a web-accessible resource,
 * with any query string, so a framed page shows nothing unless it holds a grant: an
 * unguessable token the background created when our content script asked for a panel,
 * kept in storage.session (never readable by a content script or a page), handed to
 * the frame in its URL fragment and consumed by the frame's first claim. A page that
 * later learns the URL (Firefox's frame src shows it) finds the token already used.
 */
export interface ComposeGrant {
  page: 'sidepanel';
  tabId: number;
  /** The mail app's origin, as the background classified the asking content script. */
  origin: string;
  compose: string;
  to: string[];
}

export interface OverlayGrant {
  page: 'overlay';
  tabId: number;
  origin: string;
  url: string;
  lang?: string;
  kind: 'invoice' | 'list' | 'none';
  app?: string;
  note?: Text;
  invoices: DetectedInvoice[];
  /** Ids of the compliance rules the page's text misses. */
  missing: string[];
}

export type Grant = ComposeGrant | OverlayGrant;

/** Unclaimed grants expire: a frame claims its grant as it loads. */
export const GRANT_TTL_MS = 2 * 60_000;
const KEY = (token: string) => `grant:${token}`;

/** 256 random bits, hex. */
export function newToken(): string {
  return [...crypto.getRandomValues(new Uint8Array(32))]
    .map((b) => b.toString(16).padStart(2, '0'))
    .join('');
}

export const TOKEN_PATTERN = /^[0-9a-f]{64}$/;

export interface SessionArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(key: string): Promise<void>;
}

export async function createGrant(
  area: SessionArea,
  grant: Grant,
  now = Date.now(),
): Promise<string> {
  const token = newToken();
  await area.set({ [KEY(token)]: { grant, createdAt: now } });
  return token;
}

/** Who claims a grant: the token it was given, the page it is, the tab it is in (if the browser says). */
export interface GrantClaim<P extends Grant['page'] = Grant['page']> {
  token: string;
  page: P;
  tabId: number | undefined;
}

/**
 * The grant for `token`, once: it is removed by this claim whatever the outcome. Refused
 * when expired, for another page than the one asking, or from another tab than the one
 * the content script asked from.
 */
export async function claimGrant<P extends Grant['page']>(
  area: SessionArea,
  { token, page, tabId }: GrantClaim<P>,
  now = Date.now(),
): Promise<Extract<Grant, { page: P }> | null> {
  if (!TOKEN_PATTERN.test(token)) return null;
  const stored = (await area.get(KEY(token)))[KEY(token)] as
    { grant: Grant; createdAt: number } | undefined;
  if (!stored) return null;
  await area.remove(KEY(token));
  if (now - stored.createdAt > GRANT_TTL_MS || stored.grant.page !== page) return null;
  // Chrome names the tab of a framed extension page; when a browser does not, the
  // single-use token alone decides.
  if (tabId !== undefined && stored.grant.tabId !== tabId) return null;
  return stored.grant as Extract<Grant, { page: P }>;
}

/** The token a framed page was given, from its URL fragment (#t=…). */
export function tokenFromHash(hash: string): string | null {
  const t = new URLSearchParams(hash.replace(/^#/, '')).get('t');
  return t && TOKEN_PATTERN.test(t) ? t : null;
}
