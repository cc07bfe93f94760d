import type { Text } from '../model/text';
import { translator, type MessageArgs, type MessageKey } from './t';

/**
 * A catalog text as a `Text` value, for the code that carries texts before a surface picks the
 * language (lib/ results: reasons, warnings, errors).
 */
export function catalogText<K extends MessageKey>(key: K, ...args: MessageArgs<K>): Text {
  return { fr: translator('fr')(key, ...args), en: translator('en')(key, ...args) };
}

/** No text: the absent optional part of a sentence (every language's empty string). */
export const emptyText = (): Text => ({ fr: '', en: '' });
