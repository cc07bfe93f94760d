/**
 * `npm start`: build the demo extension, serve the demo pages on 127.0.0.1, open
 * Chromium with the extension on them. `npm start -- --headless --shots DIR` does the
 * same without a display and saves a screenshot of every surface into DIR.
 */
import { spawnSync } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { DEMO_BUILD, NO_BROWSER, ROOT, findChrome, launch, serve } from '../tools/chromium/harness';
import { captureSurfaces } from '../tools/chromium/surfaces';

const { values } = parseArgs({
  options: {
    headless: { type: 'boolean' },
    shots: { type: 'string' },
    port: { type: 'string' },
    lang: { type: 'string' },
    'no-build': { type: 'boolean' },
  },
});

if (!findChrome()) {
  console.error(NO_BROWSER);
  process.exit(1);
}
// Say what to do before anything is built: a window needs a display (Linux), the demo a free port.
if (
  !values.headless &&
  process.platform === 'linux' &&
  !process.env.DISPLAY &&
  !process.env.WAYLAND_DISPLAY
) {
  console.error(
    'No display to open Chromium on (neither DISPLAY nor WAYLAND_DISPLAY is set): run `npm start -- --headless --shots DIR` to save screenshots of every surface instead, or set DISPLAY.\n' +
      'Pas d’écran pour ouvrir Chromium (ni DISPLAY ni WAYLAND_DISPLAY) : lancez `npm start -- --headless --shots DOSSIER` pour enregistrer une capture de chaque écran, ou définissez DISPLAY.',
  );
  process.exit(1);
}
const port = values.port ? Number(values.port) : values.headless ? 0 : 5174;
const server = await serve(join(ROOT, 'demo'), port).catch((err: NodeJS.ErrnoException) => {
  if (err.code !== 'EADDRINUSE') throw err;
  console.error(
    `Port ${port} on 127.0.0.1 is already in use: stop what uses it, or run \`npm start -- --port N\` with another port.\nLe port ${port} est déjà utilisé : arrêtez ce qui l’occupe, ou lancez \`npm start -- --port N\` avec un autre port.`,
  );
  process.exit(1);
});
if (!values['no-build']) {
  console.log('Building the demo extension…');
  const build = spawnSync('npx', ['wxt', 'build', '--mode', 'demo'], {
    cwd: ROOT,
    stdio: 'inherit',
    shell: process.platform === 'win32',
  });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
console.log(`Demo pages on ${server.url}/factures.html`);
const locale = values.lang === 'en' ? 'en-GB' : 'fr-FR';

if (values.headless) {
  const dir = resolve(values.shots ?? 'shots');
  await mkdir(dir, { recursive: true });
  const app = await launch({ extension: DEMO_BUILD, headless: true, locale });
  try {
    const files = await captureSurfaces(app, server.url, dir, locale.slice(0, 2) as 'fr' | 'en');
    for (const f of files) console.log(`  saved ${f}`);
  } finally {
    await app.close();
    await server.close();
  }
  process.exit(0);
} else {
  const app = await launch({ extension: DEMO_BUILD, headless: false, locale });
  const page = app.context.pages()[0] ?? (await app.context.newPage());
  await page.goto(`${server.url}/factures.html`);
  const popup = await app.context.newPage();
  await popup.goto(`chrome-extension://${app.extensionId}/popup.html`);
  console.log('Chromium is open with Relance on the demo. Close the browser window to stop.');
  app.context.on('close', () => void server.close().then(() => process.exit(0)));
}
