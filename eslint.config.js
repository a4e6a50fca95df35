import js from '@eslint/js'
import tseslint from 'typescript-eslint'

const nodeBuiltins = [
  'node:*',
  'fs',
  'path',
  'os',
  'crypto',
  'child_process',
  'http',
  'https',
  'net',
  'stream',
  'url',
  'util',
  'worker_threads',
]

/** Every runtime folder under src/, as an import pattern. */
const ourFolders = [
  '**/base/**',
  '**/shared/**',
  '**/services/**',
  '**/server/**',
  '**/meta-sandbox/**',
  '**/main/**',
  '**/preload/**',
  '**/renderer/**',
  '**/cli/**',
]

function except(patterns, ...allowed) {
  return patterns.filter((pattern) => !allowed.includes(pattern))
}

/** Layer rules from STYLE.md: shared imports nothing of ours; renderer reaches main only through `api`. */
function restrict(patterns, message) {
  return { 'no-restricted-imports': ['error', { patterns: [{ group: patterns, message }] }] }
}

/**
 * The renderer reaches main only through the api it is given (ApiProvider/useApi(), or
 * `context.api` for commands), never through an import-time global: the old `api` singleton
 * module (`src/renderer/src/api.ts`) must not come back.
 */
const rendererPatterns = [
  {
    group: [
      ...except(ourFolders, '**/base/**', '**/shared/**', '**/renderer/**'),
      'electron',
      ...nodeBuiltins,
    ],
    message: 'The renderer reaches main only through the api it is given.',
  },
  {
    regex: '^(\\./|(\\.\\./)+)api$',
    message:
      'No api singleton: use useApi() in components and hooks, context.api in commands, or take the api as a parameter.',
  },
]

export default tseslint.config(
  { ignores: ['node_modules', 'out', 'dist', 'test/artifacts', 'coverage', '.tmp'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: 'ExportDefaultDeclaration', message: 'Use named exports (STYLE.md).' },
      ],
    },
  },
  {
    files: ['src/base/**/*.{ts,tsx}'],
    ignores: ['src/base/**/*.test.ts'],
    rules: restrict(
      [...ourFolders, 'electron', 'react', ...nodeBuiltins],
      'src/base holds generic helpers in plain TypeScript: nothing of ours, no Node, no Electron, no DOM.',
    ),
  },
  {
    files: ['src/shared/**/*.{ts,tsx}'],
    ignores: ['src/shared/**/*.test.ts'],
    rules: restrict(
      [...except(ourFolders, '**/base/**'), 'electron', 'react', ...nodeBuiltins],
      'src/shared is plain TypeScript: it imports only base, no Node, no Electron, no DOM.',
    ),
  },
  {
    files: ['src/services/**/*.ts'],
    // Tests may start the sandbox to talk to; they are not part of the service.
    ignores: ['src/services/**/*.test.ts'],
    rules: restrict(
      [...except(ourFolders, '**/base/**', '**/shared/**', '**/services/**'), 'electron'],
      'src/services are Node services: shared, base and Node only, never electron (STYLE.md).',
    ),
  },
  {
    files: ['src/server/**/*.ts'],
    ignores: ['src/server/**/*.test.ts'],
    rules: restrict(
      [
        ...except(ourFolders, '**/base/**', '**/shared/**', '**/services/**', '**/server/**'),
        'electron',
      ],
      'src/server (browser mode) composes services over Node: no electron, no main, no CLI.',
    ),
  },
  {
    files: ['src/meta-sandbox/**/*.ts'],
    rules: restrict(
      [...except(ourFolders, '**/base/**', '**/shared/**', '**/meta-sandbox/**'), 'electron'],
      'src/meta-sandbox simulates Meta: it shares only the rule table (shared) with the Workbench.',
    ),
  },
  {
    files: ['src/main/**/*.ts'],
    rules: restrict(
      [...except(ourFolders, '**/base/**', '**/shared/**', '**/services/**', '**/main/**')],
      'src/main is the Electron shell: it composes services; no server, CLI, sandbox or renderer.',
    ),
  },
  {
    files: ['src/preload/**/*.ts'],
    rules: restrict(
      [...except(ourFolders, '**/shared/**', '**/preload/**'), ...nodeBuiltins],
      'preload imports electron and shared constants only.',
    ),
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', { patterns: rendererPatterns }],
    },
  },
  {
    // UI primitives take what they need as props or parameters; they never reach main.
    files: ['src/renderer/src/ui/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...rendererPatterns,
            {
              regex: '(^|/)(api|features|commands|state|workbench)(/|$)',
              message:
                'src/renderer/src/ui holds primitives: no api, no features, commands, state or workbench; take what you need as a parameter.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/cli/**/*.ts'],
    rules: restrict(
      [
        ...except(
          ourFolders,
          '**/base/**',
          '**/shared/**',
          '**/services/**',
          '**/server/**',
          '**/meta-sandbox/**',
          '**/cli/**',
        ),
        'electron',
      ],
      'The CLI runs under plain Node over services: no electron, main, preload or renderer.',
    ),
  },
  {
    // Tool configs must default-export.
    files: ['*.config.ts', '*.config.js'],
    rules: { 'no-restricted-syntax': 'off' },
  },
  {
    files: ['**/*.{js,mjs,cjs}'],
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        URL: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        Buffer: 'readonly',
      },
    },
  },
  {
    files: ['**/*.test.ts', '**/*.test.tsx', 'test/**/*.ts'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
)
