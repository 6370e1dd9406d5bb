// @ts-check
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Import boundaries (CONVENTIONS.md rule 1 and DESIGN.md §2). */
const frameworks = [
  'botbuilder',
  'botbuilder-*',
  'botframework-*',
  'restify',
  '@azure/cosmos',
  'better-sqlite3',
  'react',
  'react-dom',
  'pino',
];

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'node_modules/**',
      '.data/**',
      'test-results/**',
      'appPackage/build/**',
      'devTools/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.node },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'no-empty': ['error', { allowEmptyCatch: false }],
    },
  },
  {
    files: ['**/*.mjs', '**/*.cjs', '**/*.js'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    // The domain imports no framework and no adapter folder.
    files: ['bot/src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: frameworks, message: 'The domain imports no framework (CONVENTIONS.md rule 1).' },
            {
              group: [
                '**/store/**',
                '**/teams/**',
                '**/http/**',
                '**/jobs/**',
                '**/server',
                '**/index',
                '**/config',
              ],
              message: 'The domain does not depend on adapters or the composition root.',
            },
          ],
        },
      ],
    },
  },
  {
    // Only bot/src/teams/ talks to Bot Framework: moving to the Agents SDK is a swap of that folder.
    // (The domain and contracts have stricter lists of their own: in flat config the last one would win.)
    files: ['bot/src/**/*.ts', 'bot/tools/**/*.ts'],
    ignores: ['bot/src/teams/**', 'bot/src/domain/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['botbuilder', 'botbuilder-*', 'botframework-*'],
              message: 'Only bot/src/teams imports Bot Framework.',
            },
          ],
        },
      ],
    },
  },
  {
    // Contracts are shared with the tab: zod only.
    files: ['contracts/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/bot/**', '**/tab/**', ...frameworks], message: 'contracts/ depends on zod only.' },
          ],
        },
      ],
    },
  },
  {
    // jest's asymmetric matchers (expect.any, expect.stringMatching) are typed `any`.
    files: ['tests/**/*.ts'],
    rules: { '@typescript-eslint/no-unsafe-assignment': 'off' },
  },
  {
    files: ['tab/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/bot/**'],
              message: 'The tab talks to the server over HTTP only, with the shapes in contracts/.',
            },
            {
              group: ['**/contracts/api', 'zod'],
              message:
                'Import contracts/routes and types from contracts/schemas: zod stays out of the tab bundle.',
            },
            {
              group: ['@fluentui/react-icons/*', '@fluentui/react-components/*'],
              message: 'Named imports from the package root only.',
            },
          ],
        },
      ],
    },
  },
);
