import { formatMoney } from '@/lib/model/money';
import type { UiLang } from './i18n';

export const money = (minor: number | null, currency: string, lang: UiLang) =>
  minor === null ? '?' : formatMoney(minor, currency, lang === 'fr' ? 'fr-FR' : 'en-GB');

const EN_DATE = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });

export function shortDate(date: string | null, lang: UiLang): string {
  if (!date) return '—';
  const [y, m, d] = date.split('-');
  return lang === 'fr' ? `${d}/${m}/${y}` : EN_DATE.format(new Date(`${date}T00:00:00Z`));
}
