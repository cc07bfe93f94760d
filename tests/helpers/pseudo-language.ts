import type * as Languages from '../../lib/i18n/languages';

/**
 * A third UI language made at test time, to prove that adding one needs no file but its
 * catalog, its line in lib/i18n/languages.ts and its _locales folder. Its catalog is the French
 * one with every text wrapped in ⟦…⟧, so a surface or a lib/ text that still writes French or
 * English by hand shows up as text outside the marks.
 *
 * Use: `vi.mock('…/lib/i18n/languages', async (real) => withPseudoLanguage(await real()))`.
 */
export const PSEUDO = 'xx';
const OPEN = '⟦';
const CLOSE = '⟧';

type Entry = string | ((...a: never[]) => string);

export function withPseudoLanguage(real: typeof Languages): typeof Languages {
  const french = real.language('fr').catalog as Record<string, Entry>;
  const catalog = Object.fromEntries(
    Object.entries(french).map(([key, entry]) => [
      key,
      typeof entry === 'function'
        ? (...a: never[]) => `${OPEN}${entry(...a)}${CLOSE}`
        : `${OPEN}${entry}${CLOSE}`,
    ]),
  );
  const LANGUAGES = [
    ...real.LANGUAGES,
    {
      code: PSEUDO,
      name: 'Pseudo',
      // A real locale, so that its numbers and dates differ from French and English ones too.
      locale: 'de-DE',
      shortDate: { day: '2-digit', month: '2-digit', year: 'numeric' },
      catalog,
    },
  ];
  return {
    ...real,
    LANGUAGE_CODES: [...real.LANGUAGE_CODES, PSEUDO],
    LANGUAGES,
    language: (code: string) => LANGUAGES.find((l) => l.code === code)!,
  } as unknown as typeof Languages;
}

/** What is left of a text once every part the pseudo catalog wrote (⟦…⟧, nested) is cut out. */
export function unmarked(s: string): string {
  let prev: string;
  do {
    prev = s;
    s = s.replace(/⟦[^⟦⟧]*⟧/g, ' ');
  } while (s !== prev);
  return s;
}

/** Every text of the French and English catalogs, as people would read it (plain strings). */
export function catalogWords(real: typeof Languages): string[] {
  return real.LANGUAGES.filter((l) => l.code === 'fr' || l.code === 'en').flatMap((l) =>
    Object.values(l.catalog as Record<string, Entry>).filter(
      (e): e is string => typeof e === 'string',
    ),
  );
}
