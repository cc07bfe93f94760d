import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// Lints snippets as if they were a component: the catalog rule must fire on inline language
// texts (strings, JSX, tables read by language) and stay quiet on catalog reads, on a draft's or a
// document's language, and on choices that are not about language.
// The snippet is no file of the project, so the type-aware rules (which need one) are off for it.
const eslint = new ESLint({
  cwd: process.cwd(),
  overrideConfig: {
    languageOptions: { parserOptions: { projectService: false } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'off',
      '@typescript-eslint/no-misused-promises': 'off',
    },
  },
});
const lint = async (code: string) => {
  const [result] = await eslint.lintText(code, { filePath: 'components/LintFixture.tsx' });
  const fatal = result!.messages.filter((m) => m.fatal);
  if (fatal.length)
    throw new Error(`the snippet did not lint: ${fatal.map((m) => m.message).join('; ')}`);
  return result!.messages.filter((m) => m.ruleId === 'no-restricted-syntax').map((m) => m.message);
};

describe('the catalog lint rule', () => {
  it.each([
    "export const a = (fr: boolean) => fr ? 'Oui' : 'Yes';",
    "export const a = (lang: string) => lang === 'fr' ? 'Oui' : 'Yes';",
    "export const a = (p: { lang: string }) => p.lang === 'fr' ? `Oui ${1}` : `Yes ${1}`;",
    "export const a = (isFr: boolean) => (isFr ? 'Oui' : 'Yes');",
    "export const a = (l: string) => l.startsWith('fr') ? 'Oui' : 'Yes';",
    "export const a = { fr: 'Oui', en: 'Yes' };",
    'export const A = (p: { fr: boolean }) => (p.fr ? <p>Oui</p> : <p>Yes</p>);',
    "export const A = (lang: string) => (lang === 'fr' ? <>Oui</> : <>Non, <b>yes</b></>);",
    "export const a = (uiLang: string, k: 'a' | 'b') =>\n  uiLang === 'fr' ? { a: 'Oui', b: 'Non' }[k] : { a: 'Yes', b: 'No' }[k];",
    "export const A = (lang: 'fr' | 'en') => ({ fr: <b>Oui</b>, en: <b>Yes</b> })[lang];",
    "export const a = (lang: 'fr' | 'en') => ({ 'fr': `Oui`, 'en': `Yes` })[lang];",
    "export const L = { fr: { save: 'Enregistrer' }, en: { save: 'Save' } };",
  ])(
    'refuses %s',
    async (code) => {
      // Some snippets break two of the rules at once (a literal table read by language).
      const messages = await lint(code);
      expect(messages).toEqual(expect.arrayContaining([expect.stringContaining('catalog')]));
      for (const m of messages) expect(m).toContain('catalog');
    },
    60_000,
  );

  it.each([
    "import { translator } from '@/lib/i18n/t';\nexport const a = (lang: 'fr' | 'en') => translator(lang)('save');",
    "export const a = (ok: boolean) => ok ? 'yes' : 'no';",
    'export const a = (fr: boolean, x: number, y: number) => fr ? x : y;',
    // A draft's language picks that language's templates (lib/drafts), not an inline text.
    "import { DEFAULT_TEMPLATES } from '@/lib/drafts/render';\nexport const a = (lang: 'fr' | 'en') => DEFAULT_TEMPLATES[lang];",
    'const FR = { save: 1 };\nconst EN = { save: 2 };\nexport const TEMPLATES = { fr: FR, en: EN };',
    // A document's language: what its labels may say, in every language documents come in.
    "export const DUE_LABELS = { fr: ['échéance'], en: ['due date'], de: ['Fälligkeit'] };",
    'export const A = (p: { ok: boolean }) => (p.ok ? <p>✓</p> : <p>✗</p>);',
  ])(
    'accepts %s',
    async (code) => {
      expect(await lint(code)).toEqual([]);
    },
    60_000,
  );
});
