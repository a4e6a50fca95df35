import { spawn } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import type { Writable } from 'node:stream'

/** The built renderer inside the project (what `electron-vite build` writes). */
export function rendererDirectoryOf(projectRoot: string): string {
  return join(projectRoot, 'out', 'renderer')
}

export function isRendererBuilt(projectRoot: string): boolean {
  return existsSync(join(rendererDirectoryOf(projectRoot), 'index.html'))
}

/** Walks up from `start` to the folder whose package.json is this project's. */
export function findProjectRoot(start: string): string | undefined {
  let directory = start
  for (;;) {
    const manifest = join(directory, 'package.json')
    if (existsSync(manifest)) {
      try {
        const name = (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: unknown }).name
        if (name === 'capi-workbench') return directory
      } catch {
        // not ours; keep walking
      }
    }
    const parent = dirname(directory)
    if (parent === directory) return undefined
    directory = parent
  }
}

/**
 * Runs `electron-vite build` (main, preload and renderer; it does not need the Electron binary)
 * with its output sent to `output`. Resolves with the exit code.
 */
export function buildRenderer(projectRoot: string, output: Writable): Promise<number> {
  const cli = join(projectRoot, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js')
  if (!existsSync(cli)) {
    output.write('electron-vite is not installed: run `npm ci` first.\n')
    return Promise.resolve(1)
  }
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [cli, 'build'], {
      cwd: projectRoot,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, ELECTRON_SKIP_BINARY_DOWNLOAD: '1' },
    })
    child.stdout.pipe(output, { end: false })
    child.stderr.pipe(output, { end: false })
    child.on('error', () => resolve(1))
    child.on('close', (code) => resolve(code ?? 1))
  })
}
