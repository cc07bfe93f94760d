import tseslint from 'typescript-eslint';

/**
 * Lint: TypeScript rules, no HTML built from strings, no focused or skipped tests,
 * and the import boundary (lib/ never imports entrypoints/ or components/).
 */
const htmlSinks = [
  { selector: "AssignmentExpression[left.property.name=/^(innerHTML|outerHTML)$/]", message: 'Text from pages and files is data: build DOM nodes, never HTML strings.' },
  { selector: "CallExpression[callee.property.name='insertAdjacentHTML']", message: 'No insertAdjacentHTML: build DOM nodes.' },
  { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'No dangerouslySetInnerHTML: render text.' },
  { selector: "CallExpression[callee.object.name='document'][callee.property.name='write']", message: 'No document.write.' },
  { selector: "CallExpression[callee.property.name='execCommand'][arguments.0.value='insertHTML']", message: 'No insertHTML: paste events or insertText.' },
];
const focused = [
  { selector: "CallExpression[callee.object.name=/^(it|test|describe)$/][callee.property.name=/^(only|skip|todo)$/]", message: 'No focused, skipped or todo tests.' },
  { selector: "CallExpression[callee.name=/^(xit|xdescribe|fit|fdescribe)$/]", message: 'No focused or skipped tests.' },
];

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'bench/results.json', 'shots/**'] },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,js,mjs}'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
      'no-restricted-syntax': ['error', ...htmlSinks, ...focused],
    },
  },
  {
    files: ['lib/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/entrypoints/**', '@/entrypoints/**', '**/components/**', '@/components/**'], message: 'lib/ never imports entrypoints/ or components/.' }] }],
    },
  },
  {
    files: ['components/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/entrypoints/**', '@/entrypoints/**', 'idb', '**/ledger/repo', '@/lib/ledger/repo', '**/ledger/db', '@/lib/ledger/db'], message: 'components/ receive data and callbacks; they never open the database or import entrypoints.' }] }],
    },
  },
);
