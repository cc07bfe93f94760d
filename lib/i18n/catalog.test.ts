import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FR } from './fr';
import { LANGUAGE_CODES, LANGUAGES, pickLang } from './languages';
import { plural } from './plural';
import { translator } from './t';

type Fn = (...a: never[]) => string;
/**
 * A text's parameter names, in order: the same values in the same places in every language. A
 * leading `_` marks a value that one language does not write (English names the raw column key
 * where French names the field), so it is left out of the comparison.
 */
const paramNames = (f: Fn) => {
  const head = /^\(([^)]*)\)|^([\w$]+)\s*=>/.exec(f.toString());
  const list = head?.[1] ?? head?.[2] ?? '';
  return list
    .split(',')
    .map((p) =>
      p
        .trim()
        .split(/[\s:=]/)[0]!
        .replace(/^_/, ''),
    )
    .filter(Boolean);
};
/** Words only some languages write (French dates a letter "Paris, le 3 avril"). */
const MAY_BE_EMPTY = new Set(['letterDatePrefix']);
const locales = join(__dirname, '../../public/_locales');
const messageKeys = (code: string) =>
  Object.keys(JSON.parse(readFileSync(join(locales, code, 'messages.json'), 'utf8'))).sort();

describe('the catalogs', () => {
  // The compiler already refuses a catalog that misses a key (`satisfies Catalog`); this also
  // holds for catalogs built at run time and says which key is wrong.
  it.each(LANGUAGES.map((l) => [l.code, l.catalog] as const))(
    '%s has every key of French, with the same parameters, and nothing empty',
    (_code, catalog) => {
      expect(Object.keys(catalog).sort()).toEqual(Object.keys(FR).sort());
      for (const [key, ref] of Object.entries(FR)) {
        const entry = (catalog as Record<string, unknown>)[key];
        expect(typeof entry, key).toBe(typeof ref);
        if (typeof ref === 'function')
          expect(paramNames(entry as Fn), key).toEqual(paramNames(ref as Fn));
        else if (!MAY_BE_EMPTY.has(key)) expect((entry as string).trim(), key).not.toBe('');
      }
    },
  );

  it('gives texts with values their values', () => {
    expect(translator('fr')('moreInvoices', 4)).toBe('Voir les 4 autres factures');
    expect(translator('en')('moreInvoices', 4)).toBe('Show the other 4 invoices');
    expect(translator('en')('save')).toBe('Save');
  });

  it("follows each language's plural rules", () => {
    const forms = { one: 'one', other: 'many' };
    expect([0, 1, 2].map((n) => plural('fr-FR', n, forms))).toEqual(['one', 'one', 'many']);
    expect([0, 1, 2].map((n) => plural('en-GB', n, forms))).toEqual(['many', 'one', 'many']);
  });
});

describe('the language list', () => {
  it('has one entry per language code, in the same order', () => {
    expect(LANGUAGES.map((l) => l.code)).toEqual([...LANGUAGE_CODES]);
  });

  it('has one _locales folder per language, each with the same manifest keys', () => {
    expect(readdirSync(locales).sort()).toEqual(LANGUAGES.map((l) => l.code).sort());
    for (const l of LANGUAGES) expect(messageKeys(l.code), l.code).toEqual(messageKeys('fr'));
  });

  it("picks the user's choice, else the browser's language in any region, else English", () => {
    expect(pickLang('en', 'fr-FR')).toBe('en');
    expect(pickLang('auto', 'fr-CA')).toBe('fr');
    expect(pickLang('auto', 'FR')).toBe('fr');
    expect(pickLang('auto', 'en-US')).toBe('en');
    // A language Relance does not speak (computed, so that adding one does not break the test).
    const unknown = ['de', 'ja', 'zh'].find(
      (c) => !(LANGUAGE_CODES as readonly string[]).includes(c),
    );
    expect(pickLang('auto', `${unknown}-XX`)).toBe('en');
    expect(pickLang('auto', 'fry')).toBe('en');
  });
});
