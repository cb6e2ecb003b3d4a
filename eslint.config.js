import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import solid from 'eslint-plugin-solid/configs/typescript';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const POLYFILL = { name: 'webextension-polyfill', message: "Import browser from 'wxt/browser'." };

/** What lib/ and content/ may not import: they stay pure and run in Node as they are. */
const PURE = {
  group: ['wxt', 'wxt/*', 'solid-js', 'solid-js/*'],
  message: 'lib/ and content/ stay pure; only lib/**/browser-*.ts adapters touch the browser.',
};

/** A relative import that climbs into one of `folders` at the top of the tree. */
function into(folders, message) {
  return { regex: `^(\\.\\./)+(${folders.join('|')})(/|$)`, message };
}

function importDirections() {
  const rule = (...patterns) => ({
    'no-restricted-imports': ['error', { paths: [POLYFILL], patterns }],
  });
  const notUp = into(
    ['components', 'entrypoints'],
    'lib/ is framework-free logic: it never imports components/ or entrypoints/.',
  );
  return [
    {
      files: ['content/**/*.ts'],
      rules: rule(
        PURE,
        into(
          ['lib', 'components', 'entrypoints'],
          'content/ is data: it imports nothing from lib/, components/ or entrypoints/ (declare shared words in content/vocabulary.ts).',
        ),
      ),
    },
    { files: ['lib/**/*.ts'], ignores: ['lib/**/browser-*.ts'], rules: rule(PURE, notUp) },
    { files: ['lib/**/browser-*.ts'], rules: rule(notUp) },
    {
      files: ['components/**/*.{ts,tsx}'],
      rules: rule(
        into(
          ['entrypoints'],
          'components/ is shared UI: it never imports a surface in entrypoints/.',
        ),
      ),
    },
  ];
}

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
      'no-restricted-imports': ['error', { paths: [POLYFILL] }],
    },
  },
  // The import directions DESIGN.md draws: content/ (data) <- lib/ (logic) <- components/ (shared
  // UI) <- entrypoints/ (each surface). An arrow the other way fails `npm run lint`
  // (tests/unit/import-directions.test.ts proves it).
  ...importDirections(),
  {
    files: ['**/*.{js,mjs,cjs}', 'scripts/**', 'tests/fixtures/sites/**/*.js'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  prettier,
);
