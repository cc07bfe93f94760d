import type { MailSelectors } from '../compose-view';

/**
 * Gmail's compose markup, checked 2026-12-01. Sources (read for facts, nothing copied):
 * - InboxSDK/InboxSDK @ a8a6fe2c (2026-07-23):
 *   src/platform-implementation-js/dom-driver/gmail/views/gmail-compose-view.ts
 *     body ".Ap [g_editable=true]"; subject input[name=subjectbox];
 *     send ".IZ .Up div > div[role=button]:not(.Uo):not([aria-haspopup=true])" (.Uo is
 *     "Send & archive", [aria-haspopup] the schedule-send arrow); inline reply form .M9
 *   .../gmail-compose-view/page-parser.ts, get-recipients.ts, set-recipients.ts
 *     2021+ recipients: div.anm[name=to|cc|bcc] holding a [role=listbox] of chips
 *     div[role=option][data-name][data-hovercard-id=address] and the typing field
 *     input[role=combobox][aria-autocomplete=list] (no name attribute of its own);
 *     before: textarea.vO[name=to|cc|bcc] and chips .vR with input[type=hidden][name=…]
 *   .../gmail/gmail-butter-bar-driver.ts: Gmail's notices are .vh inside div.b8[role=alert]
 * - Selenium / WebDriver suites driving Gmail (public code, 2016–2025): the "Message sent"
 *   notice holds span#link_vsm ("View message") and span#link_undo ("Undo"); send button
 *   classes "T-I J-J5-Ji aoO v7 T-I-atl L3"; toolbar row tr.btC; dialog "div.nH.Hd[role=dialog]"
 * - public automation scripts (2024–2026): the typing field is input.agP.aFw[peoplekit-id]
 *   labelled "To recipients" (es: "Destinatarios en Para")
 * - Meru (Gmail desktop app) preload: a sent message's notice is
 *   ".vh:has(span#link_undo):has(span#link_vsm)"; clicking #link_undo undoes the send
 * - InboxSDK 2.2.26: full screen ".aSs .aSt"; its body area ".aaZ" is emptied on close;
 *   pop-out window body.xE.xp with the compose in [role=main]
 * The labels (data-tooltip "Send ‪(Ctrl-Enter)‬", "Envoyer ‪(Ctrl-Entrée)‬", "Senden …",
 * "Enviar …") are only the second signal: structure and stable classes come first.
 * Fixtures: tests/fixtures/gmail/*.html (see ../selectors.test.ts).
 */
const SEND_LABELS = ['Send', 'Envoyer', 'Senden', 'Enviar', 'Invia', 'Verzenden', 'Wyślij'];

export const GMAIL: MailSelectors = {
  seen: 'Gmail web, facts dated 2026-12-01 (InboxSDK a8a6fe2c, public Gmail test suites)',
  editor:
    'div[contenteditable="true"][g_editable="true"], div[contenteditable="true"][role="textbox"].editable',
  composeRoot: 'div[role="dialog"], div.M9, td.I5, body.xE.xp [role="main"] > *',
  subject: 'input[name="subjectbox"]',
  recipientFields: [
    'div[name="to"]',
    'div[name="cc"]',
    'div[name="bcc"]',
    'textarea[name="to"]',
    'textarea[name="cc"]',
    'textarea[name="bcc"]',
    '.vR',
    'div.aoD.hl',
  ].join(', '),
  recipientChips: [
    { selector: '[role="option"][data-hovercard-id]', attribute: 'data-hovercard-id' },
    { selector: '[email]', attribute: 'email' },
    {
      selector:
        'input[type="hidden"][name="to"], input[type="hidden"][name="cc"], input[type="hidden"][name="bcc"]',
    },
  ],
  fieldText: false,
  // Gmail's contact suggestions are the listbox its combobox controls (aria-controls /
  // aria-owns, the ARIA combobox pattern): compose-view.ts leaves those out by that link.
  sendButton: [
    '.IZ .Up div > div[role="button"]:not(.Uo):not([aria-haspopup="true"])',
    'tr.btC div[role="button"].aoO:not([aria-haspopup="true"]):not(.Uo)',
    SEND_LABELS.map((l) => `div[role="button"][data-tooltip^="${l}"]`).join(', '),
  ],
  toolbar: 'tr.btC',
  confirmation: 'notice',
  popout: 'body.xE.xp',
  notice: { container: 'div.b8[role="alert"]', sent: '#link_vsm', undo: '#link_undo' },
};
