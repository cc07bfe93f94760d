import { describe, expect, it } from 'vitest';
import {
  claimGrant,
  createGrant,
  GRANT_TTL_MS,
  tokenFromHash,
  type ComposeGrant,
  type SessionArea,
} from './grants';

function area(): SessionArea & { data: Map<string, unknown> } {
  const data = new Map<string, unknown>();
  return {
    data,
    get: async (k) => (data.has(k) ? { [k]: structuredClone(data.get(k)) } : {}),
    set: async (items) =>
      void Object.entries(items).forEach(([k, v]) => data.set(k, structuredClone(v))),
    remove: async (k) => void data.delete(k),
  };
}
const grant: ComposeGrant = {
  page: 'sidepanel',
  tabId: 7,
  origin: 'https://mail.google.com',
  compose: 'c1',
  to: ['compta@martin.example'],
};

describe('framed pages’ grants', () => {
  it('a grant is claimed once: a second claim with the same token (a page that read the frame’s URL) gets nothing', async () => {
    const a = area();
    const token = await createGrant(a, grant);
    expect(token).toMatch(/^[0-9a-f]{64}$/);
    expect(await claimGrant(a, { token, page: 'sidepanel', tabId: 7 })).toEqual(grant);
    expect(await claimGrant(a, { token, page: 'sidepanel', tabId: 7 })).toBeNull();
    expect(a.data.size).toBe(0);
  });

  it('is refused from another tab, for another page, after it expired, or for a made-up token — and is spent all the same', async () => {
    const a = area();
    expect(
      await claimGrant(a, { token: await createGrant(a, grant), page: 'sidepanel', tabId: 8 }),
    ).toBeNull();
    expect(
      await claimGrant(a, { token: await createGrant(a, grant), page: 'overlay', tabId: 7 }),
    ).toBeNull();
    expect(
      await claimGrant(
        a,
        { token: await createGrant(a, grant, 1000), page: 'sidepanel', tabId: 7 },
        1000 + GRANT_TTL_MS + 1,
      ),
    ).toBeNull();
    expect(await claimGrant(a, { token: 'a'.repeat(64), page: 'sidepanel', tabId: 7 })).toBeNull();
    expect(await claimGrant(a, { token: '../grant:x', page: 'sidepanel', tabId: 7 })).toBeNull();
    expect(a.data.size).toBe(0);
    expect(new Set(await Promise.all([1, 2, 3].map(() => createGrant(a, grant)))).size).toBe(3);
  });

  it('reads the token from the fragment only in its exact form', () => {
    const t = 'ab'.repeat(32);
    expect(tokenFromHash(`#t=${t}`)).toBe(t);
    expect(tokenFromHash('#t=xyz')).toBeNull();
    expect(tokenFromHash('')).toBeNull();
  });
});
