import { session, shell, type BrowserWindow } from 'electron'
import { contentSecurityPolicy } from '../../shared/security/contentSecurityPolicy'
import {
  allowWebview,
  decidePermission,
  decideWindowOpen,
  shouldAllowNavigation,
} from '../security/navigationGuards'

/** Applies every item of the security checklist to the default session and a window. */
export function hardenSession(): void {
  const ses = session.defaultSession
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

export function hardenWindow(window: BrowserWindow, appUrl: () => string): void {
  const contents = window.webContents
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
    if (decision.openExternally) void shell.openExternal(url)
    return { action: decision.action }
  })
}
