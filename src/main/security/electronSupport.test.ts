import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { appVersion } from '../../shared/appVersion'
import { isSupportedElectronMajor } from './electronSupport'

const packageJson = JSON.parse(readFileSync('package.json', 'utf8')) as {
  version: string
  devDependencies: Record<string, string>
  allowScripts: Record<string, boolean>
}

describe('release hygiene', () => {
  it('keeps Electron on a supported major', () => {
    expect(isSupportedElectronMajor(packageJson.devDependencies.electron ?? '')).toBe(true)
  })

  it('approves the install scripts of keytar and electron (npm 11 blocks them otherwise)', () => {
    expect([packageJson.allowScripts.keytar, packageJson.allowScripts.electron]).toEqual([
      true,
      true,
    ])
  })

  it('keeps the app version in step with package.json', () => {
    expect(appVersion).toBe(packageJson.version)
  })
})
