import { unlink } from 'node:fs/promises'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { atomicWriteFile } from '../services/files/atomicWriteFile'

export const launchPageName = 'browser-open.html'

function escapeAttribute(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/"/g, '&quot;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
}

/**
 * The redirect page handed to the browser instead of the secret link (Jupyter's approach): the
 * browser's command line (visible to every local user in `ps`) then names only this file, and the
 * secret travels inside it, owner-only (0600) in the private data directory. The page runs no
 * script (CSP `default-src 'none'`): a meta refresh moves to the link, whose `#secret=…` fragment
 * the app picks up and removes from the address bar. `no-referrer` keeps the file path private.
 */
export function launchPageHtml(url: string): string {
  const href = escapeAttribute(url)
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="referrer" content="no-referrer">
<meta http-equiv="refresh" content="0;url=${href}">
<title>Opening CAPI Workbench…</title>
</head>
<body style="font-family: system-ui, sans-serif; margin: 2rem">
<p>Opening CAPI Workbench… If nothing happens, <a href="${href}">open the Workbench</a>.</p>
</body>
</html>
`
}

/** Writes the redirect page (0600, atomically) and returns the file URL to open. */
export async function writeLaunchPage(dataDirectory: string, url: string): Promise<string> {
  const path = join(dataDirectory, launchPageName)
  await atomicWriteFile(path, launchPageHtml(url))
  return pathToFileURL(path).href
}

export async function removeLaunchPage(dataDirectory: string): Promise<void> {
  await unlink(join(dataDirectory, launchPageName)).catch(() => undefined)
}
