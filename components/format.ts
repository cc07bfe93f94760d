import { formatMoney } from '@/lib/model/money';
import type { UiLang } from './i18n';
import { language } from '@/lib/i18n/languages';

export const money = (minor: number | null, currency: string, lang: UiLang) =>
  minor === null ? '?' : formatMoney(minor, currency, language(lang).locale);

const dateFormats = new Map<UiLang, Intl.DateTimeFormat>();

export function shortDate(date: string | null, lang: UiLang): string {
  if (!date) return '—';
  let f = dateFormats.get(lang);
  if (!f)
    dateFormats.set(
      lang,
      (f = new Intl.DateTimeFormat(language(lang).locale, {
        ...language(lang).shortDate,
        timeZone: 'UTC',
      })),
    );
  return f.format(new Date(`${date}T00:00:00Z`));
}

/** A moment (ms since epoch) as the user's local date and time, in the UI's locale. */
export function dateTime(ms: number, lang: UiLang): string {
  return new Intl.DateTimeFormat(language(lang).locale, {
    dateStyle: 'short',
    timeStyle: 'short',
  }).format(new Date(ms));
}

/** A decimal written as data ("12.15") with the UI locale's decimal sign ("12,15" in French), digits kept. */
export function decimalText(decimal: string, lang: UiLang): string {
  const sign =
    new Intl.NumberFormat(language(lang).locale)
      .formatToParts(1.5)
      .find((p) => p.type === 'decimal')?.value ?? '.';
  return decimal.replace('.', sign);
}
