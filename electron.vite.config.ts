import react from '@vitejs/plugin-react'
import { defineConfig } from 'electron-vite'
import { resolve } from 'node:path'

/**
 * The renderer's chunks (also used by `npm run bench:ui`, which builds the renderer itself). Zod and
 * `jitlessZod.ts`, which turns zod's JIT off, share one chunk, so the setting runs as soon as zod is
 * evaluated, before any chunk that parses with zod (a schema parsed at module load, such as the
 * default settings, would otherwise make zod probe `new Function`, which the CSP reports).
 */
export const rendererOutput = {
  codeSplitting: {
    groups: [
      {
        name: 'zod',
        test: /node_modules[\\/]zod[\\/]|src[\\/]renderer[\\/]src[\\/]jitlessZod\.ts$/,
      },
    ],
  },
}

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      rollupOptions: {
        input: { index: resolve('src/main/index.ts') },
        external: ['electron', 'keytar'],
      },
    },
  },
  preload: {
    build: {
      // A sandboxed preload cannot require packages: anything it imports is bundled into one file.
      externalizeDeps: false,
      outDir: 'out/preload',
      rollupOptions: {
        input: { index: resolve('src/preload/index.ts') },
        external: ['electron'],
        // Sandboxed preloads must be a single CommonJS file.
        output: { format: 'cjs', entryFileNames: '[name].cjs', codeSplitting: false },
      },
    },
  },
  renderer: {
    root: 'src/renderer',
    plugins: [react()],
    build: {
      outDir: 'out/renderer',
      // electron-vite leaves bundles unminified; the renderer is what a window must parse first.
      minify: true,
      rollupOptions: {
        input: { index: resolve('src/renderer/index.html') },
        output: rendererOutput,
      },
    },
  },
})
