/**
 * The app's Content-Security-Policy. The same string is in the renderer's meta tag (checked by a
 * test), sent as a header by browser mode, and enforced on every response in Electron.
 */
export const contentSecurityPolicy = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "object-src 'none'",
].join('; ')
