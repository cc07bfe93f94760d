import type { MailSelectors } from '../compose-view';

/**
 * Outlook on the web (outlook.live.com, outlook.office.com, outlook.office365.com).
 * Facts as documented by extensions that insert into it (Briskine) and by roosterjs,
 * the editor Outlook is built on, checked 2026-11-23:
 * - body: div[contenteditable=true][role=textbox] whose aria-label names the message body
 * - subject: input whose aria-label / placeholder is "Add a subject" / "Ajouter un objet"
 * - recipients: the To/Cc wells ([role=textbox][aria-label=To|À|Cc]) holding address chips
 * - send: button[aria-label=Send|Envoyer]
 * Fixtures: tests/fixtures/outlook/*.html.
 */
export const OUTLOOK: MailSelectors = {
  seen: 'Outlook on the web, facts dated 2026-11-23 (Briskine, roosterjs)',
  editor: 'div[contenteditable="true"][role="textbox"][aria-label*="essage"], div[contenteditable="true"][role="textbox"][aria-label*="orps du message"]',
  composeRoot: '[data-app-section="MailCompose"], div[role="main"] form, div[role="dialog"]',
  subject: 'input[aria-label="Add a subject"], input[aria-label="Ajouter un objet"], input[placeholder="Add a subject"], input[placeholder="Ajouter un objet"]',
  recipients: [
    { selector: 'div[role="textbox"][aria-label="To"] span, div[role="textbox"][aria-label="À"] span, div[role="textbox"][aria-label="Cc"] span' },
    { selector: '[data-lpc-hover-target-id]', attribute: 'data-lpc-hover-target-id' },
  ],
  sendButton: 'button[aria-label="Send"], button[aria-label="Envoyer"], button[title^="Send"], button[title^="Envoyer"]',
  toolbar: '[data-app-section="ComposeToolbar"], div[role="toolbar"]',
};
