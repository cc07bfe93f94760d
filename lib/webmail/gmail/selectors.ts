import type { MailSelectors } from '../compose-view';

/**
 * Gmail's compose markup. Facts as published by the libraries that track Gmail
 * (InboxSDK, gmail.js) and by test suites that drive it, checked 2026-11-23:
 * - body: div[contenteditable][role=textbox] with g_editable="true" (classes "Am Al editable")
 * - new-message dialog: div[role=dialog]; inline reply/forward: inside div.M9 / td.I5 without a dialog
 * - full screen: the dialog inside ".aSs .aSt" (a child of body); its body area ".aaZ > .M9 > .aoI";
 *   closing it while it saves empties ".aaZ" but keeps the dialog (InboxSDK 2.2.26)
 * - pop-out window: body.xE.xp, the compose a child of [role=main] (InboxSDK 2.2.26)
 * - subject: input[name=subjectbox]; recipients: hidden input[name=to|cc|bcc] and
 *   chips carrying data-hovercard-id / email attributes
 * - send: div[role=button] whose data-tooltip (or aria-label) starts with "Send"/"Envoyer"
 * - bottom toolbar row: tr.btC
 * Fixtures: tests/fixtures/gmail/*.html must match each selector (see gmail.test.ts).
 */
export const GMAIL: MailSelectors = {
  seen: 'Gmail web, facts dated 2026-11-23 (InboxSDK / gmail.js / public test suites)',
  editor: 'div[contenteditable="true"][g_editable="true"], div[contenteditable="true"][role="textbox"].editable',
  composeRoot: 'div[role="dialog"], div.M9, td.I5, body.xE.xp [role="main"] > *',
  subject: 'input[name="subjectbox"]',
  recipients: [
    { selector: 'input[name="to"], input[name="cc"], input[name="bcc"]' },
    { selector: '[data-hovercard-id]', attribute: 'data-hovercard-id' },
    { selector: 'span[email]', attribute: 'email' },
  ],
  sendButton: 'div[role="button"][data-tooltip^="Send"], div[role="button"][data-tooltip^="Envoyer"], div[role="button"][aria-label^="Send"], div[role="button"][aria-label^="Envoyer"]',
  toolbar: 'tr.btC',
};
