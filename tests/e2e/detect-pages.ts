import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { parseHtmlInNode } from '../../lib/cli/node-dom';
import { detectedJson } from '../../lib/detect/invoice-reading';
import { scanPage } from '../../lib/detect/page';
import { ROOT } from '../../tools/chromium/harness';

/**
 * The page reader in a real browser's DOM against the CLI's. The field-by-field checks of the
 * fixture pages (lib/detect/page.test.ts) run on happy-dom, the CLI's DOM; the extension reads
 * pages in the browser, where the parser, CSS (what is hidden), `textContent` and the table
 * interfaces are the real ones. Every fixture page must read the same in both, field for
 * field, confidence included, so those checks hold for what a user sees in the overlay.
 */
const PAGES = join(ROOT, 'tests/fixtures/pages');
export const PAGE_FILES = readdirSync(PAGES).filter((f) => f.endsWith('.html'));
export const READ_LANG = 'fr';

/** The page without its own scripts (the CLI's DOM never runs them; its JSON-LD, data, stays). */
export function pageMarkup(name: string): string {
  return readFileSync(join(PAGES, name), 'utf8').replace(
    /<script\b(?![^>]*application\/ld\+json)[^>]*>[\s\S]*?<\/script>/gi,
    '',
  );
}

/** What the CLI reads on the page. */
export function cliReading(name: string) {
  const s = scanPage(parseHtmlInNode(pageMarkup(name)), { lang: READ_LANG });
  return { kind: s.kind, invoices: s.invoices.map(detectedJson) };
}

/** The reader as the overlay's content script bundles it: `window.RelanceRead(lang)` in the page. */
export async function readerScript(): Promise<string> {
  const out = await build({
    stdin: {
      contents: `import { scanPage } from './lib/detect/page';
        import { detectedJson } from './lib/detect/invoice-reading';
        window.RelanceRead = (lang) => {
          const s = scanPage(document, { lang });
          return { kind: s.kind, invoices: s.invoices.map(detectedJson) };
        };`,
      resolveDir: ROOT,
      loader: 'ts',
    },
    bundle: true,
    format: 'iife',
    write: false,
    platform: 'browser',
    target: 'es2022',
    alias: { '@': ROOT },
    logLevel: 'error',
  });
  return out.outputFiles[0]!.text;
}

/** Evaluated in the page once the script is in. */
export const READ_IN_PAGE = `window.RelanceRead(${JSON.stringify(READ_LANG)})`;
