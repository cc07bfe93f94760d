import { spawnSync } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** `npm start` on a machine that cannot open its window says what to do, in one line per language. */
const ROOT = join(import.meta.dirname, '../..');
const tsx = join(ROOT, 'node_modules/.bin/tsx');

function start(args: string[], env: Record<string, string | undefined>) {
  const clean = { ...process.env, ...env };
  for (const [k, v] of Object.entries(env)) if (v === undefined) delete clean[k];
  return spawnSync(tsx, ['scripts/start.ts', '--no-build', ...args], {
    cwd: ROOT,
    env: clean,
    encoding: 'utf8',
    timeout: 60_000,
  });
}

describe('npm start explains itself', () => {
  it('without a display: exits non-zero and names --headless --shots', () => {
    const r = start([], {
      DISPLAY: undefined,
      WAYLAND_DISPLAY: undefined,
      CHROME_PATH: process.execPath,
    });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('npm start -- --headless --shots DIR');
    expect(r.stderr).toContain('Pas d’écran');
    expect(r.stderr).not.toMatch(/\n\s+at /);
  }, 90_000);

  it('with the demo port in use: exits non-zero and names --port', async () => {
    const blocker = createServer();
    await new Promise<void>((ok) => blocker.listen(0, '127.0.0.1', ok));
    const port = (blocker.address() as { port: number }).port;
    try {
      const r = start(['--port', String(port)], { DISPLAY: ':99', CHROME_PATH: process.execPath });
      expect(r.status).toBe(1);
      expect(r.stderr).toContain(`Port ${port} on 127.0.0.1 is already in use`);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    } finally {
      blocker.close();
    }
  }, 90_000);
});
