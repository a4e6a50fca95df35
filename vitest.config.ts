import react from '@vitejs/plugin-react'
import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    // One temporary directory per run, removed at its end (test/setup/privateTmpdir.ts).
    globalSetup: ['test/setup/privateTmpdir.ts'],
    projects: [
      {
        test: {
          name: 'node',
          environment: 'node',
          include: [
            'src/shared/**/*.test.ts',
            'src/base/**/*.test.ts',
            'src/services/**/*.test.ts',
            'src/server/**/*.test.ts',
            'src/meta-sandbox/**/*.test.ts',
            'src/main/**/*.test.ts',
            'src/cli/**/*.test.ts',
            'src/preload/**/*.test.ts',
            'test/integration/**/*.test.ts',
          ],
          testTimeout: 30_000,
        },
      },
      {
        plugins: [react()],
        test: {
          name: 'web',
          environment: 'jsdom',
          include: ['src/renderer/**/*.test.{ts,tsx}'],
          setupFiles: ['test/setup/webSetup.ts'],
        },
      },
      {
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['test/e2e/**/*.e2e.ts'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
  },
})
