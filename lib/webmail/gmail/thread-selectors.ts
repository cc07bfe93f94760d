import type { ThreadSelectors } from '../thread-view';

/**
 * Gmail's conversation view. Facts as used by public code that reads open Gmail threads
 * (gmail.js, Selenium page objects and content scripts of mail extensions), checked
 * 2026-12-01:
 * - the open conversation's subject: h2.hP (also carries data-legacy-thread-id); absent on lists
 * - an expanded message: div.adn (div.adn.ads, with data-message-id / data-legacy-message-id)
 * - its sender: h3.iw > span.gD with the address in an `email` attribute (and `name`)
 * - when it was sent: span.g3, the full date in its `title` (the text may be "10:02 (il y a 2 heures)")
 * - its body: div.a3s (div.a3s.aiL) inside div.ii.gt
 * - quoted history inside a body: div.gmail_quote / blockquote (behind the "…" button, div.ajR);
 *   the sender's signature: div.gmail_signature
 * Fixtures: tests/fixtures/gmail/thread-*.html must match each selector (see thread.test.ts).
 */
export const GMAIL_THREAD: ThreadSelectors = {
  seen: 'Gmail web conversation view, facts dated 2026-12-01 (gmail.js, public Gmail readers)',
  subject: 'h2.hP',
  message: 'div.adn',
  sender: [
    { selector: 'span.gD[email]', attribute: 'email' },
    { selector: 'h3 span[email]', attribute: 'email' },
  ],
  sent: [{ selector: 'span.g3[title]', attribute: 'title' }, { selector: 'span.g3' }],
  body: 'div.a3s',
  skip: '.gmail_quote, blockquote, .gmail_signature, .ajR, .adL > .im',
};
