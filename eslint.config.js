// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

/**
 * The layering in CONVENTIONS.md, enforced: each folder lists what it must never import.
 * Patterns match both bare packages and relative paths into another layer.
 */
const layer = (
  /** @type {string[]} */ packages,
  /** @type {string[]} */ folders,
  /** Single modules (a barrel), matched exactly: files beside them stay allowed. */
  /** @type {string[]} */ modules = [],
) => ({
  'no-restricted-imports': [
    'error',
    {
      patterns: [
        ...packages.map((name) => ({
          group: [name, `${name}/*`],
          message: `This layer must not import ${name} (see docs/architecture.md).`,
        })),
        ...folders.map((folder) => ({
          group: [`**/${folder}`, `**/${folder}/*`, `**/${folder}/**`],
          message: `This layer must not import from ${folder}/ (see docs/architecture.md).`,
        })),
        ...modules.map((module) => ({
          // A regex: a gitignore pattern naming a folder also matches every file in it.
          regex: `(^|/)${module}(/index)?$`,
          message: `This layer must not import ${module} (see docs/architecture.md).`,
        })),
      ],
    },
  ],
});

const nodeBuiltins = ['node:*', 'fs', 'path', 'os', 'crypto', 'child_process', 'url', 'buffer'];

/** What no renderer code imports; the renderer's inner layers add to it. */
const rendererNever = {
  packages: ['electron', ...nodeBuiltins],
  folders: ['electron', 'server', 'cli'],
};

export default tseslint.config(
  {
    ignores: ['node_modules', 'dist', 'dist-electron', 'release', 'test-results', '**/*.sarif'],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.es2022 } },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
    },
  },
  {
    files: ['shared/**'],
    rules: {
      ...layer(
        ['react', 'react-dom', 'electron', 'dexie', 'y-indexeddb', ...nodeBuiltins],
        ['renderer', 'electron', 'server', 'cli'],
      ),
      // shared/ runs everywhere: no DOM, no Node globals (use Uint8Array, not Buffer).
      'no-restricted-globals': [
        'error',
        'window',
        'document',
        'navigator',
        'localStorage',
        'indexedDB',
        'Buffer',
        'process',
        'require',
      ],
    },
  },
  {
    files: ['renderer/**'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...layer(rendererNever.packages, rendererNever.folders),
    },
  },
  {
    // One door to data (docs/architecture.md): screens and UI parts reach storage, the IPC
    // bridge and sync only through hooks in renderer/data.
    files: ['renderer/features/**', 'renderer/ui/**'],
    rules: {
      ...layer(
        [...rendererNever.packages, 'dexie', 'y-indexeddb', '@hocuspocus/*'],
        [...rendererNever.folders, 'platform/quorum-api', 'data/local-db'],
      ),
      'no-restricted-syntax': [
        'error',
        {
          selector: "MemberExpression[property.name='localDb']",
          message: 'Screens reach the local database through a hook in renderer/data.',
        },
      ],
    },
  },
  {
    // Start-up reads must not pull Yjs or the whole model into the first screen's code.
    files: ['renderer/data/startup/**'],
    rules: layer(
      [...rendererNever.packages, 'yjs'],
      [...rendererNever.folders, 'features', 'ui', 'app'],
      ['shared/model'],
    ),
  },
  {
    // Data sits below the screens: it never imports them (or the app shell).
    files: ['renderer/data/**'],
    ignores: ['renderer/data/startup/**'],
    rules: layer(rendererNever.packages, [...rendererNever.folders, 'features', 'ui', 'app']),
  },
  {
    files: ['electron/**'],
    languageOptions: { globals: { ...globals.node } },
    // server/ is allowed: "Host on this network" runs the sync server in the main process.
    rules: layer(['react', 'react-dom', 'dexie', 'y-indexeddb'], ['renderer', 'cli']),
  },
  {
    files: ['server/**'],
    languageOptions: { globals: { ...globals.node } },
    rules: layer(['react', 'react-dom', 'electron'], ['renderer', 'electron', 'cli']),
  },
  {
    files: ['cli/**'],
    languageOptions: { globals: { ...globals.node } },
    rules: layer(['react', 'react-dom', 'electron'], ['renderer', 'electron', 'server']),
  },
  {
    // CommonJS shims loaded with `node --require` (see test/electron/offline-got.cjs).
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { ...globals.node } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['test/**', '*.config.ts', '*.config.js', 'scripts/**'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    // In a test a wrong `!` fails loudly at once, which is what a test should do.
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
);
