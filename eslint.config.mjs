// ESLint flat config (ESLint 10, typescript-eslint 8). Run by `npm run lint`, and by `npm test` before jest.
// Rules that are off or relaxed say why; the layer rules below are the ones DESIGN.md asks for.
import js from '@eslint/js';
import {defineConfig, globalIgnores} from 'eslint/config';
import {createTypeScriptImportResolver} from 'eslint-import-resolver-typescript';
import {importX} from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import {builtinModules} from 'node:module';
import tseslint from 'typescript-eslint';

/**
 * Import specifiers that reach the Docusaurus plugins or the React pages, in every spelling the tree accepts:
 * relative (`../../plugins/x`), the `@site/` alias and the `baseUrl` form (`src/plugins/x`).
 */
const pathInto = (folders) => [
  `^(\\.{1,2}/)+(src/)?(${folders.join('|')})(/|$)`,
  `^@site/src/(${folders.join('|')})(/|$)`,
  `^src/(${folders.join('|')})(/|$)`,
];

/** Node's built-in modules are imported as `node:fs`, never `fs`, so they cannot be mistaken for an npm package. */
const builtinPaths = builtinModules
  .filter((name) => !name.startsWith('_') && !name.startsWith('node:'))
  .map((name) => ({name, message: `Import Node's built-in module as 'node:${name}'.`}));

/** `src/lib` is pure TypeScript: the CLI, the plugins, the pages and the tests all use it (DESIGN.md, layout). */
const libRestrictions = {
  paths: [
    ...builtinPaths,
    {
      name: 'react',
      message: 'src/lib imports no React: move the component to src/components or src/pages.',
    },
    {
      name: 'react-dom',
      message: 'src/lib imports no React: move the component to src/components or src/pages.',
    },
  ],
  patterns: [
    {
      group: [
        'react/*',
        'react-dom/*',
        '@docusaurus/*',
        '@theme/*',
        '@theme-original/*',
        '@theme-init/*',
        '@generated/*',
      ],
      message:
        'src/lib imports no React or Docusaurus: pass the values in from the plugin or page that has them.',
    },
    ...pathInto(['plugins', 'pages']).map((regex) => ({
      regex,
      message:
        'src/lib imports nothing from src/plugins or src/pages: move the shared code into src/lib.',
    })),
  ],
};

/** The command-line tools share src/lib with the plugins, never the plugins themselves. */
const cliRestrictions = {
  paths: builtinPaths,
  patterns: pathInto(['plugins']).map((regex) => ({
    regex,
    message: 'src/cli imports nothing from src/plugins: move the shared code into src/lib.',
  })),
};

export default defineConfig(
  globalIgnores([
    '**/node_modules/',
    '**/build/',
    '**/.docusaurus/',
    '.docusaurus-*/',
    '.cache-loader/',
    '.bench/',
    'bench-results/',
    '**/__fixtures__/**/build/',
  ]),
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    languageOptions: {
      ecmaVersion: 2022,
      sourceType: 'module',
      globals: {...globals.node},
    },
    linterOptions: {reportUnusedDisableDirectives: 'error'},
    rules: {
      // Used deliberately where a value is known to be present (a Map lookup just filled, a regex group that
      // always matches); rewriting each as a check would add branches nothing can reach.
      '@typescript-eslint/no-non-null-assertion': 'off',
      // Each layer below repeats builtinPaths, because a file's later `no-restricted-imports` replaces this one.
      'no-restricted-imports': ['error', {paths: builtinPaths}],
      // The safety rules match control characters on purpose (hidden text, NUL in paths, header injection).
      'no-control-regex': 'off',
      // A leading underscore marks a parameter kept for its position (callbacks, Docusaurus plugin hooks).
      '@typescript-eslint/no-unused-vars': [
        'error',
        {
          argsIgnorePattern: '^_',
          varsIgnorePattern: '^_',
          caughtErrors: 'none',
          ignoreRestSiblings: true,
        },
      ],
    },
  },
  {
    files: ['**/*.{ts,tsx,js,cjs,mjs}'],
    plugins: {'import-x': importX},
    settings: {
      'import-x/resolver-next': [createTypeScriptImportResolver({project: './tsconfig.json'})],
      'import-x/extensions': ['.ts', '.tsx', '.js', '.cjs', '.mjs'],
    },
    rules: {
      'import-x/no-cycle': ['error', {ignoreExternal: true}],
    },
  },
  {
    files: ['**/*.tsx', 'src/components/**/*.ts', 'src/theme/**/*.ts', 'src/pages/**/*.ts'],
    ...reactHooks.configs.flat.recommended,
    languageOptions: {globals: {...globals.browser}},
    rules: {
      ...reactHooks.configs.flat.recommended.rules,
      // Warnings fail `npm run lint` too (--max-warnings 0).
      // The next three are React Compiler rules; the site is not compiled with it, and each flags a deliberate pattern:
      // pages render the same HTML on the server and in the browser, then read browser-only state (storage, the URL)
      // in an effect; DocItem/Content picks the compiled MDX component of the page being rendered; the missing-page
      // fallback reads the clock to stop a reload loop.
      'react-hooks/set-state-in-effect': 'off',
      'react-hooks/static-components': 'off',
      'react-hooks/purity': 'off',
    },
  },
  {
    files: ['src/offline/**/*.ts'],
    languageOptions: {globals: {...globals.serviceworker}},
  },
  {
    files: ['**/__tests__/**', 'tests/**'],
    rules: {
      // Tests load modules lazily on purpose (react-dom/server without type declarations, files read only by one case).
      '@typescript-eslint/no-require-imports': 'off',
      // Test regexes match YAML text whose indentation is part of what they match.
      'no-regex-spaces': 'off',
    },
  },
  {
    files: ['**/*.cjs', 'jest.config.js'],
    languageOptions: {sourceType: 'commonjs'},
    rules: {'@typescript-eslint/no-require-imports': 'off'},
  },
  {
    files: ['src/lib/**/*.{ts,tsx}'],
    rules: {'no-restricted-imports': ['error', libRestrictions]},
  },
  {
    files: ['src/cli/**/*.{ts,tsx}'],
    rules: {'no-restricted-imports': ['error', cliRestrictions]},
  },
);
