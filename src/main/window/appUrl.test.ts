import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { describe, expect, it } from 'vitest'
import { isSameOrigin, isTrustedIpcSender } from '../security/navigationGuards'
import { rendererAppUrl } from './appUrl'

describe('rendererAppUrl', () => {
  it.each(['/home/ann/apps #1/out/main', '/tmp/what?/out/main', '/tmp/100%/out/main'])(
    'names the file the window loads, even under %s',
    (mainDirectory) => {
      const appUrl = rendererAppUrl(mainDirectory, undefined)
      // What Electron reports as the frame URL after loadFile(path).
      const loaded = pathToFileURL(join(mainDirectory, '../renderer/index.html')).href
      expect(new URL(appUrl).pathname).toBe(new URL(loaded).pathname)
      expect(isSameOrigin(loaded, appUrl)).toBe(true)
      expect(
        isTrustedIpcSender({ frameUrl: loaded + '#/composer', isTopFrame: true }, appUrl),
      ).toBe(true)
      // A sibling file in the cut-off folder is not the app.
      expect(isSameOrigin(pathToFileURL('/home/ann/apps ').href, appUrl)).toBe(false)
    },
  )

  it('uses the dev server URL when one is given', () => {
    expect(rendererAppUrl('/x/out/main', 'http://localhost:5173/')).toBe('http://localhost:5173/')
  })
})
