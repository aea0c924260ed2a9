// ESLint for the linter's own repository (`npm run lint`): typescript-eslint's recommended rules on the sources,
// the JavaScript recommended rules on scripts, tests and benchmarks. Formatting is Prettier's (.prettierrc.json).
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'out/**',
      'node_modules/**',
      'coverage/**',
      '.e2e/**',
      '.vscode-test/**',
      'test/e2e/code-server/**',
      'test/e2e/.cache/**',
      'test/fixtures/**',
      'test/accuracy/cards/**',
    ],
  },
  {
    files: ['**/*.{mjs,cjs,js}'],
    extends: [js.configs.recommended],
    languageOptions: { globals: { ...globals.node }, ecmaVersion: 2024 },
    rules: { 'no-unused-vars': ['error', { argsIgnorePattern: '^_', caughtErrors: 'none' }] },
  },
  {
    // Security tests match control characters on purpose (escaping of hostile card text).
    files: ['test/**/*.{mjs,js}'],
    rules: { 'no-control-regex': 'off' },
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
  },
  {
    files: ['test/vscode/**/*.{mjs,cjs,js}', 'test/e2e/**/*.{mjs,js}'],
    languageOptions: { globals: { ...globals.node, ...globals.mocha, ...globals.browser } },
  },
  {
    files: ['**/*.ts'],
    extends: [js.configs.recommended, tseslint.configs.recommended],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', caughtErrors: 'none' }],
      // Non-null assertions after a checked index are the idiom under noUncheckedIndexedAccess.
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
);
