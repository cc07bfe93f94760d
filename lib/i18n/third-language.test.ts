import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import * as v from 'valibot';
import { describe, expect, it, vi } from 'vitest';
import { PSEUDO, withPseudoLanguage } from '../../tests/helpers/pseudo-language';
import { LANGUAGE_CODES, type UiLang } from './languages';
import { catalogText } from './text';
import { translator } from './t';
import { demoLedger } from '../app/demo';
import { replyEvent } from '../app/reply-log';
import { csvInvoices, csvNotes, readCsv } from '../detect/csv';
import { CSV_FIELD_NAMES } from '../detect/csv/headers';
import { fieldName } from '../detect/invoice-reading';
import { JURISDICTIONS } from '../escalation/jurisdictions';
import { plan } from '../escalation/plan';
import { riskProfile } from '../escalation/portfolio';
import { DEFAULT_RATES } from '../escalation/rates';
import { STEP_LABELS } from '../escalation/steps';
import { DetectedSchema } from '../messaging/schemas';
import { INVOICE_STATUS_TEXT } from '../model/invoice';
import { DEFAULT_POLICY } from '../model/policy';
import { errorText, type Text } from '../model/text';
import { COMPLIANCE_RULES } from '../prevention/compliance';

// Issue 23 §3: "adding a language is one file plus _locales". A third language is added here at
// run time (a pseudo catalog: the French texts in ⟦…⟧), and every text lib/ builds must carry it;
// the scan below checks that no other file spells the UI languages out by hand.
vi.mock('./languages', async (importOriginal) =>
  withPseudoLanguage(await importOriginal<typeof import('./languages')>()),
);

const xx = PSEUDO as UiLang;
const TODAY = '2026-11-23';

/** Every `Text` (an object with a French and an English string) inside a value. */
function textsIn(value: unknown, out: Text[] = [], seen = new WeakSet<object>()): Text[] {
  if (!value || typeof value !== 'object' || seen.has(value)) return out;
  seen.add(value);
  const o = value as Record<string, unknown>;
  if (typeof o.fr === 'string' && typeof o.en === 'string') out.push(o as Text);
  else if (value instanceof Map) for (const x of value.values()) textsIn(x, out, seen);
  else for (const x of Object.values(o)) textsIn(x, out, seen);
  return out;
}

/** Each text holds every language, and the third is its own, not a copy of French or English. */
function expectEveryLanguage(texts: Text[]) {
  expect(texts.length).toBeGreaterThan(0);
  for (const t of texts) {
    expect(Object.keys(t).sort(), JSON.stringify(t)).toEqual([...LANGUAGE_CODES].sort());
    const x = t[xx];
    if (t.fr === t.en) continue; // an id, a file name, a message we were given: the same everywhere
    expect(x, JSON.stringify(t)).not.toBe(t.en);
    expect(x, JSON.stringify(t)).not.toBe(t.fr);
  }
}

describe('a third UI language, added as data', () => {
  it('is in the language list, and its catalog answers every key', () => {
    expect(LANGUAGE_CODES).toContain(PSEUDO);
    expect(translator(xx)('save')).toBe('⟦Enregistrer⟧');
    expect(catalogText('moreInvoices', 3)[xx]).toBe('⟦Voir les 3 autres factures⟧');
  });

  it("reaches lib/'s tables: steps, statuses, jurisdictions, rates, fields, compliance rules", () => {
    expectEveryLanguage(
      textsIn([
        STEP_LABELS,
        INVOICE_STATUS_TEXT,
        JURISDICTIONS,
        DEFAULT_RATES,
        CSV_FIELD_NAMES,
        COMPLIANCE_RULES,
        fieldName('dueDate'),
      ]),
    );
  });

  it("reaches the planner's reasons and warnings, and the client profiles", () => {
    const ledger = demoLedger(TODAY);
    const suggestions = plan(ledger, DEFAULT_POLICY, TODAY);
    expect(suggestions.length).toBeGreaterThan(3);
    const profiles = ledger.clients.map((c) =>
      riskProfile(c, ledger.invoices, ledger.events, TODAY),
    );
    expectEveryLanguage(textsIn([suggestions, profiles]));
    for (const s of suggestions) expect(s.reason[xx]).toMatch(/^⟦/);
  });

  it("reaches an import's notes and errors", () => {
    const out = csvInvoices(
      readCsv('Invoice number,Due date,Amount,Currency\nA-1,2026-04-03,10.00,EUR\n,,x,\n'),
    );
    expectEveryLanguage(csvNotes(out));
    expectEveryLanguage([errorText(new Error('disk full'))]);
  });

  it('writes the notes of a client reply in it', () => {
    const e = replyEvent({
      kind: 'paid',
      clientId: 'c1',
      invoiceIds: ['i1'],
      from: 'client@example.com',
      messageDate: '2026-11-20',
      sentence: 'Virement fait hier.',
      lang: xx,
    });
    expect(e.note).toMatch(/^⟦Paiement annoncé.*⟧\. ⟦Réponse de client@example\.com/);
  });

  it('is accepted by the messages that carry texts, and a text without it is not', () => {
    const reading = {
      ...JSON.parse(JSON.stringify(emptyReading())),
      warnings: [catalogText('planUncertainDueDate')],
    };
    expect(v.safeParse(DetectedSchema, reading).success).toBe(true);
    const { [xx]: _dropped, ...twoLanguages } = catalogText('planUncertainDueDate');
    expect(v.safeParse(DetectedSchema, { ...reading, warnings: [twoLanguages] }).success).toBe(
      false,
    );
  });
});

function emptyReading() {
  return csvInvoices(readCsv('Invoice number,Due date,Amount,Currency\nA-1,2026-04-03,10.00,EUR\n'))
    .invoices[0]!;
}

/**
 * Files that may name 'fr' and 'en' by hand, each with why. Any other file of lib/, components/
 * or entrypoints/ that writes `'fr' | 'en'`, a `{ fr: …, en: … }` text or a test on French would
 * need an edit for a new UI language: this scan fails and names it.
 */
const MAY_NAME_LANGUAGES: Record<string, string> = {
  'lib/i18n/': 'the catalogs and the language list themselves',
  'lib/drafts/': "a draft's language is the client's (DraftLang): its own templates per language",
  'lib/model/settings-schema.ts': "the user's own templates, per draft language",
  'lib/detect/labels.ts': "a document's language: the labels invoices print, per language",
  'lib/detect/pdf-text.ts': "a document's language: guessed from its words",
  'lib/detect/sites/invoice-ninja/': "a document's language: the app's own locale names",
  'lib/replies/': "a client reply's language: the phrases replies are written in",
  'lib/model/dates.ts':
    'French and English long dates spelled by hand; other languages through Intl',
};
const HAND_WRITTEN = [
  /'fr'\s*\|\s*'en'/,
  /\bfr:\s*string;\s*en:\s*string/,
  /\{\s*fr:[^{}]*,\s*en:[^{}]*\}/,
  /\b(lang|language|uiLang)\s*[!=]==\s*'(fr|en)'/,
  /\bfr\s*\?\s*['`<(]/,
];
const ROOT = join(__dirname, '../..');
function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

describe('the UI language list is the only place that names the UI languages', () => {
  it('no other production file writes French and English by hand', () => {
    const offending = ['lib', 'components', 'entrypoints']
      .flatMap((d) => sources(join(ROOT, d)))
      .map((path) => relative(ROOT, path))
      .filter((file) => !Object.keys(MAY_NAME_LANGUAGES).some((p) => file.startsWith(p)))
      .flatMap((file) => {
        const text = readFileSync(join(ROOT, file), 'utf8');
        return HAND_WRITTEN.filter((re) => re.test(text)).map((re) => `${file}: ${re.source}`);
      });
    expect(offending).toEqual([]);
  });
});
