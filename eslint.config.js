// Lint rules, including the folder boundaries of the README's Layout: the domain core imports nothing
// from wxt, preact or the DOM; views never touch storage or browser APIs.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';
import { importX } from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';

export default tseslint.config(
  {
    ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'coverage/**', 'bench/results/**', 'tests/e2e/artifacts/**'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'No HTML strings: build DOM with Preact or createElement (Trusted Types).' },
        { property: 'outerHTML', message: 'No HTML strings (Trusted Types).' },
        { property: 'insertAdjacentHTML', message: 'No HTML strings (Trusted Types).' },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'fetch', message: 'Fifteen makes no network requests (docs/product.md).' },
        { name: 'XMLHttpRequest', message: 'Fifteen makes no network requests (docs/product.md).' },
        { name: 'WebSocket', message: 'Fifteen makes no network requests (docs/product.md).' },
      ],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['utils/domain/**/*.ts'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['wxt', 'wxt/*', '#imports', 'preact', 'preact/*', '../store/*', '../linkedin/*', '@/*'],
              message: 'utils/domain is pure TypeScript.',
            },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'document', 'window', 'browser', 'chrome', 'fetch'],
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
              group: ['#imports', 'wxt', 'wxt/*', '**/utils/store/*', '**/utils/linkedin/*'],
              message: 'Views take props and give callbacks: no storage, no browser.*, no page.',
            },
            {
              group: ['@/entrypoints/**', '**/entrypoints/**'],
              message: 'Components never import an entrypoint: their strings and types are their own.',
            },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'browser', 'chrome', 'fetch'],
    },
  },
  {
    files: ['utils/**/*.{ts,tsx}'],
    ignores: ['utils/domain/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['@/entrypoints/**', '**/entrypoints/**'], message: 'utils/ never imports an entrypoint.' },
          ],
        },
      ],
    },
  },
  {
    files: ['utils/linkedin/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@/utils/store/*', '../store/*', '#imports', 'wxt', 'wxt/*'],
              message: 'utils/linkedin reads the page it is given: no storage, no browser.*.',
            },
            { group: ['@/entrypoints/**', '**/entrypoints/**'], message: 'utils/ never imports an entrypoint.' },
          ],
        },
      ],
    },
  },
  {
    // An entrypoint is built on its own: what two of them share lives in utils/ or components/.
    files: ['entrypoints/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@/entrypoints/**', '../*', '../*/**'],
              message: 'No entrypoint imports another: share through utils/ or components/.',
            },
          ],
        },
      ],
    },
  },
  {
    // An entrypoint that is one file (background.ts, codec-worker.ts) must not reach into a folder
    // entrypoint beside it either.
    files: ['entrypoints/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@/entrypoints/**', '../*', '../*/**', './*/**'],
              message: 'No entrypoint imports another: share through utils/ or components/.',
            },
          ],
        },
      ],
    },
  },
  {
    // The popup's first script must stay small: in WXT's build, code that names a binding
    // `storage` gets WXT's own storage module added (9 KB). Name it something else (e.g. `api`).
    // Every file that script bundles (npm run build, then .output/chrome-mv3/popup-points.js).
    files: [
      'entrypoints/popup-points/**/*.ts',
      'utils/first-paint-contract.ts',
      'components/points-summary-strings.ts',
      'utils/store/points-read.ts',
      'utils/store/points-index.ts',
      'utils/store/layout.ts',
      'utils/domain/points.ts',
      'utils/domain/settings-defaults.ts',
      'utils/domain/raw.ts',
    ],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector:
            'VariableDeclarator > Identifier.id[name="storage"], :function > Identifier.params[name="storage"], ImportSpecifier > Identifier.local[name="storage"], Property[shorthand=true] > Identifier.value[name="storage"]',
          message:
            "A binding named `storage` makes WXT add its storage module (9 KB) to the popup's first script: call it something else.",
        },
      ],
    },
  },
  {
    // No import cycles: a module's dependencies form a tree, so each layer can be read (and
    // bundled) without the ones above it.
    files: ['components/**/*.{ts,tsx}', 'entrypoints/**/*.{ts,tsx}', 'utils/**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: {
      ...importX.flatConfigs.typescript.settings,
      'import-x/resolver-next': [createTypeScriptImportResolver()],
    },
    rules: { 'import-x/no-cycle': 'error' },
  },
  {
    // Small modules, one job each: no source file over 300 lines, no function over 80 (counted
    // as Prettier writes them, comments and blank lines included). Tests and benchmarks aside.
    files: ['components/**/*.{ts,tsx}', 'entrypoints/**/*.{ts,tsx}', 'utils/**/*.{ts,tsx}', 'scripts/**/*.mjs'],
    rules: {
      'max-lines': ['error', { max: 300 }],
      'max-lines-per-function': ['error', { max: 80 }],
    },
  },
  {
    files: ['tests/**', 'bench/**', 'scripts/**', '*.config.*'],
    rules: { 'no-restricted-globals': 'off', 'no-restricted-properties': 'off' },
  },
);
