import type { Catalog } from './fr';
import { language, type UiLang } from './languages';

export type MessageKey = keyof Catalog;
/** A text's parameters: none for a plain string, the function's for a text with values. */
export type MessageArgs<K extends MessageKey> = Catalog[K] extends (...args: infer A) => string
  ? A
  : [];
/** Reads the catalog of one language: `t('save')`, `t('moreInvoices', 3)`. */
export type T = <K extends MessageKey>(key: K, ...args: MessageArgs<K>) => string;

export function translator(lang: UiLang): T {
  const catalog = language(lang).catalog;
  return (key, ...args) => {
    const entry = catalog[key] as string | ((...a: unknown[]) => string);
    return typeof entry === 'function' ? entry(...args) : entry;
  };
}
