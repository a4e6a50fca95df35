import { describe, expect, it } from 'vitest'
import {
  allowWebview,
  decidePermission,
  decideWindowOpen,
  isAllowedExternalUrl,
  isTrustedIpcSender,
  shouldAllowNavigation,
} from './navigationGuards'

const devUrl = 'http://localhost:5173/'
const fileUrl = 'file:///opt/capi/out/renderer/index.html'

describe('navigation guard', () => {
  it('allows only the app origin, compared as parsed origins', () => {
    const targets = [
      'http://localhost:5173/#/composer',
      'http://localhost:5173.evil.com/',
      'http://localhost:5174/',
      'https://localhost:5173/',
      'http://user@localhost:5173@evil.com/',
      'javascript:alert(1)',
      'not a url',
    ]
    expect(targets.map((target) => shouldAllowNavigation(target, devUrl))).toEqual([
      true,
      false,
      false,
      false,
      false,
      false,
      false,
    ])
  })

  it('treats file: pages as the same app only when both are file: URLs', () => {
    expect([
      shouldAllowNavigation('file:///opt/capi/out/renderer/index.html#x', fileUrl),
      shouldAllowNavigation('https://example.com/', fileUrl),
      shouldAllowNavigation('file:///etc/passwd', devUrl),
    ]).toEqual([true, false, false])
  })

  it('allows, under file:, only the app file itself and no other local page', () => {
    expect([
      shouldAllowNavigation('file:///opt/capi/out/renderer/index.html?x=1', fileUrl),
      shouldAllowNavigation('file:///etc/passwd', fileUrl),
      shouldAllowNavigation('file:///tmp/downloaded.html', fileUrl),
      shouldAllowNavigation('file:///opt/capi/out/renderer/other.html', fileUrl),
      shouldAllowNavigation('file://evil-share/opt/capi/out/renderer/index.html', fileUrl),
      isTrustedIpcSender({ frameUrl: 'file:///tmp/downloaded.html', isTopFrame: true }, fileUrl),
      isTrustedIpcSender({ frameUrl: fileUrl, isTopFrame: true }, fileUrl),
      shouldAllowNavigation('file:///c:/App/index.html', 'file:///C:/App/index.html'),
      shouldAllowNavigation('file:///opt/my%20app/index.html', 'file:///opt/my app/index.html'),
    ]).toEqual([true, false, false, false, false, false, true, true, true])
  })
})

describe('openExternal allowlist', () => {
  it('accepts https on Meta hosts and nothing else', () => {
    const urls = [
      'https://developers.facebook.com/docs/marketing-api/conversions-api/',
      'https://business.facebook.com/events_manager2',
      'http://developers.facebook.com/',
      'https://developers.facebook.com.evil.com/',
      'https://evil.com/?https://developers.facebook.com',
      'https://user:pw@developers.facebook.com/',
      'https://developers.facebook.com:8443/',
      'file:///etc/passwd',
      'smb://developers.facebook.com/share',
    ]
    expect(urls.map(isAllowedExternalUrl)).toEqual([
      true,
      true,
      false,
      false,
      false,
      false,
      false,
      false,
      false,
    ])
  })
})

describe('window.open, permissions and webviews', () => {
  it('never opens a window; allowed links go to the browser', () => {
    expect([
      decideWindowOpen('https://developers.facebook.com/docs/'),
      decideWindowOpen('https://evil.com/'),
    ]).toEqual([
      { action: 'deny', openExternally: true },
      { action: 'deny', openExternally: false },
    ])
  })

  it('denies every permission and every webview', () => {
    const permissions = [
      'media',
      'notifications',
      'clipboard-read',
      'geolocation',
      'openExternal',
      'fullscreen',
    ]
    expect(permissions.map(decidePermission)).toEqual(permissions.map(() => false))
    expect(allowWebview()).toBe(false)
  })
})

describe('IPC sender check', () => {
  it('accepts the top frame of the app origin only', () => {
    expect([
      isTrustedIpcSender({ frameUrl: 'http://localhost:5173/', isTopFrame: true }, devUrl),
      isTrustedIpcSender({ frameUrl: 'http://localhost:5173/', isTopFrame: false }, devUrl),
      isTrustedIpcSender({ frameUrl: 'https://evil.com/', isTopFrame: true }, devUrl),
      isTrustedIpcSender({ frameUrl: undefined, isTopFrame: true }, devUrl),
    ]).toEqual([true, false, false, false])
  })
})
