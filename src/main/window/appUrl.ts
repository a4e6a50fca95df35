import { join } from 'node:path'
import { pathToFileURL } from 'node:url'

/**
 * The URL the window loads and IPC trusts: the dev server's in development, otherwise the built
 * renderer's file URL. Built with `pathToFileURL`, so a data or install folder holding `#`, `?`
 * or `%` is escaped instead of ending the path early (`file:///a#b/...` would name `/a`).
 */
export function rendererAppUrl(mainDirectory: string, devServerUrl: string | undefined): string {
  return devServerUrl ?? pathToFileURL(join(mainDirectory, '../renderer/index.html')).href
}
