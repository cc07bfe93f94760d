import { build } from 'esbuild';
import { join } from 'node:path';
import { ROOT } from '../tools/chromium/harness';

/**
 * One bench entry (`bench/*-entry.ts`) of the checkout at `root`, bundled and minified as the
 * extension ships it, as a script that defines `globalName` in the page.
 */
export async function bundle(entry: string, globalName: string, root = ROOT): Promise<string> {
  const out = await build({
    entryPoints: [join(root, entry)],
    bundle: true,
    format: 'iife',
    globalName,
    write: false,
    platform: 'browser',
    target: 'es2022',
    minify: true,
    alias: { '@': root },
    logLevel: 'error',
  });
  return out.outputFiles[0]!.text;
}
