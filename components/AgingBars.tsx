import { BUCKETS, type Bucket } from '@/lib/escalation/portfolio';
import { money } from './format';
import type { UiLang } from './i18n';

const LABEL: Record<Bucket, { fr: string; en: string }> = {
  'not-due': { fr: 'À échoir', en: 'Not due' },
  '1-30': { fr: '1–30 j', en: '1–30 d' },
  '31-60': { fr: '31–60 j', en: '31–60 d' },
  '61-90': { fr: '61–90 j', en: '61–90 d' },
  '90+': { fr: '> 90 j', en: '> 90 d' },
};
const COLOR: Record<Bucket, string> = { 'not-due': '#9aa5a8', '1-30': '#d9a400', '31-60': '#d97706', '61-90': '#c2410c', '90+': '#b3261e' };

/** Aging of open amounts, one bar per bucket, for one currency. */
export function AgingBars(props: { currency: string; buckets: Record<Bucket, number>; lang: UiLang }) {
  const max = Math.max(1, ...BUCKETS.map((b) => props.buckets[b]));
  const w = 340;
  const rowH = 18;
  return (
    <svg role="img" aria-label={props.lang === 'fr' ? `Ancienneté des créances en ${props.currency}` : `Receivables aging in ${props.currency}`} width={w} height={BUCKETS.length * rowH + 4} viewBox={`0 0 ${w} ${BUCKETS.length * rowH + 4}`}>
      {BUCKETS.map((b, i) => {
        const len = Math.round((props.buckets[b] / max) * 150);
        return (
          <g key={b} transform={`translate(0 ${i * rowH + 2})`}>
            <text x="0" y="12" font-size="11" fill="#5c666b">{LABEL[b][props.lang]}</text>
            <rect x="62" y="2" width={Math.max(len, props.buckets[b] ? 2 : 0)} height="12" rx="3" fill={COLOR[b]} />
            <text x={68 + len} y="12" font-size="11" fill="#1d2326">{props.buckets[b] ? money(props.buckets[b], props.currency, props.lang) : ''}</text>
          </g>
        );
      })}
    </svg>
  );
}
