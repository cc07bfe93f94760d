import type { CalendarDate } from '../model/dates';
import { findAmounts } from '../detect/parse-amount';
import { latestMessage } from './latest-message';
import { findDate } from './relative-date';
import {
  ABOUT_PAYMENT,
  AUTO_REPLY_STRONG,
  AWAY,
  DISPUTE,
  DOCUMENT,
  NEGATION,
  PAID,
  PROMISE,
  REQUEST,
  RETURN_CUE,
  guessLanguage,
  normalise,
  type ReplyLang,
} from './rules';

/**
 * What a client's reply to a reminder says, read with our own rules (no remote model):
 * a promise to pay (with its date and amount when given), a claim that it is paid (a
 * payment to check, never marked paid by itself), a dispute, a request for a document,
 * an automatic out-of-office answer (with the return date). Each finding keeps the
 * sentence it came from, as the client wrote it. Nothing found → no finding: Relance
 * then suggests nothing.
 */
export type ReplyKind = 'promise' | 'paid' | 'dispute' | 'document' | 'out-of-office';

export interface ReplyFinding {
  kind: ReplyKind;
  /** The client's sentence, as written (trimmed), that the finding comes from. */
  sentence: string;
  /** 0..1 */
  confidence: number;
  /** Promise: the date promised; paid: the day it was paid; out-of-office: the return date. */
  date?: CalendarDate;
  /** False when the words named a span ("next week") and the date is its last day. */
  dateExact?: boolean;
  /** The amount named in the sentence, in minor units, when it names one with its currency. */
  amount?: { minor: number; currency: string };
  document?: 'invoice-copy' | 'bank-details' | 'purchase-order';
}

export interface ReplyReading {
  lang: ReplyLang;
  /** The client's own words, quoted history and signature removed. */
  message: string;
  /** Best first; empty when the reply asks for nothing Relance can log. */
  findings: ReplyFinding[];
}

export interface ReplyInput {
  text: string;
  /** The day the message was sent (relative dates are read from it). */
  sent: CalendarDate;
  subject?: string;
  /** The mail says it is automatic (Auto-Submitted, X-Autoreply, Outlook's automatic reply mark). */
  automatic?: boolean;
}

const PRIORITY: Record<ReplyKind, number> = {
  'out-of-office': 0,
  dispute: 1,
  paid: 2,
  promise: 3,
  document: 4,
};

interface Sentence {
  raw: string;
  norm: string;
}

function sentences(message: string): Sentence[] {
  return message
    .split(/(?<=[.!?;])\s+|\n+/)
    .map((raw) => raw.trim())
    .filter((raw) => raw.length > 1)
    .map((raw) => ({ raw, norm: normalise(raw) }));
}

function amountIn(raw: string, lang: ReplyLang): ReplyFinding['amount'] {
  for (const a of findAmounts(raw, { lang })) {
    if (a.currency && a.minor > 0 && !a.ambiguous) return { minor: a.minor, currency: a.currency };
  }
  return undefined;
}

function withDate(f: ReplyFinding, text: string, sent: CalendarDate, past: boolean): ReplyFinding {
  const d = findDate(text, sent, past);
  if (!d) return f;
  return { ...f, date: d.date, dateExact: d.exact };
}

export function classifyReply(input: ReplyInput): ReplyReading {
  const message = latestMessage(input.text);
  const all = normalise(`${input.subject ?? ''}\n${message}`);
  const lang = guessLanguage(all);
  const findings: ReplyFinding[] = [];
  const list = sentences(message);

  // Out-of-office: an automatic answer, or someone saying they are away until a date.
  const automatic =
    input.automatic === true ||
    AUTO_REPLY_STRONG.test(normalise(input.subject ?? '')) ||
    AUTO_REPLY_STRONG.test(all);
  const away = list.find(
    (s) => AWAY.test(s.norm) && RETURN_CUE.test(s.norm) && findDate(s.norm, input.sent)?.date,
  );
  if (automatic || away) {
    const cue =
      away ?? list.find((s) => RETURN_CUE.test(s.norm) && findDate(s.norm, input.sent)) ?? list[0];
    if (cue) {
      const found = withDate(
        { kind: 'out-of-office', sentence: cue.raw, confidence: automatic ? 0.9 : 0.6 },
        cue.norm,
        input.sent,
        false,
      );
      // A return date before the message is not a return date.
      if (found.date && found.date < input.sent) delete found.date;
      findings.push(found);
    }
  }

  for (const s of list) {
    const { raw, norm } = s;
    const negated = NEGATION.test(norm);

    if (DISPUTE.some((re) => re.test(norm))) {
      findings.push({ kind: 'dispute', sentence: raw, confidence: 0.75 });
      continue;
    }

    const doc = DOCUMENT.find(([re]) => re.test(norm));
    if (doc && REQUEST.test(norm)) {
      findings.push({ kind: 'document', sentence: raw, confidence: 0.7, document: doc[1] });
      continue;
    }

    if (!ABOUT_PAYMENT.test(norm) && !PROMISE.some((re) => re.test(norm))) continue;
    const future = PROMISE.some((re) => re.test(norm));
    const past = PAID.some((re) => re.test(norm));
    // "Le virement sera effectué vendredi" has both: the future wins. A past tense that
    // is denied ("je n'ai pas encore fait le virement") is no payment.
    if (past && !future && !negated) {
      const amount = amountIn(raw, lang);
      findings.push(
        withDate(
          { kind: 'paid', sentence: raw, confidence: 0.75, ...(amount ? { amount } : {}) },
          norm,
          input.sent,
          true,
        ),
      );
      continue;
    }
    if (
      future &&
      !/\b(ne|n')\s*\w+\s+(pas|plus|jamais)\s+(pouvoir )?(payer|regler)|\b(can't|cannot|won't be able to|unable to) pay\b/.test(
        norm,
      )
    ) {
      const amount = amountIn(raw, lang);
      const f = withDate(
        { kind: 'promise', sentence: raw, confidence: 0.6, ...(amount ? { amount } : {}) },
        norm,
        input.sent,
        false,
      );
      if (f.date && f.date < input.sent) delete f.date;
      if (f.date) f.confidence = f.dateExact === false ? 0.75 : 0.85;
      findings.push(f);
    }
  }

  // One finding per kind: the most confident (a promise with a date beats one without).
  const best = new Map<ReplyKind, ReplyFinding>();
  for (const f of findings) {
    const prev = best.get(f.kind);
    if (!prev || f.confidence > prev.confidence) best.set(f.kind, f);
  }
  const out = [...best.values()];
  // An automatic answer is only that: what it "says" otherwise is boilerplate.
  const ordered = automatic ? out.filter((f) => f.kind === 'out-of-office') : out;
  ordered.sort((a, b) => PRIORITY[a.kind] - PRIORITY[b.kind] || b.confidence - a.confidence);
  return { lang, message, findings: ordered };
}
