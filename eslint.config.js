import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import { builtinModules } from 'node:module';
import tseslint from 'typescript-eslint';

// Import rules between the four code folders (DESIGN §3): shared/ imports none of the others;
// renderer/, electron/ and server/ import shared/ and never each other.

/** A relative specifier that passes through a folder with this name, e.g. `../../renderer/db`. */
const relativeInto = (folder) => `^\\.{1,2}/(?:.*/)?${folder}(?:/|$)`;

const packages = (names) => `^(?:${names.join('|')})(?:/|$)`;

const nodeBuiltins = [
  { regex: '^node:', caseSensitive: true },
  { regex: packages(builtinModules), caseSensitive: true },
];

const rendererBuildConfig = 'renderer/vite.config.ts';

/** Patterns that all carry one message. */
const withMessage = (message, patterns) => patterns.map((pattern) => ({ caseSensitive: true, ...pattern, message }));

/** One no-restricted-imports setting: every pattern carries the folder's message. */
function restrictImports(message, patterns, more = []) {
  return { 'no-restricted-imports': ['error', { patterns: [...withMessage(message, patterns), ...more] }] };
}

const rendererRule = [
  'renderer/ runs in a sandboxed page (Electron or a plain browser): it imports shared/ and reaches the host only through renderer/platform, never electron/, server/, the electron package or Node builtins (DESIGN §3).',
  [{ regex: relativeInto('(?:electron|server)') }, { regex: packages(['electron']) }, ...nodeBuiltins],
];

const serverRule = [
  'server/ is the HQ sync server: it imports shared/, never renderer/, electron/ or the electron package (DESIGN §3).',
  [{ regex: relativeInto('(?:renderer|electron)') }, { regex: packages(['electron']) }],
];

export default defineConfig(
  globalIgnores(['dist/', 'release/', 'node_modules/', 'test-results/', 'coverage/', '.scratch/']),
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['shared/**'],
    languageOptions: { globals: { ...globals.es2021 } },
    rules: restrictImports(
      'shared/ is isomorphic: it runs unchanged in the renderer, the Electron main process and the HQ server, so it may not import renderer/, electron/ or server/, nor Node, Electron, Dexie, React or MUI (DESIGN §3).',
      [
        { regex: relativeInto('(?:renderer|electron|server)') },
        { regex: packages(['electron', 'dexie', 'react', 'react-dom', '@mui/[^/]+']) },
        ...nodeBuiltins,
      ],
    ),
  },
  {
    files: ['renderer/**'],
    ignores: [rendererBuildConfig],
    languageOptions: { globals: { ...globals.browser } },
    rules: restrictImports(...rendererRule),
  },
  {
    // A later block replaces the rule for these files, so it repeats the renderer's patterns.
    files: ['renderer/features/**', 'renderer/ui/**'],
    rules: restrictImports(...rendererRule, [
      ...withMessage(
        'Screens reach data only through the workspace: its reads and watchers, and the repository for every write, never the store itself or one of its parts (DESIGN §3, §4).',
        [
          { regex: `${relativeInto('db')}.+` },
          { regex: "^\\.{1,2}/(?:.*/)?db$", importNames: ['openPartnerDeskDb', 'PartnerDeskDb', 'createRepository', 'createReads', 'bulkLoad', 'claimStore'] },
          { regex: packages(['dexie']) },
        ],
      ),
      ...withMessage('Screens never reach sync internals: what they need (conflict actions, sync errors) is on the sync index (DESIGN §3).', [
        { regex: `${relativeInto('sync')}.+` },
        {
          regex: "^\\.{1,2}/(?:.*/)?sync$",
          importNames: ['createSyncEngine', 'startSyncController', 'createSyncScheduler', 'createHttp', 'createSession', 'applyPullPage', 'applyReset', 'applyPushResults', 'reapplyPending'],
        },
      ]),
    ]),
  },
  {
    // A screen's save says what the user saw (DESIGN §5): the form path passes `{ opened }`, so only
    // the fields they changed are written, laid on the stored copy; an update without it would write
    // its fields whole over whatever a pull brought in meanwhile.
    files: ['renderer/features/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.property.name='update'][arguments.length<4]",
          message:
            'A screen saves through the record form (useRecordForm) or passes { opened } (what the user saw) as the fourth argument, so a pull while the screen was open is not overwritten (DESIGN §5).',
        },
      ],
    },
  },
  {
    // The renderer's Vite config runs in Node at build time, never in the page.
    files: [rendererBuildConfig],
    languageOptions: { globals: { ...globals.node } },
    rules: restrictImports(
      'renderer/ never imports electron/ or server/ (DESIGN §3).',
      [{ regex: relativeInto('(?:electron|server)') }, { regex: packages(['electron']) }],
    ),
  },
  {
    files: ['electron/**'],
    languageOptions: { globals: { ...globals.node } },
    rules: restrictImports(
      'electron/ is the desktop host: it imports shared/, never renderer/ or server/ (DESIGN §3).',
      [{ regex: relativeInto('(?:renderer|server)') }],
    ),
  },
  {
    files: ['server/**'],
    languageOptions: { globals: { ...globals.node } },
    rules: restrictImports(...serverRule),
  },
  {
    // A later block replaces the rule for these files, so it repeats the server's patterns.
    files: ['server/sync/**'],
    rules: restrictImports(
      ...serverRule,
      withMessage('server/sync/ says what a push or pull means; server/http/ carries it over HTTP, so sync/ never imports http/ (DESIGN §3).', [
        { regex: relativeInto('http') },
      ]),
    ),
  },
  {
    files: ['scripts/**', 'test/**', '*.js', '*.mjs', '*.ts'],
    languageOptions: { globals: { ...globals.node } },
  },
);
