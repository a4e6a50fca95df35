import { describe, expect, it } from 'vitest'
import { findBrowserOpener, openInBrowser } from './openInBrowser'

describe('findBrowserOpener', () => {
  it('picks the platform opener, and none on Linux without a display or xdg-open', () => {
    const always = () => true
    const never = () => false
    expect([
      findBrowserOpener('darwin', {}, never),
      findBrowserOpener('win32', {}, never),
      findBrowserOpener('linux', { DISPLAY: ':0' }, always),
      findBrowserOpener('linux', { WAYLAND_DISPLAY: 'wayland-0' }, always),
      findBrowserOpener('linux', {}, always),
      findBrowserOpener('linux', { DISPLAY: ':0' }, never),
    ]).toEqual([
      { command: 'open', args: [] },
      { command: 'rundll32', args: ['url.dll,FileProtocolHandler'] },
      { command: 'xdg-open', args: [] },
      { command: 'xdg-open', args: [] },
      undefined,
      undefined,
    ])
  })

  it('never puts a secret link on a command line', () => {
    const env = { DISPLAY: ':0', PATH: '/usr/bin' }
    // win32: the opener is always found (rundll32), so only the secret check can say no.
    expect(openInBrowser(`http://127.0.0.1:1/#secret=${'a'.repeat(64)}`, 'win32', env)).toBe(false)
  })
})
