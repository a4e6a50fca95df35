/** Plain functions that decide; the Electron wiring in securityWiring.ts only calls them. */

/** True when `target` is on the app's own origin (compared as parsed origins, never as prefixes). */
export function isSameOrigin(target: string, appUrl: string): boolean {
  try {
    const targetOrigin = new URL(target).origin
    const appOrigin = new URL(appUrl).origin
    // file: URLs have the opaque origin "null": only the app's own file (any hash or query) counts,
    // never another local page, which would otherwise get the preload's API.
    if (targetOrigin === 'null' || appOrigin === 'null') {
      const targetUrl = new URL(target)
      const app = new URL(appUrl)
      return (
        targetUrl.protocol === 'file:' &&
        app.protocol === 'file:' &&
        targetUrl.host === app.host &&
        filePathKey(targetUrl.pathname) === filePathKey(app.pathname)
      )
    }
    return targetOrigin === appOrigin
  } catch {
    return false
  }
}

/** A file URL's path, decoded; a Windows drive path (`/C:/...`) compared without case. */
function filePathKey(pathname: string): string {
  let decoded: string
  try {
    decoded = decodeURIComponent(pathname)
  } catch {
    decoded = pathname
  }
  return /^\/[A-Za-z]:\//.test(decoded) ? decoded.toLowerCase() : decoded
}

/** `will-navigate` / `will-redirect`: allowed only inside the app. */
export function shouldAllowNavigation(target: string, appUrl: string): boolean {
  return isSameOrigin(target, appUrl)
}

/** Hosts whose https pages may open in the user's browser (Meta's developer and business docs). */
export const externalHostAllowlist = [
  'developers.facebook.com',
  'business.facebook.com',
  'www.facebook.com',
  'facebook.com',
  'transparency.meta.com',
] as const

/** `shell.openExternal` only for https URLs on the allowlist, without credentials or odd ports. */
export function isAllowedExternalUrl(candidate: string): boolean {
  let url: URL
  try {
    url = new URL(candidate)
  } catch {
    return false
  }
  if (url.protocol !== 'https:' || url.username !== '' || url.password !== '' || url.port !== '')
    return false
  return (externalHostAllowlist as readonly string[]).includes(url.hostname)
}

/** `setWindowOpenHandler`: never open a new Electron window; an allowed link goes to the browser. */
export function decideWindowOpen(url: string): { action: 'deny'; openExternally: boolean } {
  return { action: 'deny', openExternally: isAllowedExternalUrl(url) }
}

/** Every permission request (camera, notifications, clipboard-read, ...) is denied. */
export function decidePermission(_permission: string): boolean {
  return false
}

/** `will-attach-webview`: no webviews, ever. */
export function allowWebview(): boolean {
  return false
}

export interface IpcSenderFacts {
  /** URL of the frame that sent the message (`event.senderFrame.url`). */
  frameUrl: string | undefined
  /** Whether that frame is the top frame of its page (`senderFrame === webContents.mainFrame`). */
  isTopFrame: boolean
}

/** IPC is accepted only from the app's own top frame on its own origin. */
export function isTrustedIpcSender(sender: IpcSenderFacts, appUrl: string): boolean {
  return (
    sender.isTopFrame &&
    typeof sender.frameUrl === 'string' &&
    isSameOrigin(sender.frameUrl, appUrl)
  )
}
