import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['node_modules/', 'out/', 'dist/', 'test-results/', 'artifacts/', 'bench-out/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts', '**/*.tsx', '**/*.js', '**/*.mjs'],
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  { files: ['**/*.cjs'], languageOptions: { sourceType: 'commonjs', globals: { ...globals.node } } },
  {
    // The core knows nothing of Electron or HTTP (DESIGN.md).
    files: ['main/archive/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['electron', 'node:http', 'node:https', 'http', 'https'], message: 'The archive core must not depend on Electron or HTTP.' },
          { group: ['**/electron/**', '**/web/**', '**/cli/**'], message: 'The core does not import its shells.' },
        ],
      }],
    },
  },
  {
    // Nothing in the core is there only for tests or tools: fixtures live in main/test-support,
    // the generator in main/generate, each shell's PDF engine outside (main/chromium, Electron's).
    files: ['main/archive/**/*.ts'],
    // The crash harness's child and its clippings are issue 11's to move out of safety/.
    ignores: ['main/archive/**/*.test.ts', 'main/archive/safety/crash-*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['electron', 'node:http', 'node:https', 'http', 'https'], message: 'The archive core must not depend on Electron or HTTP.' },
          { group: ['**/electron/**', '**/web/**', '**/cli/**'], message: 'The core does not import its shells.' },
          { group: ['**/test-support/**', '**/generate/**', '**/chromium/**', 'playwright', 'playwright-core'], message: 'The core ships no test fixtures, generator or PDF engine: those live outside main/archive.' },
        ],
      }],
    },
  },
  {
    // The renderer knows only the bridge contract.
    files: ['renderer/**/*.ts', 'renderer/**/*.tsx'],
    ignores: ['renderer/vite.config.ts'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['node:*', 'electron', 'fs', 'path', 'child_process'], message: 'The renderer runs in a browser: no Node or Electron.' },
          { group: ['**/main/**'], message: 'The renderer knows only the contract in preload/api/.' },
          { group: ['**/preload/preload*'], message: 'Use the contract (preload/api/), not the preload script.' },
        ],
      }],
    },
  },
);
