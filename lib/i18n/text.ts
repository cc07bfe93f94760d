import type { Text } from '../model/text';
import { LANGUAGE_CODES } from './languages';
import { translator, type MessageArgs, type MessageKey } from './t';

/**
 * A catalog text as a `Text` value, for the code that carries texts before a surface picks the
 * language (lib/ results: reasons, warnings, errors). It holds every language of
 * languages.ts; `Text` itself still names French and English only (lib/i18n/README.md).
 */
export function catalogText<K extends MessageKey>(key: K, ...args: MessageArgs<K>): Text {
  return Object.fromEntries(
    LANGUAGE_CODES.map((code) => [code, translator(code)(key, ...args)]),
  ) as unknown as Text;
}

/** No text: the absent optional part of a sentence (every language's empty string). */
export const emptyText = (): Text =>
  Object.fromEntries(LANGUAGE_CODES.map((code) => [code, ''])) as unknown as Text;
