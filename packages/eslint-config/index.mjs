// Shared flat config: every workspace lints with the same rules, so a rule
// change happens once. Type-aware rules are left out on purpose: they need a
// full program per package and would triple the time lint takes in CI.
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import boundaries from './rules/boundaries.mjs';

/** Workspaces that are deployed on their own: nothing may import them. */
const deployables = ['lead', 'account', 'order', 'planning', 'order-admin', 'gateway'];

export default tseslint.config(
  {
    ignores: ['**/dist/**', '**/node_modules/**', '**/coverage/**', '**/.turbo/**'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'off',
      'no-console': 'error',
      eqeqeq: ['error', 'always', { null: 'ignore' }],
    },
  },
  {
    // scripts and tests talk to the terminal on purpose
    files: [
      '**/scripts/**',
      '**/*.spec.ts',
      '**/*.int-spec.ts',
      '**/*.e2e-spec.ts',
      '**/*.mjs',
      '**/*.cjs',
      '**/*.js',
    ],
    rules: { 'no-console': 'off', '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // JavaScript runs in Node here: scripts, configs and the infrastructure's helpers
    files: ['**/*.js', '**/*.cjs', '**/*.mjs'],
    languageOptions: { globals: globals.node },
  },
  {
    // and under jest: tests written in JavaScript and jest's set-up files
    files: ['**/*.spec.js', '**/jest-config/*.js'],
    languageOptions: { globals: globals.jest },
  },
  {
    plugins: { salesgraph: boundaries },
    rules: {
      'salesgraph/no-cross-service-import': ['error', { deployables }],
      'salesgraph/no-dto-in-handler': 'error',
      'salesgraph/no-shared-folder': 'error',
    },
  },
  prettier,
);
