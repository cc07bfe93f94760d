import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// Lints snippets as if they were a component: the catalog rule must fire on inline language
// texts and stay quiet on catalog reads and on language choices that are not text.
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
  ])(
    'refuses %s',
    async (code) => {
      expect(await lint(code)).toEqual([expect.stringContaining('catalog')]);
    },
    60_000,
  );

  it.each([
    "import { translator } from '@/lib/i18n/t';\nexport const a = (lang: 'fr' | 'en') => translator(lang)('save');",
    "export const a = (ok: boolean) => ok ? 'yes' : 'no';",
    'export const a = (fr: boolean, x: number, y: number) => fr ? x : y;',
  ])(
    'accepts %s',
    async (code) => {
      expect(await lint(code)).toEqual([]);
    },
    60_000,
  );
});
