import type { Text } from '../model/text';
import { LANGUAGE_CODES, type UiLang } from './languages';
import { translator, type MessageArgs, type MessageKey, type T } from './t';

/**
 * A catalog text as a `Text` value, for the code that carries texts before a surface picks the
 * language (lib/ results: reasons, warnings, errors). It holds every language of languages.ts.
 */
export function catalogText<K extends MessageKey>(key: K, ...args: MessageArgs<K>): Text {
  // A list's rows each carry their warnings: one translator per language, made once.
  translators ??= LANGUAGE_CODES.map((code) => [code, translator(code)] as const);
  const out: Record<string, string> = {};
  for (const [code, t] of translators) out[code] = t(key, ...args);
  return out as unknown as Text;
}

/** One string in every language: what is not words (a file name, an id, a message we were given). */
export const sameText = (s: string): Text =>
  Object.fromEntries(LANGUAGE_CODES.map((code) => [code, s])) as Text;

let translators: (readonly [UiLang, T])[] | null = null;

/** No text: the absent optional part of a sentence (every language's empty string). */
export const emptyText = (): Text => sameText('');

/** A `Text` made from others, language by language (`(code, pick) => …`, `pick(t)` = `t[code]`). */
export function mapText(f: (code: UiLang, pick: (t: Text) => string) => string): Text {
  return Object.fromEntries(LANGUAGE_CODES.map((code) => [code, f(code, (t) => t[code])])) as Text;
}
