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

/** Layer rules from STYLE.md: shared imports nothing of ours; renderer reaches main only through `api`. */
function restrict(patterns, message) {
  return { 'no-restricted-imports': ['error', { patterns: [{ group: patterns, message }] }] }
}

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
    files: ['src/shared/**/*.{ts,tsx}'],
    ignores: ['src/shared/**/*.test.ts'],
    rules: restrict(
      [
        '**/main/**',
        '**/renderer/**',
        '**/preload/**',
        '**/cli/**',
        'electron',
        'react',
        ...nodeBuiltins,
      ],
      'src/shared is plain TypeScript: it imports nothing of ours outside shared, no Node, no Electron, no DOM.',
    ),
  },
  {
    files: ['src/main/**/*.ts'],
    rules: restrict(['**/renderer/**', '**/preload/**', '**/cli/**'], 'main imports only shared.'),
  },
  {
    files: ['src/preload/**/*.ts'],
    rules: restrict(
      ['**/main/**', '**/renderer/**', '**/cli/**', ...nodeBuiltins],
      'preload imports electron and shared constants only.',
    ),
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    rules: restrict(
      ['**/main/**', '**/preload/**', '**/cli/**', 'electron', ...nodeBuiltins],
      'The renderer reaches main only through src/renderer/src/api.ts.',
    ),
  },
  {
    files: ['src/cli/**/*.ts'],
    rules: restrict(
      ['**/renderer/**', '**/preload/**', 'electron'],
      'The CLI runs under plain Node: shared and main only.',
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
