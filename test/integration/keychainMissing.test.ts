import { spawnSync } from 'node:child_process'
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ConnectionStore } from '../../src/services/connections/connectionStore'
import { ConnectionFields } from '../../src/shared/connections/connectionSchema'

const token = 'KEYCHAIN-MISSING-TEST-TOKEN-0123456789'
let home: string

beforeAll(async () => {
  home = await mkdtemp(join(tmpdir(), 'capi-no-keychain-'))
  const store = new ConnectionStore({ dataDirectory: home, now: () => new Date() })
  await store.create(ConnectionFields.parse({ name: 'Shop', datasetId: '123456789012345' }))
})
afterAll(() => rm(home, { recursive: true, force: true }))

/** Runs the real CLI in a child process with no D-Bus session, as over SSH without a desktop. */
describe.runIf(process.platform === 'linux')('capi token set without a keychain', () => {
  it('fails with exit 1, says what is missing and how to fix it, and writes no token anywhere', async () => {
    const env: NodeJS.ProcessEnv = { ...process.env, CAPI_WORKBENCH_HOME: home }
    delete env.DBUS_SESSION_BUS_ADDRESS
    delete env.DISPLAY
    delete env.WAYLAND_DISPLAY
    const child = spawnSync(
      resolve('node_modules/.bin/tsx'),
      ['src/cli/main.ts', 'token', 'set', 'Shop'],
      { input: `${token}\n`, env, encoding: 'utf8', timeout: 60_000 },
    )
    const files = await readdir(join(home, 'connections'))
    const stored = await Promise.all(
      files.map((name) => readFile(join(home, 'connections', name), 'utf8')),
    )
    expect({
      status: child.status,
      stdout: child.stdout,
      lines: child.stderr.trim().split('\n'),
      tokenWritten:
        stored.some((text) => text.includes(token)) ||
        (child.stdout + child.stderr).includes(token),
    }).toEqual({
      status: 1,
      stdout: '',
      lines: [
        'capi token set: The OS keychain is not available, so tokens cannot be stored or read (they are never kept in a file).',
        'No D-Bus session bus was found, so the Secret Service (the Linux keychain) cannot be reached.',
        "Use the app in a desktop session where gnome-keyring or KWallet runs and is unlocked. Without a desktop (SSH, container): install gnome-keyring and dbus, run dbus-run-session -- sh -c 'gnome-keyring-daemon --unlock --components=secrets; exec bash', type a keyring password and press Ctrl+D, then use capi in that shell.",
      ],
      tokenWritten: false,
    })
  })
})
