import { background } from '../messaging/port';
import { localDate, type CalendarDate } from '../model/dates';
import { parseDate } from '../detect/parse-date';
import { classifyReply, type ReplyFinding } from '../replies/classify';
import { createReplyBar } from './reply-bar';
import { readThread, type ThreadMessage, type ThreadSelectors } from './thread-view';
import type { UiLang } from '../i18n/languages';
import { translator } from '../i18n/t';

/**
 * Reads the client's reply in an open conversation and offers to log it. Costs nothing on
 * pages that are not a conversation: a navigation or a click schedules one query for the
 * subject selector, and only a conversation is read further. The message's text is read
 * in the page and sent only to this browser's background, and only once the user clicks;
 * the background is asked which senders are clients, never told what they wrote before.
 * Constructing does nothing; the signal's abort removes everything added.
 */
const SCAN_DELAY_MS = 300;
const IDLE_CHECK_MS = 5000;

/** The day a message was sent, from how the mail app writes it; today when it cannot be read. */
export function messageDay(
  sentText: string | null,
  lang: string,
  today: CalendarDate,
): CalendarDate {
  if (!sentText) return today;
  const parsed = parseDate(sentText.slice(0, 120), { lang });
  return parsed && parsed.date <= today ? parsed.date : today;
}

export interface ThreadReaderOptions {
  /** The UI language of the bar and its messages. */
  lang: UiLang;
  /** The mail app's UI language (BCP 47), to read its dates. */
  locale: string;
}

export function startThreadReader(
  selectors: ThreadSelectors,
  signal: AbortSignal,
  opts: ThreadReaderOptions,
): void {
  let timer: ReturnType<typeof setTimeout> | null = null;
  /** The message an offer is shown for, and its bar. */
  let shown: { key: string; host: HTMLElement } | null = null;
  /** Messages the user dismissed or logged, by sender + sentence: not offered again on this page. */
  const done = new Set<string>();
  let lastKey = '';

  const clear = () => {
    shown?.host.remove();
    shown = null;
  };

  const scan = async () => {
    timer = null;
    const view = readThread(document, selectors);
    if (!view) {
      lastKey = '';
      clear();
      return;
    }
    const senders = [...new Set(view.messages.flatMap((m) => (m.from ? [m.from] : [])))];
    const key = `${view.subject}\u0000${view.messages.length}\u0000${senders.join(',')}`;
    if (key === lastKey && (shown === null || shown.host.isConnected)) return;
    lastKey = key;
    if (!senders.length) return clear();
    let clients: { email: string; notes: string[] }[];
    try {
      const res = await background().send('reply:lookup', { senders });
      clients = res.ok ? res.value : [];
    } catch {
      // The tab is closing or the extension was reloaded: nothing to offer.
      return;
    }
    // The latest message written by a client with money owed.
    const latest = [...view.messages]
      .reverse()
      .find((m) => m.from && clients.some((c) => c.email === m.from));
    if (!latest) return clear();
    const today = localDate(new Date());
    const sent = messageDay(latest.sentText, opts.locale, today);
    const reading = classifyReply({ text: latest.text(), sent, subject: view.subject });
    const finding = reading.findings[0];
    const notes = clients.find((c) => c.email === latest.from)?.notes ?? [];
    if (!finding || notes.some((n) => n.includes(finding.sentence))) return clear();
    const offerKey = `${latest.from}\u0000${finding.sentence}`;
    if (done.has(offerKey)) return clear();
    if (shown?.key === offerKey && shown.host.isConnected) return;
    clear();
    show(latest, finding, sent, offerKey);
  };

  function show(
    message: ThreadMessage,
    finding: ReplyFinding,
    sent: CalendarDate,
    offerKey: string,
  ) {
    const host = createReplyBar({
      finding,
      lang: opts.lang,
      async onSave(choice) {
        try {
          const res = await background().send('reply:log', {
            from: message.from!,
            kind: finding.kind,
            sentence: finding.sentence.slice(0, 2000),
            messageDate: sent,
            ...(choice.date ? { date: choice.date } : {}),
            ...(finding.amount ? { amount: finding.amount.minor } : {}),
            ...(finding.document ? { document: finding.document } : {}),
            lang: opts.lang,
          });
          if (!res.ok)
            return { ok: false, error: (res.text?.[opts.lang] ?? res.error) || res.error };
          done.add(offerKey);
          return { ok: true, duplicate: res.value.duplicate };
        } catch {
          // No answer: the extension was updated or reloaded since this page opened (ContextGone).
          return {
            ok: false,
            error: translator(opts.lang)('replyBarExtensionReloaded'),
          };
        }
      },
      onDismiss() {
        done.add(offerKey);
        clear();
      },
    });
    message.body.parentElement?.insertBefore(host, message.body);
    shown = { key: offerKey, host };
  }

  const schedule = () => {
    if (timer === null && !signal.aborted) timer = setTimeout(() => void scan(), SCAN_DELAY_MS);
  };
  window.addEventListener('hashchange', schedule, { signal });
  window.addEventListener('popstate', schedule, { signal });
  document.addEventListener('click', schedule, { capture: true, passive: true, signal });
  const idle = setInterval(() => {
    // Conversations opened without a click or a navigation (keyboard, a link): a slow check, never in the background.
    if (document.visibilityState === 'visible' && document.hasFocus()) schedule();
  }, IDLE_CHECK_MS);
  signal.addEventListener('abort', () => {
    clearInterval(idle);
    if (timer !== null) clearTimeout(timer);
    clear();
  });
  schedule();
}
