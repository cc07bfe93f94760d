import type { Text } from '../model/text';
import { LANGUAGE_CODES } from './languages';
import { translator, type MessageArgs, type MessageKey, type T } from './t';

/**
 * A catalog text as a `Text` value, for the code that carries texts before a surface picks the
 * language (lib/ results: reasons, warnings, errors). It holds every language of
 * languages.ts; `Text` itself still names French and English only (lib/i18n/README.md).
 */
export function catalogText<K extends MessageKey>(key: K, ...args: MessageArgs<K>): Text {
  // A list's rows each carry their warnings: one translator per language, made once.
  translators ??= LANGUAGE_CODES.map((code) => [code, translator(code)] as const);
  const out: Record<string, string> = {};
  for (const [code, t] of translators) out[code] = t(key, ...args);
  return out as unknown as Text;
}

let translators: (readonly [string, T])[] | null = null;

/** No text: the absent optional part of a sentence (every language's empty string). */
export const emptyText = (): Text =>
  Object.fromEntries(LANGUAGE_CODES.map((code) => [code, ''])) as unknown as Text;
