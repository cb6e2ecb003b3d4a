import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import solid from 'eslint-plugin-solid/configs/typescript';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['.output/', '.wxt/', 'node_modules/', 'coverage/', 'tests/screenshots/'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    files: ['**/*.{ts,tsx}'],
    ...solid,
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.browser },
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-syntax': [
        'error',
        { selector: "CallExpression[callee.name='eval']", message: 'Never eval.' },
        { selector: "NewExpression[callee.name='Function']", message: 'Never new Function.' },
        {
          selector: "AssignmentExpression[left.property.name='innerHTML']",
          message: 'Use textContent or Solid; Apple’s text is text.',
        },
      ],
      'no-restricted-imports': [
        'error',
        { name: 'webextension-polyfill', message: "Import browser from 'wxt/browser'." },
      ],
    },
  },
  {
    // lib/ and content/ stay pure so they run in Node; only lib/**/browser-*.ts adapters may
    // touch the extension APIs.
    files: ['lib/**/*.ts', 'content/**/*.ts'],
    ignores: ['lib/**/browser-*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['wxt/*', 'wxt', 'solid-js', 'solid-js/*'],
              message: 'lib/ and content/ stay pure.',
            },
          ],
          paths: [{ name: 'webextension-polyfill', message: 'lib/ and content/ stay pure.' }],
        },
      ],
    },
  },
  {
    files: ['**/*.{js,mjs,cjs}', 'scripts/**', 'tests/fixtures/sites/**/*.js'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  prettier,
);
