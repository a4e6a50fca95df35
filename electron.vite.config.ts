import react from '@vitejs/plugin-react'
import { defineConfig } from 'electron-vite'
import { resolve } from 'node:path'
import type { Plugin } from 'vite'

/**
 * The renderer's chunking (also used by `npm run bench:ui`, which builds the renderer itself): every
 * module the entry imports statically, at any depth, goes into ONE script (and its CSS into one
 * sheet); only what is loaded with `import()` (editors, views, CodeMirror) gets chunks of its own.
 * Left to itself, the bundler split the initial modules shared with lazy chunks into 8 more files,
 * and a cold window waited for 14 requests, 6 at a time, before it could run anything. Zod keeps
 * its order inside the one script: `main.tsx` imports `jitlessZod.ts` first, so zod's JIT is off
 * before any module parses with zod (the JIT's `new Function` probe is reported by the CSP).
 */
export function rendererChunking(): {
  plugin: Plugin
  output: { codeSplitting: object }
  /** one initial script of ~590 KB (~186 KB gzip; bench:ui checks the 250 KB gzip budget) */
  chunkSizeWarningLimit: number
} {
  const initial = new Set<string>()
  const plugin: Plugin = {
    name: 'capi-initial-modules',
    buildStart() {
      // A rebuild (watch mode) starts from the new import graph.
      initial.clear()
    },
    buildEnd() {
      const pending = [...this.getModuleIds()].filter((id) => this.getModuleInfo(id)?.isEntry)
      while (pending.length > 0) {
        const id = pending.pop()!
        if (initial.has(id)) continue
        initial.add(id)
        pending.push(...(this.getModuleInfo(id)?.importedIds ?? []))
      }
    },
  }
  return {
    plugin,
    output: {
      codeSplitting: { groups: [{ name: 'index', test: (id: string) => initial.has(id) }] },
    },
    chunkSizeWarningLimit: 700,
  }
}

const renderer = rendererChunking()

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
    plugins: [react(), renderer.plugin],
    build: {
      outDir: 'out/renderer',
      // electron-vite leaves bundles unminified; the renderer is what a window must parse first.
      minify: true,
      chunkSizeWarningLimit: renderer.chunkSizeWarningLimit,
      rollupOptions: {
        input: { index: resolve('src/renderer/index.html') },
        output: renderer.output,
      },
    },
  },
})
