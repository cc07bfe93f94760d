import type { Client } from '../model/client';
import { addDays, addMonths, formatDate, type CalendarDate } from '../model/dates';
import { formatMoney } from '../model/money';
import type { Tone } from '../model/policy';
import type { Sender } from '../model/sender';
import type { AmountLine, CoveredInvoice, Suggestion } from '../escalation/plan';
import { JURISDICTIONS, isJurisdictionId } from '../escalation/jurisdictions';
import { EN } from './defaults-en';
import { FR } from './defaults-fr';
import { serialize, type HNode } from './html';
import {
  BLOCK_VARIABLES,
  VARIABLES,
  type DraftKind,
  type DraftLang,
  type TemplateSet,
  type TextTemplate,
} from './kinds';
import { toBlocks, validateTemplate, type TemplateError, type Values } from './template';
import { lawText } from './law-text';

export const DEFAULT_TEMPLATES: Record<DraftLang, TemplateSet> = { fr: FR, en: EN };
export type TemplateOverrides = Partial<
  Record<DraftLang, Partial<Record<DraftKind, TextTemplate>>>
>;

export interface DraftContext {
  kind: DraftKind;
  lang: DraftLang;
  tone: Tone;
  client: Pick<Client, 'name' | 'contactName' | 'kind'>;
  sender: Sender;
  invoices: CoveredInvoice[];
  amounts: AmountLine[];
  daysLate: number;
  history: { step: string; date: CalendarDate }[];
  jurisdiction: string;
  lawRef: string;
  today: CalendarDate;
  deadlineDays?: number;
  /** A promise to pay that was not kept (its date), to name in the draft. */
  brokenPromise?: CalendarDate | null;
  /** The client's own words from a reply Relance logged (a promise, a payment announced), to quote. */
  clientReply?: { date: CalendarDate; quote: string } | null;
  /** Instalments for a payment-plan proposal. */
  plan?: { date: CalendarDate; amount: number; currency: string }[];
  /** Lines of an agreement recap (scope, price, deposit…). */
  agreement?: { label: string; value: string }[];
  overrides?: TemplateOverrides;
}

export interface Draft {
  subject: string;
  text: string;
  html: string;
  nodes: HNode[];
}

const KNOWN = new Set<string>(VARIABLES);
const BLOCKS = new Set<string>(BLOCK_VARIABLES);

export function checkTemplate(t: TextTemplate): {
  subject: TemplateError[];
  body: TemplateError[];
} {
  return {
    subject: validateTemplate(t.subject, KNOWN, new Set()),
    body: validateTemplate(t.body, KNOWN, BLOCKS),
  };
}

const locale = (lang: DraftLang) => (lang === 'fr' ? 'fr-FR' : 'en-GB');

export { formatDate };

function joinList(items: string[], lang: DraftLang): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${lang === 'fr' ? 'et' : 'and'} ${items[items.length - 1]}`;
}

/**
 * "21 octobre et 5 novembre 2026", "2 et 16 octobre 2026": the year said once when the
 * dates share it, the month once when two dates in a row share it.
 */
export function dateList(dates: CalendarDate[], lang: DraftLang): string {
  const sameYear = dates.every((d) => d.slice(0, 4) === dates[0]!.slice(0, 4));
  const words = dates.map((d, i) => {
    const next = dates[i + 1];
    let w = formatDate(d, lang);
    if (sameYear && next) {
      w = w.replace(/ \d{4}$/, '');
      if (next.slice(0, 7) === d.slice(0, 7)) w = w.replace(/ \p{L}+$/u, '');
    }
    return w;
  });
  return joinList(words, lang);
}

/** "du 15 octobre au 23 novembre 2026" / "from 15 October to 23 November 2026". */
export function dateRange(from: CalendarDate, to: CalendarDate, lang: DraftLang): string {
  const a =
    from.slice(0, 4) === to.slice(0, 4)
      ? formatDate(from, lang).replace(/ \d{4}$/, '')
      : formatDate(from, lang);
  const b = formatDate(to, lang);
  if (lang === 'fr') return `du ${a} au ${b}`;
  return `from ${a} to ${b}`;
}

/** French typography: a narrow no-break space before : ; ? ! (and a no-break one inside « »). */
export function frenchSpacing(text: string): string {
  return text
    .replace(/[ \u00a0]+([:;?!])(?=\s|$|[)»])/g, '\u202f$1')
    .replace(/« /g, '«\u00a0')
    .replace(/ »/g, '\u00a0»');
}

const percentText = (p: string, lang: DraftLang) =>
  `${lang === 'fr' ? p.replace('.', ',') : p}${lang === 'fr' ? '\u00a0%' : '%'}`;

/**
 * The rates interest was counted at, and over which days: "au taux de 12,40 % du
 * 11 octobre au 23 novembre 2026" (periods of the same rate merged across invoices).
 */
export function ratesText(invoices: CoveredInvoice[], lang: DraftLang): string {
  const byRate = new Map<string, { from: CalendarDate; to: CalendarDate }>();
  for (const i of invoices)
    for (const p of i.periods ?? []) {
      if (p.ratePercent === null) continue;
      const r = byRate.get(p.ratePercent);
      byRate.set(
        p.ratePercent,
        r
          ? { from: p.from < r.from ? p.from : r.from, to: p.to > r.to ? p.to : r.to }
          : { from: p.from, to: p.to },
      );
    }
  const parts = [...byRate]
    .sort((a, b) => a[1].from.localeCompare(b[1].from))
    .map(([rate, r]) => `${percentText(rate, lang)} ${dateRange(r.from, r.to, lang)}`);
  if (!parts.length) return '';
  return lang === 'fr' ? `au taux de ${parts.join(', puis de ')}` : `at ${parts.join(', then ')}`;
}

function sum(
  amounts: AmountLine[],
  pick: (a: AmountLine) => number | null,
  lang: DraftLang,
): string {
  const parts = amounts.map((a) => {
    const v = pick(a);
    return v === null ? null : formatMoney(v, a.currency, locale(lang));
  });
  if (parts.some((p) => p === null))
    return lang === 'fr' ? '(montant à confirmer)' : '(amount to be confirmed)';
  return parts.join(' + ');
}

/** Penalties may be stated: a business client under a jurisdiction with statutory late-payment interest. */
function penaltiesApply(ctx: DraftContext): boolean {
  if (ctx.client.kind === 'b2c') return false;
  if (!isJurisdictionId(ctx.jurisdiction)) return false;
  const j = JURISDICTIONS[ctx.jurisdiction];
  return j.accrues === 'after-due' && (j.series !== null || j.fixedFee !== null);
}

export function draftValues(ctx: DraftContext): Values {
  const { lang } = ctx;
  const m = (v: number, cur: string) => formatMoney(v, cur, locale(lang));
  const first = ctx.invoices[0];
  const numbers = ctx.invoices.map((i) => i.number);
  const shown = numbers.length > 4 ? [...numbers.slice(0, 3), '…'] : numbers;
  const written = ctx.history.filter((h) =>
    ['courtesy', 'reminder-1', 'reminder-2', 'final-notice'].includes(h.step),
  );
  const notice = ctx.history.find((h) => h.step === 'formal-notice');
  const deadlineDays = ctx.deadlineDays ?? 8;
  const sender = ctx.sender;
  const signature =
    sender.signature?.trim() ||
    [sender.name, sender.company, sender.phone, sender.email].filter(Boolean).join('\n');
  const tones = (lang === 'fr' ? FR : EN).tones;
  const paidTotal = ctx.amounts.reduce((s, a) => s + a.paid, 0);
  const law = lawText(ctx.jurisdiction, lang);
  const calls = ctx.history.filter((h) => h.step === 'call').map((h) => h.date);
  const contacts = [
    written.length
      ? lang === 'fr'
        ? `${written.length > 1 ? 'nos relances des' : 'notre relance du'} ${dateList(
            written.map((h) => h.date),
            lang,
          )}`
        : `our ${written.length > 1 ? 'reminders' : 'reminder'} of ${dateList(
            written.map((h) => h.date),
            lang,
          )}`
      : '',
    calls.length
      ? lang === 'fr'
        ? `${calls.length > 1 ? 'nos appels des' : 'notre appel du'} ${dateList(calls, lang)}`
        : `our ${calls.length > 1 ? 'calls' : 'call'} of ${dateList(calls, lang)}`
      : '',
  ].filter(Boolean);
  const penalties = penaltiesApply(ctx);
  const interestKnown = ctx.amounts.every((a) => a.interest !== null);
  // What a notice demands: everything when known; else the principal and fees, the interest said to be still counted.
  const demanded = !penalties
    ? sum(ctx.amounts, (a) => a.principal, lang)
    : interestKnown
      ? sum(ctx.amounts, (a) => a.totalClaimed, lang)
      : `${sum(ctx.amounts, (a) => a.principal + a.fixedFees, lang)} ${lang === 'fr' ? `(outre les ${law.interest}, dont le taux d’un semestre reste à confirmer)` : `(plus ${law.interest}, one half-year's rate still to be confirmed)`}`;
  const v: Values = {
    today: formatDate(ctx.today, lang),
    deadline: formatDate(addDays(ctx.today, deadlineDays), lang),
    deadlineDays,
    daysLate: ctx.daysLate,
    single: ctx.invoices.length === 1,
    paid: paidTotal > 0,
    called: ctx.history.some((h) => h.step === 'call'),
    'client.name': ctx.client.name,
    'client.contact': ctx.client.contactName ?? '',
    'sender.name': sender.name,
    'sender.company': sender.company ?? sender.name,
    'sender.iban': sender.iban ?? '',
    'sender.bic': sender.bic ?? '',
    'sender.paymentLink': sender.paymentLink ?? '',
    'sender.email': sender.email ?? '',
    'sender.phone': sender.phone ?? '',
    signature,
    'invoice.number': first?.number ?? '',
    'invoice.issueDate': formatDate(first?.issueDate ?? null, lang),
    'invoice.dueDate': formatDate(first?.dueDate ?? null, lang),
    'invoice.total': first ? m(first.total, first.currency) : '',
    'invoice.paid': first ? m(first.paid, first.currency) : '',
    'invoice.balance': first ? m(first.amountDue, first.currency) : '',
    'invoices.count': ctx.invoices.length,
    'invoices.list': joinList(numbers, lang),
    'invoices.ref':
      lang === 'fr'
        ? `${numbers.length > 1 ? 'factures' : 'facture'} n° ${joinList(shown, 'fr')}`
        : `${numbers.length > 1 ? 'invoices' : 'invoice'} ${joinList(shown, 'en')}`,
    'total.due': sum(ctx.amounts, (a) => a.principal, lang),
    'total.paid': sum(ctx.amounts, (a) => a.paid, lang),
    'total.interest': interestKnown
      ? sum(ctx.amounts, (a) => a.interest, lang)
      : lang === 'fr'
        ? 'à chiffrer, le taux d’un semestre restant à confirmer'
        : 'to be computed, one half-year’s rate still to be confirmed',
    'total.fees': sum(ctx.amounts, (a) => a.fixedFees, lang),
    'total.claimed': sum(ctx.amounts, (a) => a.totalClaimed, lang),
    'total.demanded': demanded,
    'law.penalties': penalties,
    'law.basis': law.basis,
    'law.interest': law.interest,
    'law.fee': law.fee,
    'law.fixedFee': penalties && !!law.fee && ctx.amounts.some((a) => a.fixedFees > 0),
    'law.public': ctx.jurisdiction === 'fr-public',
    'law.rates': ratesText(ctx.invoices, lang),
    'client.consumer': ctx.client.kind === 'b2c',
    'sender.mediator': sender.consumerMediator ?? '',
    'sender.retentionClause': !!sender.retentionClause,
    'terms.penaltyRate':
      sender.penaltyRate?.trim() ||
      lawText(ctx.jurisdiction === 'none' ? 'fr-b2b' : ctx.jurisdiction, lang).defaultRate,
    'promise.broken': !!ctx.brokenPromise,
    'promise.date': ctx.brokenPromise ? formatDate(ctx.brokenPromise, lang) : '',
    'reply.quote': ctx.clientReply?.quote ?? '',
    'reply.date': ctx.clientReply ? formatDate(ctx.clientReply.date, lang) : '',
    'previous.date': written.length ? formatDate(written[written.length - 1]!.date, lang) : '',
    'previous.dates': dateList(
      written.map((h) => h.date),
      lang,
    ),
    'previous.contacts': contacts.join(lang === 'fr' ? ', ainsi que ' : ' as well as '),
    'notice.date': notice ? formatDate(notice.date, lang) : '',
    'tone.friendly': ctx.tone === 'friendly',
    'tone.polite': ctx.tone === 'polite',
    'tone.firm': ctx.tone === 'firm',
    'tone.formal': ctx.tone === 'formal',
    'agreement.deposit': !!ctx.agreement?.some((a) => /acompte|deposit/i.test(a.label)),
  };
  // Greeting and closing are templates themselves, expanded with the same values.
  v.greeting = toBlocks(tones[ctx.tone].greeting, v, new Set())
    .map((b) => (b.type === 'paragraph' ? b.text : ''))
    .join('\n');
  v.closing = tones[ctx.tone].closing;
  return v;
}

function tableNode(ctx: DraftContext, withPenalties: boolean): { html: HNode; text: string } {
  const { lang } = ctx;
  const m = (v: number | null, cur: string) =>
    v === null ? '?' : formatMoney(v, cur, locale(lang));
  const d = (x: CalendarDate | null) => formatDate(x, lang);
  const head =
    lang === 'fr'
      ? ['Facture', 'Date', 'Échéance', 'Montant TTC', 'Déjà réglé', 'Reste dû', 'Retard']
      : ['Invoice', 'Date', 'Due date', 'Amount', 'Paid', 'Balance', 'Days late'];
  if (withPenalties)
    head.push(
      ...(lang === 'fr'
        ? [
            ctx.jurisdiction === 'fr-public'
              ? 'Intérêts moratoires'
              : ctx.jurisdiction === 'fr-b2b'
                ? 'Pénalités'
                : 'Intérêts',
            'Indemnité',
          ]
        : ['Interest', 'Fixed fee']),
    );
  const rows = ctx.invoices.map((i) => {
    const cells = [
      i.number,
      d(i.issueDate),
      d(i.dueDate),
      m(i.total, i.currency),
      m(i.paid, i.currency),
      m(i.amountDue, i.currency),
      lang === 'fr' ? `${i.daysLate} j` : `${i.daysLate} d`,
    ];
    if (withPenalties) cells.push(m(i.interest, i.currency), m(i.fixedFee, i.currency));
    return cells;
  });
  const cell = 'border:1px solid #999;padding:4px 8px;text-align:left';
  const html: HNode = {
    tag: 'table',
    style: 'border-collapse:collapse',
    children: [
      {
        tag: 'thead',
        children: [
          {
            tag: 'tr',
            children: head.map((h) => ({ tag: 'th' as const, style: cell, children: [h] })),
          },
        ],
      },
      {
        tag: 'tbody',
        children: rows.map((r) => ({
          tag: 'tr' as const,
          children: r.map((c) => ({ tag: 'td' as const, style: cell, children: [c] })),
        })),
      },
    ],
  };
  const text = ctx.invoices
    .map((i) =>
      typeset(
        lang === 'fr'
          ? `• Facture n° ${i.number} du ${d(i.issueDate)}, échue le ${d(i.dueDate)} : ${m(i.total, i.currency)}${i.paid ? `, déjà réglé ${m(i.paid, i.currency)}` : ''}, reste dû ${m(i.amountDue, i.currency)} (${i.daysLate} jours de retard)${withPenalties ? ` ; ${lawText(ctx.jurisdiction, 'fr').interest} ${m(i.interest, i.currency)}, indemnité ${m(i.fixedFee, i.currency)}` : ''}`
          : `• Invoice ${i.number} dated ${d(i.issueDate)}, due ${d(i.dueDate)}: ${m(i.total, i.currency)}${i.paid ? `, paid ${m(i.paid, i.currency)}` : ''}, balance ${m(i.amountDue, i.currency)} (${i.daysLate} days late)${withPenalties ? `; interest ${m(i.interest, i.currency)}, fixed fee ${m(i.fixedFee, i.currency)}` : ''}`,
        lang,
      ),
    )
    .join('\n');
  return { html, text };
}

function linesBlock(lines: string[]): { html: HNode; text: string } {
  return {
    html: { tag: 'ul', children: lines.map((l) => ({ tag: 'li' as const, children: [l] })) },
    text: lines.map((l) => `• ${l}`).join('\n'),
  };
}

export function templateFor(
  kind: DraftKind,
  lang: DraftLang,
  overrides?: TemplateOverrides,
): TextTemplate {
  return overrides?.[lang]?.[kind] ?? DEFAULT_TEMPLATES[lang].kinds[kind];
}

/** French text gets French spacing; the data in it (names, numbers) has none of these marks before a space. */
const typeset = (text: string, lang: DraftLang) => (lang === 'fr' ? frenchSpacing(text) : text);

/** What a plan's suggestion gives a draft: the invoices it covers, the amounts, the delay, the history and the law. */
export function suggestionFacts(
  s: Suggestion,
): Pick<
  DraftContext,
  | 'invoices'
  | 'amounts'
  | 'daysLate'
  | 'history'
  | 'jurisdiction'
  | 'lawRef'
  | 'brokenPromise'
  | 'clientReply'
> {
  return {
    invoices: s.invoices,
    amounts: s.amounts,
    daysLate: s.daysLate,
    history: s.history,
    jurisdiction: s.jurisdiction,
    lawRef: s.lawRef,
    brokenPromise: s.brokenPromise,
    clientReply: s.clientReply,
  };
}

export function renderDraft(ctx: DraftContext): Draft {
  const template = templateFor(ctx.kind, ctx.lang, ctx.overrides);
  const errors = checkTemplate(template);
  const all = [
    ...errors.subject.map((e) => `subject ${e.line}:${e.column} ${e.message}`),
    ...errors.body.map((e) => `body ${e.line}:${e.column} ${e.message}`),
  ];
  if (all.length)
    throw new Error(`Template "${ctx.kind}" (${ctx.lang}) is invalid: ${all.join('; ')}`);
  const values = draftValues(ctx);
  const subject = toBlocks(template.subject, values, new Set())
    .map((b) => (b.type === 'paragraph' ? b.text : ''))
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
  const subjectOut = typeset(subject, ctx.lang);
  const withPenalties =
    !!values['law.penalties'] && (ctx.kind === 'final-notice' || ctx.kind === 'formal-notice');
  const lang = ctx.lang;
  const blockFor = (name: string): { html: HNode; text: string } => {
    if (name === 'invoices.table') return tableNode(ctx, withPenalties);
    if (name === 'plan.lines')
      return linesBlock(
        (ctx.plan ?? []).map(
          (p) =>
            `${formatDate(p.date, lang)}${lang === 'fr' ? '\u202f: ' : ': '}${formatMoney(p.amount, p.currency, locale(lang))}`,
        ),
      );
    if (name === 'agreement.lines')
      return linesBlock(
        (ctx.agreement ?? []).map(
          (a) => `${a.label}${lang === 'fr' ? '\u202f: ' : ': '}${a.value}`,
        ),
      );
    return { html: '', text: '' };
  };
  const nodes: HNode[] = [];
  const text: string[] = [];
  for (const b of toBlocks(template.body, values, BLOCKS)) {
    if (b.type === 'table') {
      const block = blockFor(b.name);
      nodes.push(block.html);
      text.push(block.text);
    } else {
      const lines = b.text.split('\n');
      const typed = lines.map((l) => typeset(l, lang));
      nodes.push({
        tag: 'p',
        children: typed.flatMap((l, i) => (i ? [{ tag: 'br' as const }, l] : [l])),
      });
      text.push(typed.join('\n'));
    }
  }
  return { subject: subjectOut, text: text.join('\n\n'), html: serialize(nodes), nodes };
}

/** The call script for the call step, line by line. */
export function renderCallScript(ctx: Omit<DraftContext, 'kind'>): string[] {
  const values = draftValues({ ...ctx, kind: 'reminder-1' });
  return DEFAULT_TEMPLATES[ctx.lang].call.map((line) =>
    typeset(
      toBlocks(line, values, new Set())
        .map((b) => (b.type === 'paragraph' ? b.text : ''))
        .join(' '),
      ctx.lang,
    ),
  );
}

/** Equal monthly instalments, the last one taking the rounding remainder. */
export function proposePaymentPlan(
  amounts: AmountLine[],
  start: CalendarDate,
  count: number,
): { date: CalendarDate; amount: number; currency: string }[] {
  const out: { date: CalendarDate; amount: number; currency: string }[] = [];
  for (const a of amounts) {
    const part = Math.floor(a.principal / count);
    for (let i = 0; i < count; i++)
      out.push({
        date: addMonths(start, i),
        amount: i === count - 1 ? a.principal - part * (count - 1) : part,
        currency: a.currency,
      });
  }
  return out.sort((x, y) => x.date.localeCompare(y.date));
}
