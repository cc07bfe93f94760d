import type { MailSelectors } from '../compose-view';

/**
 * Outlook on the web (outlook.live.com, outlook.office.com, outlook.office365.com), the
 * 2024–2026 UI, checked 2026-12-01. Sources (read for facts, nothing copied):
 * - Briskine/briskine @ 98b08dbe (2026-08-20) src/content/plugins/outlook.js, the template
 *   extension's Outlook adapter, tested on captured pages (outlook-compose.html and
 *   outlook-compose-popup.html, not published):
 *     the compose is inside [id*="docking_InitVisiblePart"] (reading pane) or
 *     [data-app-section="Form_Content"] (pop-out window), both under [role=main];
 *     the body is the [contenteditable=true][aria-multiline=true] element;
 *     the To, Cc, Bcc wells are, in that order, the other [contenteditable=true] elements,
 *     each chip a [contenteditable] child whose [class*="textContainer-"] or
 *     [class*="individualText-"] text is "Name <address>", the address, or the name;
 *     the subject is input[type=text][autocomplete=off] (before 2023: .ms-TextField-field
 *     [maxlength="255"]); suggestions are in a floating .ms-Suggestions container
 * - public Selenium / Playwright scripts driving Outlook (2021–2025): the body at
 *   "#editorParent_1 > div > div": #editorParent_1 is a wrapper, not the editor;
 *   Send is button[title="Send (Ctrl+Enter)"] / button[aria-label=Send]; suggestions
 *   #FloatingSuggestionsItemId0; the To field inside #docking_InitVisiblePart_0
 * - microsoft/roosterjs (the editor Outlook uses): the editor is the contenteditable div
 *   itself, which roosterjs keeps as its content div; Ctrl+Enter is Outlook's Send shortcut
 * - Fluent UI SplitButton (Outlook's Send with its schedule arrow): the primary action is
 *   a button whose id ends in "__primaryActionButton"
 * Outlook shows no "sent" notice unless undo-send is on: a compose that closed after a
 * trusted Send and stayed closed past the longest undo delay (10 s) is the evidence
 * (send-evidence.ts, confirmation "closed"); Discard or closing the draft disarms it.
 * Fixtures: tests/fixtures/outlook/*.html.
 */
const SEND_LABELS = ['Send', 'Envoyer', 'Senden', 'Enviar', 'Invia', 'Verzenden', 'Wyślij'];
const SUBJECT_LABELS = [
  'Add a subject',
  'Ajouter un objet',
  'Betreff hinzufügen',
  'Agregar un asunto',
  'Añadir un asunto',
  'Aggiungi un oggetto',
];

export const OUTLOOK: MailSelectors = {
  seen: 'Outlook on the web, facts dated 2026-12-01 (Briskine 98b08dbe, roosterjs, public Outlook test scripts)',
  editor:
    '[id^="editorParent_"] [contenteditable="true"], div[contenteditable="true"][aria-multiline="true"][role="textbox"]',
  composeRoot: '[id^="docking_InitVisiblePart_"], [data-app-section="Form_Content"]',
  subject: [
    ...SUBJECT_LABELS.flatMap((l) => [`input[aria-label="${l}"]`, `input[placeholder="${l}"]`]),
    'input.ms-TextField-field[maxlength="255"]',
    'input[type="text"][autocomplete="off"]',
  ].join(', '),
  recipientFields: '[contenteditable="true"]:not([aria-multiline="true"])',
  recipientChips: [
    { selector: '[data-lpc-hover-target-id]', attribute: 'data-lpc-hover-target-id' },
  ],
  // The wells' own text holds the chips' "Name <address>" and what is being typed.
  fieldText: true,
  suggestions: '.ms-Suggestions, [id^="FloatingSuggestions"]',
  // The label first here: in Outlook the split-button structure is shared by other commands.
  sendButton: [
    SEND_LABELS.flatMap((l) => [
      `button[aria-label="${l}"]`,
      `button[title^="${l} ("]`,
      `button[title="${l}"]`,
    ]).join(', '),
    'button[id$="__primaryActionButton"]',
  ],
  toolbar: '[role="toolbar"]',
  confirmation: 'closed',
  // Outlook's refusals and send failures are dialogs ("This message must have at least one recipient.").
  sendFailure: '[role="alertdialog"]',
};
