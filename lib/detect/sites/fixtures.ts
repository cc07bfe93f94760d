import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Test helper: the site fixtures of one adapter folder, parsed. */
export function fixture(app: string, file: string): Document {
  return new DOMParser().parseFromString(
    readFileSync(join(import.meta.dirname, app, 'fixtures', file), 'utf8'),
    'text/html',
  );
}

export function fixtureFiles(app: string): string[] {
  return readdirSync(join(import.meta.dirname, app, 'fixtures')).filter((f) => f.endsWith('.html'));
}

/** Every selector string of a SELECTORS object, flattened with its key. */
export function selectorEntries(selectors: object, prefix = ''): [string, string][] {
  return Object.entries(selectors).flatMap(([k, v]) =>
    typeof v === 'string'
      ? [[prefix + k, v] as [string, string]]
      : typeof v === 'object' && v
        ? selectorEntries(v, `${prefix}${k}.`)
        : [],
  );
}
