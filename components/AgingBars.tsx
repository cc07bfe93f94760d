import { translator } from '@/lib/i18n/t';
import type { MessageKey } from '@/lib/i18n/t';
import { BUCKETS, type Bucket } from '@/lib/escalation/portfolio';
import { money } from './format';
import type { UiLang } from './i18n';

const LABEL: Record<Bucket, MessageKey> = {
  'not-due': 'agingbarsNotDue',
  '1-30': 'agingbars130D',
  '31-60': 'agingbars3160D',
  '61-90': 'agingbars6190D',
  '90+': 'agingbars90D',
};
const COLOR: Record<Bucket, string> = {
  'not-due': '#9aa5a8',
  '1-30': '#d9a400',
  '31-60': '#d97706',
  '61-90': '#c2410c',
  '90+': '#b3261e',
};

/** Aging of open amounts, one bar per bucket, for one currency. */
export function AgingBars(props: {
  currency: string;
  buckets: Record<Bucket, number>;
  lang: UiLang;
}) {
  const max = Math.max(1, ...BUCKETS.map((b) => props.buckets[b]));
  const w = 340;
  const rowH = 18;
  return (
    <svg
      role="img"
      aria-label={translator(props.lang)('agingbarsLabel', props.currency)}
      width={w}
      height={BUCKETS.length * rowH + 4}
      viewBox={`0 0 ${w} ${BUCKETS.length * rowH + 4}`}
    >
      {BUCKETS.map((b, i) => {
        const len = Math.round((props.buckets[b] / max) * 150);
        return (
          <g key={b} transform={`translate(0 ${i * rowH + 2})`}>
            <text x="0" y="12" font-size="11" fill="#5c666b">
              {translator(props.lang)(LABEL[b])}
            </text>
            <rect
              x="62"
              y="2"
              width={Math.max(len, props.buckets[b] ? 2 : 0)}
              height="12"
              rx="3"
              fill={COLOR[b]}
            />
            <text x={68 + len} y="12" font-size="11" fill="#1d2326">
              {props.buckets[b] ? money(props.buckets[b], props.currency, props.lang) : ''}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
