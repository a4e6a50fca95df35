import { spawn } from 'node:child_process'
import { accessSync, constants } from 'node:fs'
import { delimiter, join } from 'node:path'

export interface BrowserOpener {
  command: string
  args: string[]
}

function onPath(command: string, env: NodeJS.ProcessEnv): boolean {
  for (const directory of (env.PATH ?? '').split(delimiter)) {
    if (directory === '') continue
    try {
      accessSync(join(directory, command), constants.X_OK)
      return true
    } catch {
      // not in this directory
    }
  }
  return false
}

/**
 * How to open a URL in the default browser here, or undefined when there is none to open (for
 * example Linux over SSH without a display). Windows uses rundll32 rather than `cmd /c start` so
 * the URL never passes through cmd's parser.
 */
export function findBrowserOpener(
  platform: NodeJS.Platform,
  env: NodeJS.ProcessEnv,
  isOnPath: (command: string) => boolean = (command) => onPath(command, env),
): BrowserOpener | undefined {
  if (platform === 'darwin') return { command: 'open', args: [] }
  if (platform === 'win32') return { command: 'rundll32', args: ['url.dll,FileProtocolHandler'] }
  const hasDisplay = Boolean(env.DISPLAY || env.WAYLAND_DISPLAY)
  if (hasDisplay && isOnPath('xdg-open')) return { command: 'xdg-open', args: [] }
  return undefined
}

/**
 * Starts the browser detached; true when an opener was found and started. A URL that carries a
 * secret is refused: a command line is visible to every local user (`ps`), so browser mode hands
 * the browser a redirect page instead (launchPage.ts).
 */
export function openInBrowser(
  url: string,
  platform: NodeJS.Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env,
): boolean {
  if (/[#?&]secret=/i.test(url)) return false
  const opener = findBrowserOpener(platform, env)
  if (!opener) return false
  try {
    const child = spawn(opener.command, [...opener.args, url], { detached: true, stdio: 'ignore' })
    child.on('error', () => undefined)
    child.unref()
    return true
  } catch {
    return false
  }
}
