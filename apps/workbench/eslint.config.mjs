// The shared rules, plus React's hook rules and jsx-a11y for the app's pages.
import shared from '@salesgraph/eslint-config';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

export default [
  { ignores: ['src/gql/**'] },
  ...shared,
  {
    files: ['src/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  { ...jsxA11y.flatConfigs.recommended, files: ['src/**/*.tsx'] },
  {
    files: ['server/**', 'test/**', 'scripts/**', 'codegen/**', '*.ts', '*.mts', '*.js'],
    languageOptions: { globals: { ...globals.node, ...globals.jest } },
  },
];
