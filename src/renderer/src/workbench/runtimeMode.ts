/**
 * Browser mode: the renderer served over loopback HTTP without Electron's preload. There the
 * browser keeps Ctrl+N, Ctrl+W, Ctrl+T, Ctrl+Tab and Ctrl+PageUp/PageDown for itself.
 */
export function isBrowserMode(win: Window | undefined = globalThis.window): boolean {
  return Boolean(win && !win.api && win.location.protocol.startsWith('http'))
}
