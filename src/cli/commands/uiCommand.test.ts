import { existsSync } from 'node:fs'
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { lockFilePath } from '../../server/webServerLock'
import { testSecretStore } from '../../../test/setup/testKeychain'
import { UsageError } from '../cliCommand'
import { createUiCommand } from './uiCommand'
import { captureCliIo, waitUntil } from '../../../test/support/captureCliIo'

let root: string
let home: string

function capture() {
  const captured = captureCliIo({ env: { CAPI_WORKBENCH_HOME: home, PATH: '' } })
  return { ...captured, errors: captured.err }
}

const urlPattern = /http:\/\/127\.0\.0\.1:(\d+)\/#secret=([0-9a-f]{64})/

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'capi-ui-'))
  home = join(root, 'home')
  await mkdir(join(root, 'out', 'renderer'), { recursive: true })
  await writeFile(join(root, 'out', 'renderer', 'index.html'), '<!doctype html>')
})
afterEach(async () => {
  await rm(root, { recursive: true, force: true })
})

describe('capi ui', () => {
  it('serves until stopped, opens the browser, and a second launch reuses the first', async () => {
    const first = capture()
    const opened: string[] = []
    const command = createUiCommand({
      projectRoot: root,
      secretStore: testSecretStore(),
      openBrowser: (url) => opened.push(url) > 0,
    })
    const running = command.run([], first.io)
    await waitUntil(() => urlPattern.test(first.out()))
    const [url, port, secret] = urlPattern.exec(first.out())!
    const info = await fetch(`http://127.0.0.1:${port}/api/app.info`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-workbench-secret': secret! },
      body: '{}',
    }).then(
      (response) =>
        response.json() as Promise<{
          ok: boolean
          value: { shell: string; dataDirectory: string }
        }>,
    )

    const second = capture()
    const secondCode = await command.run(['--no-open'], second.io)
    first.stop()
    const firstCode = await running
    expect({
      info: { ok: info.ok, shell: info.value.shell, dataDirectory: info.value.dataDirectory },
      opened,
      firstOut: first.out(),
      secondCode,
      secondOut: second.out(),
      firstCode,
      lockLeft: existsSync(lockFilePath(home)),
      pageLeft: existsSync(join(home, 'browser-open.html')),
    }).toEqual({
      info: { ok: true, shell: 'browser', dataDirectory: home },
      opened: [pathToFileURL(join(home, 'browser-open.html')).href],
      firstOut: `CAPI Workbench (browser mode): ${url}\nOpened in your default browser.\nPress Ctrl+C to stop.\nBrowser mode stopped.\n`,
      secondCode: 0,
      secondOut: `The Workbench is already running in browser mode.\nCAPI Workbench (browser mode): ${url}\n`,
      firstCode: 0,
      lockLeft: false,
      pageLeft: false,
    })
    await expect(fetch(`http://127.0.0.1:${port}/`)).rejects.toThrow()
  })

  it('builds the renderer first when out/renderer is missing, and fails when the build does', async () => {
    await rm(join(root, 'out'), { recursive: true })
    const builds: string[] = []
    const failing = createUiCommand({
      projectRoot: root,
      buildRenderer: async (projectRoot) => {
        builds.push(projectRoot)
        return 1
      },
    })
    const run = capture()
    expect([await failing.run(['--no-open'], run.io), builds, run.errors()]).toEqual([
      1,
      [root],
      'Building the Workbench (first run, about a minute)...\ncapi ui: the build failed (see above). Try `npm run build`.\n',
    ])
  })

  it('refuses bad options as usage errors', async () => {
    const command = createUiCommand({ projectRoot: root })
    await expect(command.run(['--port', 'abc'], capture().io)).rejects.toThrow(UsageError)
    await expect(command.run(['--port', '70000'], capture().io)).rejects.toThrow(UsageError)
    await expect(command.run(['--open-sesame'], capture().io)).rejects.toThrow(UsageError)
  })
})
