import { existsSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { _electron as electron, type ElectronApplication, type Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { electronBinaryPath } from './harness/electronBinary'

const binary = electronBinaryPath()
const built = existsSync('out/main/index.js')
const skipReason = !binary
  ? 'Electron binary not installed (node_modules/electron has no dist/; it is fetched from GitHub on a normal install)'
  : !built
    ? 'app not built (run npm run build)'
    : undefined

if (skipReason) console.log(`skipped: ${skipReason}`)

describe.skipIf(skipReason !== undefined)('Electron app end to end', () => {
  let app: ElectronApplication
  let appWindow: Page
  let home: string

  beforeAll(async () => {
    home = await mkdtemp(join(tmpdir(), 'capi-electron-'))
    app = await electron.launch({
      executablePath: binary,
      args: ['out/main/index.js', ...(process.env.CI ? ['--no-sandbox'] : [])],
      env: { ...process.env, CAPI_WORKBENCH_HOME: home },
    })
    appWindow = await app.firstWindow()
    await appWindow.getByTestId('workbench').waitFor()
  })
  afterAll(async () => {
    await app?.close()
    await rm(home, { recursive: true, force: true })
  })

  it('opens one window with the workbench and answers app.info through the preload', async () => {
    const info = await appWindow.evaluate(() => window.api?.['app.info']())
    expect(info).toMatchObject({ ok: true, value: { shell: 'electron', dataDirectory: home } })
    await appWindow.screenshot({ path: 'test/artifacts/electron-welcome.png' })
  })

  it('runs the renderer isolated: no require, no process, a frozen api without a generic invoke', async () => {
    const facts = await appWindow.evaluate(() => ({
      require: typeof (globalThis as { require?: unknown }).require,
      process: typeof (globalThis as { process?: unknown }).process,
      frozen: Object.isFrozen(window.api),
      invoke: 'invoke' in (window.api ?? {}),
    }))
    expect(facts).toEqual({
      require: 'undefined',
      process: 'undefined',
      frozen: true,
      invoke: false,
    })
  })

  it('keeps one window and blocks navigation and window.open', async () => {
    const windows = await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)
    expect(windows).toBe(1)
    const before = appWindow.url()
    await appWindow.evaluate(() => {
      window.location.href = 'https://example.com/'
    })
    await appWindow.waitForTimeout(500)
    expect(appWindow.url()).toBe(before)
    expect(await appWindow.evaluate(() => window.open('https://example.com/') === null)).toBe(true)
  })
})
