// Lint: typescript-eslint's recommended rules, Lit's, and the one-way imports view → app → model.
import js from '@eslint/js';
import lit from 'eslint-plugin-lit';
import tseslint from 'typescript-eslint';

const noImports = (patterns, message) => ['error', { patterns: patterns.map((group) => ({ group: [group], message })) }];

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'test-results/', 'playwright-report/', 'bench/results/', 'export/'] },
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
    ignores: ['src/model/test-support.ts', 'src/model/**/*.test.ts'],
    rules: {
      'no-restricted-imports': noImports(['lit', 'lit/*', 'cytoscape', 'cytoscape-*', '**/app/**', '**/view/**', 'node:*'], 'the model is pure: no DOM, no rendering, no Node APIs, no imports from app/ or view/'),
    },
  },
  {
    files: ['src/app/**/*.ts'],
    rules: {
      'no-restricted-imports': noImports(['cytoscape', 'cytoscape-*', '**/view/**'], 'app/ holds state and derivation; rendering lives in view/'),
    },
  },
  {
    files: ['src/view/**/*.ts'],
    ignores: ['src/view/graph-canvas.ts', 'src/view/canvas-*.ts', 'src/view/**/*.test.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        { patterns: [{ group: ['cytoscape', 'cytoscape-*'], message: 'only <graph-canvas> (and its canvas-* helpers) import Cytoscape', allowTypeImports: true }] },
      ],
    },
  },
);
