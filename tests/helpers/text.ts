import { mapText } from '../../lib/i18n/text';
import type { Text } from '../../lib/model/text';

/**
 * A `Text` for a test fixture written in French and English: French for 'fr', English for
 * every other UI language (lib/i18n/languages.ts), so fixtures need no edit when one is added.
 */
export const frEnText = (fr: string, en: string): Text =>
  mapText((code) => (code === 'fr' ? fr : en));
