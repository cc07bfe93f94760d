// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { classifyReply } from '../replies/classify';
import { GMAIL } from './gmail/selectors';
import { GMAIL_THREAD } from './gmail/thread-selectors';
import { OUTLOOK_THREAD } from './outlook/thread-selectors';
import { messageDay } from './thread-runner';
import { readThread, visibleText, type ThreadSelectors } from './thread-view';

/** A thread fixture with its placeholders filled, as the end-to-end tests serve it. */
export function threadFixture(path: string, fill: Record<string, string>): string {
  let html = readFileSync(join(import.meta.dirname, '../../tests/fixtures', path), 'utf8');
  for (const [k, v] of Object.entries(fill)) html = html.replaceAll(`{{${k}}}`, v);
  return html;
}

const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');

const GMAIL_FILL = {
  'sent:reminder': 'lun. 23 nov. 2026, 09:12',
  'sent:reply': 'lun. 30 nov. 2026, 10:02',
  reply: 'Désolé pour le retard, je vous fais le virement vendredi.',
};
const OUTLOOK_FILL = {
  'sent:reply': 'Mon 11/30/2026 10:02 AM',
  reply: 'We never received the final deliverables, so we dispute invoice F-2026-052.',
};

/** Every thread selector against every fixture, with the count it must match. */
const COUNTS: {
  file: string;
  s: ThreadSelectors;
  fill: Record<string, string>;
  subject: number;
  messages: number;
  bodies: number;
}[] = [
  {
    file: 'gmail/thread-2026-12.html',
    s: GMAIL_THREAD,
    fill: GMAIL_FILL,
    subject: 1,
    messages: 2,
    bodies: 2,
  },
  {
    file: 'outlook/thread-2026-12.html',
    s: OUTLOOK_THREAD,
    fill: OUTLOOK_FILL,
    subject: 1,
    messages: 1,
    bodies: 1,
  },
  // A conversation with its inline reply open under its one message; a compose page.
  {
    file: 'gmail/compose-2026-11.html',
    s: GMAIL_THREAD,
    fill: {},
    subject: 1,
    messages: 1,
    bodies: 1,
  },
  {
    file: 'outlook/compose-2026-11.html',
    s: OUTLOOK_THREAD,
    fill: {},
    subject: 0,
    messages: 0,
    bodies: 0,
  },
];

describe('thread selectors on dated fixtures', () => {
  for (const c of COUNTS) {
    it(c.file, () => {
      const doc = parse(threadFixture(c.file, c.fill));
      expect(doc.querySelectorAll(c.s.subject)).toHaveLength(c.subject);
      expect(doc.querySelectorAll(c.s.message)).toHaveLength(c.messages);
      expect(doc.querySelectorAll(`:is(${c.s.message}) :is(${c.s.body})`)).toHaveLength(c.bodies);
      if (!c.subject) expect(readThread(doc, c.s)).toBeNull();
    });
  }
});

describe('reading a conversation', () => {
  it('Gmail: each message with its sender and date; the reply without the quoted reminder', () => {
    const view = readThread(
      parse(threadFixture('gmail/thread-2026-12.html', GMAIL_FILL)),
      GMAIL_THREAD,
    )!;
    expect(view.subject).toBe('Rappel de paiement – facture n° F-2026-052');
    expect(view.messages.map((m) => m.from)).toEqual([
      'julie@atelier-moreau.example',
      'marc@studio-lumiere.example',
    ]);
    const reply = view.messages[1]!;
    expect(reply.sentText).toBe('lun. 30 nov. 2026, 10:02');
    expect(messageDay(reply.sentText, 'fr', '2026-12-01')).toBe('2026-11-30');
    expect(reply.text()).toBe(
      'Bonjour Julie,\n\nDésolé pour le retard, je vous fais le virement vendredi.\n\nBonne journée,\nMarc',
    );
    // The reminder's signature is not the sender's words either.
    expect(view.messages[0]!.text()).not.toContain('Atelier Moreau');
    const r = classifyReply({ text: reply.text(), sent: '2026-11-30', subject: view.subject });
    expect(r.findings[0]).toMatchObject({
      kind: 'promise',
      date: '2026-12-04',
      sentence: 'Désolé pour le retard, je vous fais le virement vendredi.',
    });
  });

  it('Outlook: the sender from "From:", the date from its title (US order), the quoted message left out', () => {
    const view = readThread(
      parse(threadFixture('outlook/thread-2026-12.html', OUTLOOK_FILL)),
      OUTLOOK_THREAD,
    )!;
    expect(view.subject).toBe('RE: Payment reminder – invoice F-2026-052');
    const [m] = view.messages;
    expect(m!.from).toBe('marc@studio-lumiere.example');
    expect(messageDay(m!.sentText, 'en-US', '2026-12-01')).toBe('2026-11-30');
    expect(m!.text()).not.toMatch(/still unpaid|From:/);
    const r = classifyReply({ text: m!.text(), sent: '2026-11-30' });
    expect(r.findings[0]).toMatchObject({
      kind: 'dispute',
      sentence: 'We never received the final deliverables, so we dispute invoice F-2026-052.',
    });
  });

  it('a date that cannot be read, or one in the future, is taken as today', () => {
    expect(messageDay('10:02 (il y a 2 heures)', 'fr', '2026-12-01')).toBe('2026-12-01');
    expect(messageDay('mer. 2 déc. 2026, 10:02', 'fr', '2026-12-01')).toBe('2026-12-01');
    expect(messageDay(null, 'fr', '2026-12-01')).toBe('2026-12-01');
  });

  it('visible text leaves out hidden elements and keeps lines', () => {
    const doc = parse(
      '<div id="b">Un<br>deux<div hidden>caché</div><p style="display: none">caché</p><p>trois</p></div>',
    );
    expect(visibleText(doc.getElementById('b')!, '')).toBe('Un\ndeux\ntrois');
  });

  it('the compose selectors and the thread selectors do not see each other', () => {
    const doc = parse(threadFixture('gmail/thread-2026-12.html', GMAIL_FILL));
    expect(doc.querySelectorAll(GMAIL.editor)).toHaveLength(0);
  });
});
