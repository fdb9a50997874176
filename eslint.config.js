// Lint configuration: typescript-eslint's recommended type-aware rules over our sources.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'web/vendor/', 'var/', 'appPackage/build/'] },
  js.configs.recommended,
  { languageOptions: { globals: { ...globals.node } } },
  // The web chat page's own scripts run in browsers, as classic scripts.
  { files: ['web/**/*.js'], languageOptions: { globals: { ...globals.browser }, sourceType: 'script' } },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      eqeqeq: ['error', 'always'],
    },
  },
);
