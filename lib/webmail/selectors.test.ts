// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { composeViews, type MailSelectors } from './compose-view';
import { GMAIL } from './gmail/selectors';
import { OUTLOOK } from './outlook/selectors';

const fixture = (path: string) =>
  new DOMParser().parseFromString(
    readFileSync(join(import.meta.dirname, '../../tests/fixtures', path), 'utf8'),
    'text/html',
  );

interface Expect {
  file: string;
  selectors: MailSelectors;
  recipients: string[][];
  subjects?: string[];
  /** The Send button's own text, per compose. */
  send?: string[];
}
const MARC = 'marc@studio-lumiere.example';
const CLAIRE = 'compta@boulangerie-martin.example';

/** Every compose of every fixture: its recipients, its Send, its toolbar. */
const CASES: Expect[] = [
  {
    file: 'gmail/compose-2026-11.html',
    selectors: GMAIL,
    recipients: [[CLAIRE], [MARC]],
    subjects: ['Re: Facture F-2026-031', ''],
    send: ['Send', 'Send'],
  },
  {
    file: 'gmail/compose-fr-2026-12.html',
    selectors: GMAIL,
    recipients: [[], [MARC]],
    subjects: ['Fwd: Facture F-2026-031', ''],
    send: ['Envoyer', 'Envoyer'],
  },
  {
    file: 'gmail/compose-de-2026-12.html',
    selectors: GMAIL,
    recipients: [[MARC]],
    send: ['Senden'],
  },
  {
    file: 'gmail/compose-es-2026-12.html',
    selectors: GMAIL,
    recipients: [[MARC]],
    send: ['Enviar'],
  },
  { file: 'gmail/compose-empty-2026-12.html', selectors: GMAIL, recipients: [[]], send: ['Send'] },
  {
    file: 'gmail/fullscreen-2026-11.html',
    selectors: GMAIL,
    recipients: [['paul@garage-centre.example']],
    send: ['Envoyer'],
  },
  { file: 'gmail/popout-2026-11.html', selectors: GMAIL, recipients: [[MARC]], send: ['Send'] },
  {
    file: 'gmail/classic-2021.html',
    selectors: GMAIL,
    recipients: [[MARC, 'paul@garage-centre.example', CLAIRE]],
    send: ['Send'],
  },
  { file: 'gmail/changed-markup-2026-11.html', selectors: GMAIL, recipients: [] },
  {
    file: 'outlook/compose-2026-11.html',
    selectors: OUTLOOK,
    recipients: [['accounts@northwind.example']],
    subjects: [''],
    send: ['Send'],
  },
  {
    file: 'outlook/popout-2026-12.html',
    selectors: OUTLOOK,
    recipients: [['accounts@northwind.example']],
    subjects: [''],
    send: ['Send'],
  },
];

describe('mail app selectors on dated fixtures', () => {
  for (const c of CASES) {
    it(c.file, () => {
      const views = composeViews(fixture(c.file), c.selectors);
      expect(views.map((v) => v.recipients())).toEqual(c.recipients);
      if (c.subjects) expect(views.map((v) => v.subject())).toEqual(c.subjects);
      if (c.send) expect(views.map((v) => v.sendButton()?.textContent)).toEqual(c.send);
      for (const v of views) {
        expect(v.toolbar()).not.toBeNull();
        expect(v.root.contains(v.editor)).toBe(true);
      }
    });
  }

  it('Gmail Send found by structure, whatever the language: not the schedule arrow, not Send & archive', () => {
    for (const lang of ['fr', 'de', 'es']) {
      const doc = fixture(`gmail/compose-${lang}-2026-12.html`);
      for (const el of Array.from(doc.querySelectorAll('[data-tooltip]')))
        el.removeAttribute('data-tooltip');
      for (const el of Array.from(doc.querySelectorAll('[aria-label]')))
        el.setAttribute('aria-label', 'x');
      const [dialog] = composeViews(doc, GMAIL).filter((v) => v.root.matches('[role=dialog]'));
      expect(dialog!.sendButton()!.classList.contains('aoO')).toBe(true);
      const archive = doc.createElement('div');
      archive.className = 'T-I J-J5-Ji aoO Uo';
      archive.setAttribute('role', 'button');
      dialog!.sendButton()!.before(archive);
      expect(dialog!.sendButton()!.classList.contains('Uo')).toBe(false);
    }
  });

  it('Gmail recipients as typed: the combobox of div[name=to|cc|bcc] (2021+), textarea[name=…] before', () => {
    const doc = fixture('gmail/compose-empty-2026-12.html');
    const [v] = composeViews(doc, GMAIL);
    const [to, cc, bcc] = Array.from(
      doc.querySelectorAll<HTMLInputElement>('div[name] input[role=combobox]'),
    );
    to!.value = 'marc@studio-lumi'; // not an address yet
    expect(v!.recipients()).toEqual([]);
    to!.value = 'Marc <marc@Studio-Lumiere.example>';
    cc!.value = 'paul@garage-centre.example, ';
    expect(v!.recipients()).toEqual([MARC, 'paul@garage-centre.example']);
    bcc!.value = 'compta@boulangerie-martin.example';
    expect(v!.recipients()).toEqual([
      MARC,
      'paul@garage-centre.example',
      'compta@boulangerie-martin.example',
    ]);
  });

  it('Gmail contact suggestions are never recipients, inside the field or not', () => {
    const doc = fixture('gmail/compose-empty-2026-12.html');
    const [v] = composeViews(doc, GMAIL);
    const input = doc.querySelector<HTMLInputElement>('div[name=to] input[role=combobox]')!;
    input.value = 'gar';
    input.setAttribute('aria-expanded', 'true');
    const pop = doc.getElementById(input.getAttribute('aria-controls')!)!;
    const row = doc.createElement('div');
    row.setAttribute('role', 'option');
    row.setAttribute('data-hovercard-id', 'paul@garage-centre.example');
    row.setAttribute('email', 'paul@garage-centre.example');
    row.textContent = 'Paul Durand paul@garage-centre.example';
    pop.append(row);
    pop.hidden = false;
    expect(v!.recipients()).toEqual([]);
    // Closed again, the list it keeps is not read either.
    input.setAttribute('aria-expanded', 'false');
    pop.hidden = true;
    expect(v!.recipients()).toEqual([]);
  });

  it('Outlook: the root is the docking part, #editorParent_1 a wrapper; typed text in a well is read, the floating suggestions are not', () => {
    const doc = fixture('outlook/compose-2026-11.html');
    const [v] = composeViews(doc, OUTLOOK);
    expect(v!.root.id).toBe('docking_InitVisiblePart_0');
    expect(v!.editor.id).toBe('');
    expect(v!.editor.closest('#editorParent_1')).not.toBeNull();
    expect(v!.toolbar()!.contains(doc.querySelector('button[aria-label=Discard]'))).toBe(true);
    doc.querySelector('.ms-Suggestions [role=listitem]')!.textContent =
      'Paul Durand <paul@garage-centre.example>';
    doc.querySelector('[aria-label=Cc]')!.append('marc@studio-lumiere.example');
    expect(v!.recipients()).toEqual(['accounts@northwind.example', MARC]);
  });

  it('Outlook Send by label in other languages, and by its split button when the label is unknown', () => {
    for (const label of ['Envoyer', 'Senden', 'Enviar']) {
      const doc = fixture('outlook/compose-2026-11.html');
      const send = doc.querySelector('#splitButton-r1a__primaryActionButton')!;
      send.setAttribute('aria-label', label);
      send.setAttribute('title', `${label} (Ctrl+Enter)`);
      expect(composeViews(doc, OUTLOOK)[0]!.sendButton()).toBe(send);
    }
    const doc = fixture('outlook/compose-2026-11.html');
    const send = doc.querySelector('#splitButton-r1a__primaryActionButton')!;
    send.setAttribute('aria-label', 'Wyślij ✉');
    send.removeAttribute('title');
    expect(composeViews(doc, OUTLOOK)[0]!.sendButton()).toBe(send);
  });

  it('gives each compose a stable id', () => {
    const doc = fixture('gmail/compose-2026-11.html');
    const a = composeViews(doc, GMAIL).map((v) => v.id);
    expect(composeViews(doc, GMAIL).map((v) => v.id)).toEqual(a);
    expect(new Set(a).size).toBe(2);
  });
});
