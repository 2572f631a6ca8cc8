// Lint: typescript-eslint's recommended rules, Lit's, and the one-way imports view → app → model,
// with browser side effects (platform/) only under view/ and Node-only code (node/) only for cli/, vite/, bench/ and tests.
import js from '@eslint/js';
import lit from 'eslint-plugin-lit';
import tseslint from 'typescript-eslint';

const noImports = (patterns, message) => ['error', { patterns: patterns.map((group) => ({ group: [group], message })) }];

export default tseslint.config(
  { ignores: ['dist/', 'dist-single/', 'node_modules/', 'test-results/', 'playwright-report/', 'bench/results/', 'export/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { window: 'readonly', document: 'readonly', console: 'readonly', process: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-undef': 'off',
    },
  },
  { files: ['src/view/**/*.ts'], ...lit.configs['flat/recommended'] },
  {
    files: ['src/model/**/*.ts'],
    ignores: ['src/model/**/*.test.ts'],
    rules: {
      'no-restricted-imports': noImports(
        ['lit', 'lit/*', 'cytoscape', 'cytoscape-*', '**/app/**', '**/view/**', '**/platform', '**/platform/**', '**/node/**', 'node:*'],
        'the model is pure: no DOM, no rendering, no Node APIs, no imports from app/, view/, platform/ or node/',
      ),
    },
  },
  {
    files: ['src/app/**/*.ts'],
    ignores: ['src/app/**/*.test.ts'],
    rules: {
      'no-restricted-imports': noImports(
        ['lit', 'lit/*', 'cytoscape', 'cytoscape-*', '**/view/**', '**/platform', '**/platform/**', '**/node/**', 'node:*'],
        'app/ holds state and derivation: no rendering (view/), no side effects (platform/), no Node code (node/)',
      ),
    },
  },
  {
    files: ['src/app/**/*.test.ts'],
    rules: {
      'no-restricted-imports': noImports(['cytoscape', 'cytoscape-*', '**/view/**', '**/platform', '**/platform/**'], 'app/ tests test app/: no view/ or platform/'),
    },
  },
  {
    files: ['src/view/**/*.ts'],
    ignores: ['src/view/canvas/**', 'src/view/**/*.test.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['cytoscape', 'cytoscape-*'], message: 'only src/view/canvas/ (<graph-canvas> and its helpers) imports Cytoscape', allowTypeImports: true },
            { group: ['**/node/**', 'node:*'], message: 'view/ runs in the browser: no Node code' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/platform/**/*.ts'],
    rules: {
      // The one exception: storage reads and writes the records defined by the pure app/workspace/ (kinds, migrations, backup format).
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/view/**', '**/app/**', '!**/app/workspace', '!**/app/workspace/*', 'lit', 'lit/*', 'cytoscape', 'cytoscape-*', '**/node/**', 'node:*'], message: 'platform/ holds browser side effects for view/; it never imports view/, app/ (except the pure app/workspace/ records) or Node code' }] }],
    },
  },
  {
    files: ['src/layout/**/*.ts'],
    ignores: ['src/layout/**/*.test.ts'],
    rules: {
      'no-restricted-imports': noImports(['**/app/**', '**/view/**', '**/platform', '**/platform/**', '**/node/**'], 'layout/ is used by the Vite plugin and the canvas: model only'),
    },
  },
);
