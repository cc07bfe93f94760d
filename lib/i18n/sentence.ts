/**
 * Helpers the catalogs write their sentences with, each language giving its own words: a
 * list's last "and", a sentence's first capital.
 */

/** "a, b and c": the last two joined by the language's word for "and". */
export const listed = (xs: readonly string[], and: string): string =>
  xs.length < 2 ? xs.join('') : `${xs.slice(0, -1).join(', ')} ${and} ${xs[xs.length - 1]}`;

/** A sentence made of optional parts starts with a capital, whichever part comes first. */
export const capitalised = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
