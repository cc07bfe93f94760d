import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// Lints snippets as if they were a component: the catalog rule must fire on inline language
// texts and stay quiet on catalog reads and on language choices that are not text.
const lint = async (code: string) => {
  const [result] = await new ESLint({ cwd: process.cwd() }).lintText(code, { filePath: 'components/LintFixture.tsx' });
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
  ])('refuses %s', async (code) => {
    expect(await lint(code)).toEqual([expect.stringContaining('catalog')]);
  }, 60_000);

  it.each([
    "import { translator } from '@/lib/i18n/t';\nexport const a = (lang: 'fr' | 'en') => translator(lang)('save');",
    "export const a = (ok: boolean) => ok ? 'yes' : 'no';",
    "export const a = (fr: boolean, x: number, y: number) => fr ? x : y;",
  ])('accepts %s', async (code) => {
    expect(await lint(code)).toEqual([]);
  }, 60_000);
});
