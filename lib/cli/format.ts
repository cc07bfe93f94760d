import type { InterestResult } from '../escalation/interest';
import type { Suggestion } from '../escalation/plan';
import { STEP_LABELS } from '../escalation/steps';
import { formatMoney, minorToDecimal } from '../model/money';
import { LANGUAGE_CODES, type UiLang } from '../i18n/languages';
import { translator } from '../i18n/t';

/** The command line's --lang: a UI language (lib/i18n/languages.ts). */
export type CliLang = UiLang;

/** "fr, en or de": the languages --lang takes. */
export const CLI_LANGS_TEXT = `${LANGUAGE_CODES.slice(0, -1).join(', ')} or ${LANGUAGE_CODES.at(-1)}`;

/** --lang's value: a UI language code, else undefined. */
export const cliLang = (v: unknown): CliLang | undefined => LANGUAGE_CODES.find((c) => c === v);

export function interestJson(r: InterestResult) {
  const d = (m: number) => minorToDecimal(m, r.currency);
  return {
    jurisdiction: r.jurisdiction,
    currency: r.currency,
    principal: d(r.principal),
    // null: a half-year's rate is unknown (named in warnings and unknownHalfYears); the fee still stands.
    interest: r.interest === null ? null : d(r.interest),
    fixedFee: d(r.fixedFee),
    total: r.total === null ? null : d(r.total),
    periods: r.periods.map((p) => ({
      from: p.from,
      to: p.to,
      days: p.days,
      principal: d(p.principal),
      ratePercent: p.ratePercent,
      interest: p.interest === null ? null : d(p.interest),
    })),
    unknownHalfYears: r.unknownHalfYears,
    lawRef: r.lawRef,
    // JSON stays stable for scripts: warnings in English, whatever --lang says.
    warnings: r.warnings.map((w) => w.en),
  };
}

export function interestText(r: InterestResult, lang: CliLang): string {
  const t = translator(lang);
  const m = (x: number | null) => (x === null ? t('cliUnknown') : formatMoney(x, r.currency, lang));
  const lines = [`${t('cliPrincipal')}: ${m(r.principal)}`];
  if (!r.periods.length) lines.push(t('cliNoInterest'));
  for (const p of r.periods)
    lines.push(
      `  ${p.from} → ${p.to}  ${String(p.days).padStart(4)} ${t('cliDaysShort')}  ${m(p.principal)}  ${(p.ratePercent === null ? '?' : t('cliDecimal', p.ratePercent)).padStart(6)} %  ${m(p.interest)}`,
    );
  lines.push(
    `${t('cliLateInterest')}: ${m(r.interest)}`,
    `${t('cliFixedFee')}: ${m(r.fixedFee)}`,
    `${t('cliTotalClaimable')}: ${m(r.total)}`,
  );
  if (r.lawRef) lines.push(`${t('cliLegalBasis')}: ${r.lawRef}`);
  for (const w of r.warnings) lines.push(`! ${w[lang]}`);
  return lines.join('\n');
}

export function suggestionJson(s: Suggestion, lang: CliLang) {
  return {
    clientId: s.clientId,
    clientName: s.clientName,
    status: s.status,
    step: s.step,
    date: s.date,
    channel: s.channel,
    tone: s.tone,
    daysLate: s.daysLate,
    reason: s.reason[lang],
    reasons: s.reason,
    needsConfirmation: s.needsConfirmation,
    invoices: s.invoices.map((i) => ({
      invoiceId: i.invoiceId,
      invoiceNumber: i.number,
      dueDate: i.dueDate,
      daysLate: i.daysLate,
      currency: i.currency,
      total: minorToDecimal(i.total, i.currency),
      paid: minorToDecimal(i.paid, i.currency),
      amountDue: minorToDecimal(i.amountDue, i.currency),
      interest: i.interest === null ? null : minorToDecimal(i.interest, i.currency),
      fixedFee: minorToDecimal(i.fixedFee, i.currency),
      uncertainDueDate: i.uncertainDueDate,
      interestUntil: i.interestUntil ?? null,
      periods: (i.periods ?? []).map((p) => ({
        from: p.from,
        to: p.to,
        days: p.days,
        principal: minorToDecimal(p.principal, i.currency),
        ratePercent: p.ratePercent,
        interest: p.interest === null ? null : minorToDecimal(p.interest, i.currency),
      })),
    })),
    amounts: s.amounts.map((a) => ({
      currency: a.currency,
      principal: minorToDecimal(a.principal, a.currency),
      paid: minorToDecimal(a.paid, a.currency),
      interest: a.interest === null ? null : minorToDecimal(a.interest, a.currency),
      fixedFees: minorToDecimal(a.fixedFees, a.currency),
      totalClaimed: a.totalClaimed === null ? null : minorToDecimal(a.totalClaimed, a.currency),
    })),
    jurisdiction: s.jurisdiction,
    lawRef: s.lawRef,
    skipped: s.skipped.map((k) => ({ step: k.step, reason: k.reason[lang] })),
    history: s.history,
    disputed: s.disputed.map((d) => ({
      invoiceId: d.invoiceId,
      invoiceNumber: d.number,
      reason: d.reason,
    })),
    brokenPromise: s.brokenPromise,
    noticeDeadline: s.noticeDeadline,
    insolvency: s.insolvency,
    // A rate problem shared by several clients is listed once, on the first (and in the top-level warnings).
    warnings: s.warnings.map((w) => w.en),
  };
}

const STATUS = {
  due: 'cliStatusDue',
  scheduled: 'cliStatusScheduled',
  paused: 'cliStatusPaused',
  blocked: 'cliStatusBlocked',
  waiting: 'cliStatusWaiting',
} as const satisfies Record<Suggestion['status'], string>;

export function suggestionText(s: Suggestion, lang: CliLang): string {
  const t = translator(lang);
  const step = s.step ? STEP_LABELS[s.step][lang] : '—';
  const lines = [
    `[${t(STATUS[s.status])}] ${s.clientName} — ${step} (${s.date})`,
    `  ${s.reason[lang]}`,
  ];
  for (const i of s.invoices) {
    const interest = i.interest === null ? '?' : formatMoney(i.interest, i.currency, lang);
    lines.push(
      `  · ${i.number}  ${i.dueDate}  ${i.daysLate} ${t('cliDaysShort')}  ${formatMoney(i.amountDue, i.currency, lang)}  + ${interest}${i.fixedFee ? ` + ${formatMoney(i.fixedFee, i.currency, lang)}` : ''}`,
    );
  }
  for (const a of s.amounts) {
    const total = a.totalClaimed === null ? '?' : formatMoney(a.totalClaimed, a.currency, lang);
    lines.push(`  ${t('cliTotalClaimable')}: ${total}`);
  }
  for (const w of s.warnings) lines.push(`  ! ${w[lang]}`);
  return lines.join('\n');
}

/**
 * Text for a terminal: escape sequences (CSI "ESC [ … letter", OSC "ESC ] … BEL or ESC \\",
 * and other ESC pairs) removed whole, then every other control character but line feed and
 * tab, and the bidi overrides. Values come from invoices and files: they must not set the
 * window title, move the cursor, or hide text from the person reading.
 */
export function terminalSafe(s: string): string {
  return s

    .replace(
      /\u001B\][^\u0007\u001B]*(?:\u0007|\u001B\\)?|\u009D[^\u0007\u009C]*[\u0007\u009C]?|(?:\u001B\[|\u009B)[0-?]*[ -/]*[@-~]?|\u001B[@-_]?/g,
      '',
    )

    .replace(
      /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g,
      '',
    );
}
