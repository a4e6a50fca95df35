import { describe, expect, it } from 'vitest'
import { windowOptions } from './windowOptions'

describe('window options', () => {
  it('set every webPreferences security item explicitly', () => {
    expect(windowOptions({ preload: '/p/index.cjs' }, true).webPreferences).toEqual({
      preload: '/p/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      spellcheck: false,
    })
  })
})
