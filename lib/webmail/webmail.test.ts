// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { composeViews, type MailSelectors } from './compose-view';
import { isGmail, isOutlook } from './detect';
import { GMAIL } from './gmail/selectors';
import { OUTLOOK } from './outlook/selectors';

const fixture = (path: string) => new DOMParser().parseFromString(readFileSync(join(import.meta.dirname, '../../tests/fixtures', path), 'utf8'), 'text/html');

/** Every selector against every fixture, with the count it must match. */
const COUNTS: { file: string; selectors: MailSelectors; editor: number; subject: number; send: number; toolbar: number; recipients: string[][] }[] = [
  { file: 'gmail/compose-2026-11.html', selectors: GMAIL, editor: 2, subject: 2, send: 2, toolbar: 2, recipients: [['compta@boulangerie-martin.example'], ['marc@studio-lumiere.example']] },
  { file: 'gmail/fullscreen-2026-11.html', selectors: GMAIL, editor: 1, subject: 1, send: 1, toolbar: 1, recipients: [['paul@garage-centre.example']] },
  { file: 'gmail/popout-2026-11.html', selectors: GMAIL, editor: 1, subject: 1, send: 1, toolbar: 1, recipients: [['marc@studio-lumiere.example']] },
  { file: 'gmail/changed-markup-2026-11.html', selectors: GMAIL, editor: 0, subject: 0, send: 0, toolbar: 0, recipients: [] },
  { file: 'outlook/compose-2026-11.html', selectors: OUTLOOK, editor: 1, subject: 1, send: 1, toolbar: 1, recipients: [['accounts@northwind.example']] },
];

describe('mail app selectors on dated fixtures', () => {
  for (const c of COUNTS) {
    it(`${c.file}`, () => {
      const doc = fixture(c.file);
      expect(doc.querySelectorAll(c.selectors.editor)).toHaveLength(c.editor);
      expect(doc.querySelectorAll(c.selectors.subject)).toHaveLength(c.subject);
      expect(doc.querySelectorAll(c.selectors.sendButton)).toHaveLength(c.send);
      expect(doc.querySelectorAll(c.selectors.toolbar)).toHaveLength(c.toolbar);
      const views = composeViews(doc, c.selectors);
      expect(views.map((v) => v.recipients())).toEqual(c.recipients);
      for (const v of views) {
        expect(v.toolbar()).not.toBeNull();
        expect(v.sendButton()).not.toBeNull();
      }
    });
  }

  it('gives each compose a stable id', () => {
    const doc = fixture('gmail/compose-2026-11.html');
    const a = composeViews(doc, GMAIL).map((v) => v.id);
    expect(composeViews(doc, GMAIL).map((v) => v.id)).toEqual(a);
    expect(new Set(a).size).toBe(2);
  });

  it('page detectors, each against the others’ examples', () => {
    const gmail = ['https://mail.google.com/mail/u/0/#inbox', 'https://mail.google.com/mail/u/1/#inbox?compose=new'];
    const outlook = ['https://outlook.live.com/mail/0/inbox', 'https://outlook.office.com/mail/deeplink/compose', 'https://outlook.office365.com/mail/'];
    const other = ['https://google.com/mail', 'https://evil.example/mail.google.com/'];
    for (const u of gmail) expect([isGmail(new URL(u)), isOutlook(new URL(u))]).toEqual([true, false]);
    for (const u of outlook) expect([isGmail(new URL(u)), isOutlook(new URL(u))]).toEqual([false, true]);
    for (const u of other) expect([isGmail(new URL(u)), isOutlook(new URL(u))]).toEqual([false, false]);
  });
});
