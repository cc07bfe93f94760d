import type { ThreadSelectors } from '../thread-view';

/**
 * Outlook on the web's reading pane (outlook.office.com / outlook.live.com, 2024–2026 UI).
 * Facts as used by public scripts and extensions that read the open message, checked
 * 2026-12-01:
 * - the reading pane: [data-app-section="MailReadCompose"] inside div[role="main"]; the
 *   conversation's subject: its [role="heading"] (aria-level 2)
 * - each message of the conversation: [aria-label="Email message"] (English UI; the French
 *   UI says "Message électronique"), its header carrying the date in
 *   [data-testid="SentReceivedSavedTime"] (full date in `title`, short date as text)
 * - the sender: an element whose aria-label starts "From:" / "De :" ("From: Name <addr>"),
 *   or a span whose `title` is the address
 * - the body: [aria-label="Message body"] / [aria-label="Corps du message"], else [role="document"]
 * - quoted history: the previous message's header block (#divRplyFwdMsg, "From: … Sent: …")
 *   and the appendOnSend / divRplyFwdMsg containers that follow it
 * Fixtures: tests/fixtures/outlook/thread-*.html must match each selector (see thread.test.ts).
 */
export const OUTLOOK_THREAD: ThreadSelectors = {
  seen: 'Outlook on the web reading pane, facts dated 2026-12-01 (public OWA readers)',
  subject:
    '[data-app-section="MailReadCompose"] [role="heading"][aria-level="2"], div[role="main"] [role="heading"][aria-level="2"]',
  message: '[aria-label="Email message"], [aria-label="Message électronique"]',
  sender: [
    {
      selector: '[aria-label^="From:"], [aria-label^="De :"], [aria-label^="De\u00a0:"]',
      attribute: 'aria-label',
    },
    { selector: 'span[title*="@"]', attribute: 'title' },
  ],
  sent: [
    { selector: '[data-testid="SentReceivedSavedTime"]', attribute: 'title' },
    { selector: '[data-testid="SentReceivedSavedTime"]' },
  ],
  body: '[aria-label="Message body"], [aria-label="Corps du message"], [role="document"]',
  skip: '#divRplyFwdMsg, #divRplyFwdMsg ~ *, #appendonsend ~ *, blockquote, [id$="_signature"]',
};
