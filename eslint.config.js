import tseslint from 'typescript-eslint';

/**
 * Lint: TypeScript rules, no HTML built from strings, no focused or skipped tests,
 * and the import boundaries: lib/ never imports entrypoints/ or components/; the pure core
 * never touches extension APIs, the database or messages; content scripts never open the ledger.
 */
const htmlSinks = [
  {
    selector: 'AssignmentExpression[left.property.name=/^(innerHTML|outerHTML)$/]',
    message: 'Text from pages and files is data: build DOM nodes, never HTML strings.',
  },
  {
    selector: "CallExpression[callee.property.name='insertAdjacentHTML']",
    message: 'No insertAdjacentHTML: build DOM nodes.',
  },
  {
    selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
    message: 'No dangerouslySetInnerHTML: render text.',
  },
  {
    selector: "CallExpression[callee.object.name='document'][callee.property.name='write']",
    message: 'No document.write.',
  },
  {
    selector: "CallExpression[callee.property.name='execCommand'][arguments.0.value='insertHTML']",
    message: 'No insertHTML: paste events or insertText.',
  },
];
const focused = [
  {
    selector:
      'CallExpression[callee.object.name=/^(it|test|describe)$/][callee.property.name=/^(only|skip|todo)$/]',
    message: 'No focused, skipped or todo tests.',
  },
  {
    selector: 'CallExpression[callee.name=/^(xit|xdescribe|fit|fdescribe)$/]',
    message: 'No focused or skipped tests.',
  },
];

// UI text comes from the catalogs (lib/i18n/): no inline per-language strings where the catalog
// is in use. A language test is `fr`, `isFr`, `x.fr`, `lang === 'fr'` or `….startsWith('fr')`.
const langTest = [
  "[test.type='Identifier'][test.name=/^(fr|en|isFr|isEn|isFrench|french)$/]",
  "[test.type='MemberExpression'][test.property.name=/^(fr|isFr|isFrench)$/]",
  "[test.type='BinaryExpression'][test.right.value=/^(fr|en)$/]",
  "[test.type='BinaryExpression'][test.left.value=/^(fr|en)$/]",
  "[test.type='CallExpression'][test.callee.property.name='startsWith'][test.arguments.0.value=/^(fr|en)$/]",
].join(', ');
// A text branch: a string, a template, another ternary, JSX (`fr ? <>…</> : <>…</>`), or a
// table read in place (`fr ? { a: '…' }[k] : { a: '…' }[k]`).
const textBranch = [
  '[consequent.type=/^(Literal|TemplateLiteral|ConditionalExpression|JSXElement|JSXFragment)$/]',
  '[alternate.type=/^(Literal|TemplateLiteral|JSXElement|JSXFragment)$/]',
  "[consequent.type='MemberExpression'][consequent.object.type='ObjectExpression']",
].join(', ');
/** A property named after a UI language: `fr: …` or `'fr': …`. */
const langKey = (code) => `Property:matches([key.name='${code}'], [key.value='${code}'])`;
const inlineLanguages = [
  {
    selector: `ConditionalExpression:matches(${langTest}):matches(${textBranch})`,
    message:
      'UI text comes from the catalog: add the key to lib/i18n/fr.ts and en.ts and use t(…), not a language ternary.',
  },
  {
    selector:
      "ObjectExpression:has(> Property[key.name='fr'][value.type=/^(Literal|TemplateLiteral)$/]):has(> Property[key.name='en'][value.type=/^(Literal|TemplateLiteral)$/])",
    message:
      'UI text comes from the catalog: add the key to lib/i18n/fr.ts and en.ts, not a { fr, en } literal.',
  },
  {
    // `{ fr: …, en: … }[lang]`: a table read by language, whatever its values (texts, JSX, objects).
    selector: `MemberExpression[computed=true] > ObjectExpression.object:has(> ${langKey('fr')}):has(> ${langKey('en')})`,
    message:
      'UI text comes from the catalog: add the key to lib/i18n/fr.ts and en.ts and use t(…), not a table indexed by language.',
  },
  {
    // `const L = { fr: { save: '…' }, en: { save: '…' } }`: a private per-language table of texts.
    selector: `ObjectExpression:has(> ${langKey('fr')}[value.type='ObjectExpression']):has(> ${langKey('en')}[value.type='ObjectExpression'])`,
    message:
      'UI text comes from the catalog: add the keys to lib/i18n/fr.ts and en.ts, not a per-language table.',
  },
];
/** Folders whose texts are all in the catalog (lib/ still returns `Text` values: lib/i18n/README.md). */
export const CATALOG_FOLDERS = ['components/**/*.{ts,tsx}', 'entrypoints/**/*.{ts,tsx}'];
/** lib/ is below the surfaces: it never imports them (each lib/ block that sets the rule lists it). */
const noSurfaces = {
  group: ['**/entrypoints/**', '@/entrypoints/**', '**/components/**', '@/components/**'],
  message: 'lib/ never imports entrypoints/ or components/.',
};

const noLedger = {
  group: [
    'idb',
    '**/ledger/db',
    '@/lib/ledger/db',
    '**/ledger/repo',
    '@/lib/ledger/repo',
    '**/app/state',
    '@/lib/app/state',
  ],
  message: 'Content scripts never open IndexedDB: they ask the background through typed messages.',
};

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'bench/results.json', 'shots/**'] },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,js,mjs}'],
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/no-non-null-assertion': 'off',
      'no-restricted-syntax': ['error', ...htmlSinks, ...focused],
    },
  },
  {
    // Type-aware rules, on production code only (tests and tools would double the lint time):
    // a promise is awaited, or voided where fire-and-forget is meant and its failure handled.
    files: ['lib/**/*.{ts,tsx}', 'entrypoints/**/*.{ts,tsx}', 'components/**/*.{ts,tsx}'],
    ignores: ['**/*.test.ts', '**/*.test.tsx'],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      // JSX event attributes too: Preact drops what a handler returns, so an async onClick's
      // failure would be lost. Wrap it in asyncHandler(action, report) (components/async-handler.ts),
      // which shows the error where the surface shows its errors, or void a handler that catches its own.
      '@typescript-eslint/no-misused-promises': 'error',
    },
  },
  {
    // Past four arguments a call no longer says which is which: pass one named input
    // (`fn({ a, b, c })`, with its interface). The catalogs are the exception: an entry's
    // parameters are its sentence's slots, called as t(key, …args) and checked by
    // lib/i18n/catalog.test.ts against the other language's.
    files: [
      'lib/**/*.{ts,tsx}',
      'components/**/*.{ts,tsx}',
      'entrypoints/**/*.{ts,tsx}',
      'tools/**/*.{ts,tsx}',
      'scripts/**/*.{ts,tsx}',
    ],
    ignores: ['**/*.test.{ts,tsx}', 'lib/i18n/fr.ts', 'lib/i18n/en.ts'],
    rules: { '@typescript-eslint/max-params': ['error', { max: 4 }] },
  },
  {
    files: CATALOG_FOLDERS,
    ignores: ['**/*.test.{ts,tsx}'],
    rules: { 'no-restricted-syntax': ['error', ...htmlSinks, ...focused, ...inlineLanguages] },
  },
  {
    files: ['lib/**/*.{ts,tsx}'],
    ignores: ['**/*.test.ts', 'lib/i18n/**'],
    rules: { 'no-restricted-syntax': ['error', ...htmlSinks, ...focused] },
  },
  {
    files: ['lib/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [noSurfaces],
        },
      ],
    },
  },
  {
    // The pure core: no extension API, no storage, no clock of its own (CONTRIBUTING.md, the rules of the house).
    files: [
      'lib/model/**/*.ts',
      'lib/escalation/**/*.ts',
      'lib/drafts/**/*.ts',
      'lib/detect/**/*.ts',
      'lib/replies/**/*.ts',
    ],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            noSurfaces,
            {
              group: [
                'wxt',
                'wxt/**',
                '#imports',
                '@webext-core/**',
                'idb',
                '**/ledger/db',
                '@/lib/ledger/db',
                '**/ledger/repo',
                '@/lib/ledger/repo',
                '**/app/state',
                '@/lib/app/state',
                '**/messaging/**',
                '@/lib/messaging/**',
              ],
              message:
                'The pure core (model, escalation, drafts, detect, replies) touches no extension API, database or message: pass data in.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'browser', message: 'The pure core never calls extension APIs.' },
        { name: 'chrome', message: 'The pure core never calls extension APIs.' },
      ],
    },
  },
  {
    // Content scripts run in someone else's page: they ask the background, they never open the ledger.
    files: ['entrypoints/*.content/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', { patterns: [noLedger] }] },
  },
  {
    files: ['lib/webmail/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [noSurfaces, noLedger],
        },
      ],
    },
  },
  {
    files: ['components/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                '**/entrypoints/**',
                '@/entrypoints/**',
                'idb',
                '**/ledger/repo',
                '@/lib/ledger/repo',
                '**/ledger/db',
                '@/lib/ledger/db',
              ],
              message:
                'components/ receive data and callbacks; they never open the database or import entrypoints.',
            },
          ],
        },
      ],
    },
  },
);
