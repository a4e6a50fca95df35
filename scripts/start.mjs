// `npm start`: the desktop app when the Electron binary is installed and can show a window,
// otherwise ONE line saying why and the same Workbench in the browser (browser mode, `capi ui`).
// Extra arguments (`npm start -- --port 8080 --no-open`) go to browser mode.
import { spawn } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')

/** Mirrors node_modules/electron/index.js without its side effect (it downloads when missing). */
export function electronBinary(projectRoot, env) {
  const packageDirectory = join(projectRoot, 'node_modules', 'electron')
  const pathFile = join(packageDirectory, 'path.txt')
  if (!existsSync(pathFile)) return undefined
  const relative = readFileSync(pathFile, 'utf8').trim()
  const binary = env.ELECTRON_OVERRIDE_DIST_PATH
    ? join(env.ELECTRON_OVERRIDE_DIST_PATH, relative || 'electron')
    : join(packageDirectory, 'dist', relative)
  return existsSync(binary) ? binary : undefined
}

/** Why Electron cannot run here, or undefined when it can. */
export function electronUnavailableReason(projectRoot, env, platform) {
  if (!electronBinary(projectRoot, env)) return 'the Electron binary is not installed'
  if (platform === 'linux' && !env.DISPLAY && !env.WAYLAND_DISPLAY) return 'there is no display'
  return undefined
}

/**
 * Electron fetches its binary on first use (node_modules/electron/install.js), not at `npm ci`.
 * Try that once, quietly (its failure is a stack trace); say so only if it takes a while, which
 * means it is really downloading. Skipped with ELECTRON_SKIP_BINARY_DOWNLOAD=1.
 */
function tryInstallElectron(projectRoot, env) {
  const installer = join(projectRoot, 'node_modules', 'electron', 'install.js')
  if (env.ELECTRON_SKIP_BINARY_DOWNLOAD || !existsSync(installer)) return Promise.resolve()
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [installer], { cwd: projectRoot, stdio: 'ignore' })
    const notice = setTimeout(
      () => console.log('Downloading the Electron binary (first run)...'),
      3000,
    )
    const done = () => {
      clearTimeout(notice)
      resolve()
    }
    child.on('error', done)
    child.on('exit', done)
  })
}

function run(command, args) {
  const child = spawn(command, args, { cwd: root, stdio: 'inherit' })
  // Ctrl+C reaches the child through the terminal; let it shut down cleanly and report its code.
  process.on('SIGINT', () => {})
  process.on('SIGTERM', () => child.kill('SIGTERM'))
  child.on('error', (error) => {
    console.error(`npm start: could not start ${command}: ${error.message}`)
    process.exit(1)
  })
  child.on('exit', (code, signal) => process.exit(code ?? (signal === 'SIGINT' ? 130 : 1)))
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const hasDisplay =
    process.platform !== 'linux' || Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY)
  if (hasDisplay && !electronBinary(root, process.env)) await tryInstallElectron(root, process.env)
  const reason = electronUnavailableReason(root, process.env, process.platform)
  if (reason === undefined) {
    const cli = join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js')
    run(process.execPath, [cli, 'preview'])
  } else {
    console.log(`CAPI Workbench: ${reason}, so it opens in your browser instead (browser mode).`)
    run(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'ui', ...process.argv.slice(2)])
  }
}
