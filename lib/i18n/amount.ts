import { formatMoney } from '../model/money';
import type { Text } from '../model/text';
import { LANGUAGES } from './languages';

/**
 * An amount written in each language's own way ("1 200,00 €", "€1,200.00"), for a lib/
 * text that quotes it (catalogText's values are the same for every language; an amount is
 * not). Not in text.ts: lib/model/money.ts imports that file.
 */
export const amountText = (minor: number, currency: string): Text =>
  Object.fromEntries(
    LANGUAGES.map((l) => [l.code, formatMoney(minor, currency, l.locale)]),
  ) as unknown as Text;
