import { chmod, mkdir } from 'node:fs/promises'
import { homedir } from 'node:os'
import { join } from 'node:path'

export const dataDirectoryVariable = 'CAPI_WORKBENCH_HOME'

/**
 * Where all app data lives. `CAPI_WORKBENCH_HOME` wins (CLI, tests, browser mode); otherwise the
 * desktop app passes Electron's userData, and plain Node falls back to the same place Electron
 * would use for an app named "CAPI Workbench".
 */
export function resolveDataDirectory(env: NodeJS.ProcessEnv, electronUserData?: string): string {
  const fromEnv = env[dataDirectoryVariable]
  if (fromEnv && fromEnv.trim() !== '') return fromEnv
  if (electronUserData) return electronUserData
  return defaultUserDataDirectory(process.platform, env)
}

export function defaultUserDataDirectory(
  platform: NodeJS.Platform,
  env: NodeJS.ProcessEnv,
): string {
  const appFolder = 'CAPI Workbench'
  if (platform === 'win32')
    return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), appFolder)
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', appFolder)
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), appFolder)
}

/** Creates the directory (and parents) readable only by its owner, and tightens it if it existed. */
export async function ensurePrivateDirectory(path: string): Promise<string> {
  await mkdir(path, { recursive: true, mode: 0o700 })
  if (process.platform !== 'win32') await chmod(path, 0o700)
  return path
}
