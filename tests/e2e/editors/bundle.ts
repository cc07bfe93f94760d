import { build } from 'esbuild';
import { join } from 'node:path';
import { renderDraft } from '../../../lib/drafts/render';
import { ROOT } from '../../../tools/chromium/harness';

/** What the editors matrix shares between browsers: the bundles, the draft, the editors. */
const bundles = new Map<string, string>();

/** One bundle per editor: an editor's start-up code must not break another's page. */
export async function bundle(name: string): Promise<string> {
  let code = bundles.get(name);
  if (!code) {
    const out = await build({
      stdin: {
        contents: `import mount from './${name}'; import { expose } from './page'; expose(${JSON.stringify(name)}, mount);`,
        resolveDir: join(ROOT, 'tests/e2e/editors'),
        loader: 'ts',
      },
      bundle: true,
      format: 'iife',
      write: false,
      platform: 'browser',
      target: 'es2022',
      loader: { '.css': 'empty' },
    });
    code = out.outputFiles[0]!.text;
    bundles.set(name, code);
  }
  return code;
}

export const draft = renderDraft({
  kind: 'reminder-1',
  lang: 'fr',
  tone: 'polite',
  client: { name: 'Boulangerie Martin', contactName: 'Claire Martin', kind: 'b2b' },
  sender: { name: 'Julie Moreau', company: 'Atelier Moreau' },
  invoices: [
    {
      invoiceId: 'i',
      number: 'F-2026-014',
      issueDate: '2026-09-01',
      dueDate: '2026-10-01',
      daysLate: 53,
      currency: 'EUR',
      total: 120000,
      paid: 0,
      amountDue: 120000,
      interest: 0,
      fixedFee: 0,
      uncertainDueDate: false,
    },
  ],
  amounts: [
    {
      currency: 'EUR',
      principal: 120000,
      paid: 0,
      interest: 0,
      fixedFees: 0,
      totalClaimed: 120000,
    },
  ],
  daysLate: 53,
  history: [],
  jurisdiction: 'fr-b2b',
  lawRef: '',
  today: '2026-11-23',
});

export const EDITORS = [
  'quill',
  'prosemirror',
  'roosterjs',
  'lexical',
  'ckeditor5',
  'tinymce',
  'plain',
  'textarea',
];
// Quill, roosterjs, CKEditor 5 and TinyMCE assign innerHTML or call DOMParser themselves,
// so they cannot start on a page that requires Trusted Types; the others can.
export const TRUSTED = ['prosemirror', 'lexical', 'plain', 'textarea'];

/** After one undo, nothing of the insertion is left: not its first, middle or last line. */
export const INSERTED_PARTS = [
  /Bonjour/,
  /F-2026-014/,
  /Sauf erreur de notre part/,
  /Julie Moreau/,
];

export type EditorsApi = {
  relanceEditors: {
    mount(): Promise<void>;
    mountIn(selector: string, attributes: Record<string, string>): Promise<void>;
    insert(d: { text: string; html: string }): Promise<string>;
    text(): string;
    undo(): void;
    focus(): void;
  };
};
