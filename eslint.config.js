import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules', 'dist', 'data', 'db/migrations', 'bench/results', 'coverage'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': ['error', { allow: ['warn', 'error'] }],
      eqeqeq: ['error', 'smart'],
    },
  },
  {
    // The bot engine (and so the classifier's training) may never read the held-out test data.
    files: ['bot/engine/**/*.ts'],
    ignores: ['bot/engine/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/tests/**', 'node:fs', 'fs'],
              message: 'bot/engine must not read tests/ or files.',
            },
          ],
        },
      ],
    },
  },
  {
    // Issue 21 point 6: no function over ~80 lines without a reason in a comment (a
    // disable-next-line comment with its reason) in the web client.
    files: ['web/src/**/*.{ts,tsx}'],
    rules: {
      'max-lines-per-function': ['error', { max: 80, skipBlankLines: true, skipComments: true }],
    },
  },
  {
    // The same rule for the server, Buurtbot and the database code (tests excepted).
    files: ['server/**/*.ts', 'bot/**/*.ts', 'db/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      'max-lines-per-function': ['error', { max: 80, skipBlankLines: true, skipComments: true }],
    },
  },
  {
    // CommonJS configuration files (dependency-cruiser's).
    files: ['**/*.cjs'],
    languageOptions: {
      sourceType: 'commonjs',
      globals: { module: 'writable', require: 'readonly' },
    },
  },
  {
    files: ['bench/**', 'bot/cli/**', 'tests/**'],
    rules: { 'no-console': 'off' },
  },
);
