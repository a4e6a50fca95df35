// Bundles the `capi` command line for Node 20 into out/cli/: capi.mjs (every command),
// capiHash.mjs (`capi hash` alone, which starts in a fraction of the time; bin/capi.mjs uses it)
// and hashWorker.mjs (the worker thread `capi hash` uses for big inputs). Run: npm run build:cli
import { build } from 'esbuild'
import { readFileSync } from 'node:fs'

const packageJson = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'))
const installed = { ...packageJson.dependencies, ...packageJson.devDependencies }
// Native or runtime-provided modules stay outside the bundle.
const external = ['keytar', 'electron', 'undici'].filter((name) => name in installed)

await build({
  entryPoints: {
    capi: 'src/cli/main.ts',
    capiHash: 'src/cli/hash/hashMain.ts',
    hashWorker: 'src/cli/hash/hashWorker.ts',
  },
  outdir: 'out/cli',
  outExtension: { '.js': '.mjs' },
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  external,
  // Bundled CommonJS dependencies may call require(); give them one.
  banner: {
    js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
  },
  sourcemap: true,
  logLevel: 'warning',
})
console.log(
  `built out/cli/capi.mjs, capiHash.mjs and hashWorker.mjs (external: ${external.join(', ')})`,
)
