import type { Session, WebContents } from 'electron'
import { contentSecurityPolicy } from '../../shared/security/contentSecurityPolicy'
import {
  allowWebview,
  decidePermission,
  decideWindowOpen,
  shouldAllowNavigation,
} from '../security/navigationGuards'

/** The parts of a Session the hardening sets (a test passes a fake). */
export type SessionLike = Pick<
  Session,
  'setPermissionRequestHandler' | 'setPermissionCheckHandler'
> & { webRequest: Pick<Session['webRequest'], 'onHeadersReceived'> }

/** The parts of a window's WebContents the hardening sets. */
export type WebContentsLike = Pick<WebContents, 'setWindowOpenHandler'> & {
  on(
    event: 'will-navigate' | 'will-redirect',
    listener: (event: { preventDefault(): void }, url: string) => void,
  ): unknown
  on(event: 'will-attach-webview', listener: (event: { preventDefault(): void }) => void): unknown
}

/** Applies the session items of the security checklist: every permission denied, the CSP header. */
export function hardenSession(ses: SessionLike): void {
  ses.setPermissionRequestHandler((_contents, permission, callback) =>
    callback(decidePermission(permission)),
  )
  ses.setPermissionCheckHandler((_contents, permission) => decidePermission(permission))
  ses.webRequest.onHeadersReceived((details, callback) => {
    callback({
      responseHeaders: {
        ...details.responseHeaders,
        'Content-Security-Policy': [contentSecurityPolicy],
      },
    })
  })
}

/**
 * The window items: no navigation or redirect out of the app, no webviews, no new windows; only
 * an allowlisted https link goes to the browser through `openExternal`.
 */
export function hardenWindow(
  contents: WebContentsLike,
  appUrl: () => string,
  openExternal: (url: string) => Promise<void>,
): void {
  contents.on('will-navigate', (event, url) => {
    if (!shouldAllowNavigation(url, appUrl())) event.preventDefault()
  })
  contents.on('will-redirect', (event, url) => {
    if (!shouldAllowNavigation(url, appUrl())) event.preventDefault()
  })
  contents.on('will-attach-webview', (event) => {
    if (!allowWebview()) event.preventDefault()
  })
  contents.setWindowOpenHandler(({ url }) => {
    const decision = decideWindowOpen(url)
    if (decision.openExternally) void openExternal(url).catch(() => undefined)
    return { action: decision.action }
  })
}
