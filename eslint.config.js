// @ts-check
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig([
  globalIgnores([
    '**/dist/',
    '**/node_modules/',
    '**/storybook-static/',
    '**/coverage/',
    '**/.tmp/',
    '**/.next/',
    // Consumer fixture apps: their TypeScript is checked by `pnpm test:consumers` against the
    // packed packages (their own tsconfigs and node_modules); their .mjs checks are linted.
    'test/consumers/**/*.{ts,tsx}',
  ]),

  js.configs.recommended,
  tseslint.configs.strictTypeChecked,
  reactHooks.configs.flat.recommended,

  {
    languageOptions: {
      ecmaVersion: 2022,
      sourceType: 'module',
      globals: { ...globals.browser, ...globals.node },
      parserOptions: {
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
      },
    },
    linterOptions: {
      reportUnusedDisableDirectives: 'error',
    },
    rules: {
      eqeqeq: ['error', 'always'],
      '@typescript-eslint/no-unused-vars': [
        'error',
        {
          args: 'after-used',
          argsIgnorePattern: '^_',
          varsIgnorePattern: '^_',
          caughtErrorsIgnorePattern: '^_',
          destructuredArrayIgnorePattern: '^_',
          ignoreRestSiblings: true,
        },
      ],
      // With noUncheckedIndexedAccess, `match[1]!` after a successful regex
      // match is the idiomatic escape hatch; the rule only adds noise.
      '@typescript-eslint/no-non-null-assertion': 'off',
      // The public API validates input from untyped (JavaScript) callers on
      // purpose (`options ?? {}`, `typeof link === 'string'`); this rule
      // would flag every such defensive check as "unnecessary".
      '@typescript-eslint/no-unnecessary-condition': 'off',
      // Style only (`() => settle('opened')`, `cond && settle(x)`).
      '@typescript-eslint/no-confusing-void-expression': 'off',
      // Numbers in template literals (`${elapsedMs}ms`) are fine.
      '@typescript-eslint/restrict-template-expressions': [
        'error',
        { allowNumber: true, allowBoolean: true },
      ],
    },
  },

  // Tests and stories stand in for apps' callbacks: `async () => 'paid'` is the natural way to
  // write a verifyPayment that resolves at once.
  {
    files: ['test/**', 'stories/**'],
    rules: { '@typescript-eslint/require-await': 'off' },
  },

  // Plain JavaScript (this file, scripts/*.mjs): no type information.
  {
    files: ['**/*.{js,mjs,cjs}'],
    extends: [tseslint.configs.disableTypeChecked],
  },
]);
