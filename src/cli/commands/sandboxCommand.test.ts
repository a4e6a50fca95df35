import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { PassThrough } from 'node:stream'
import { describe, expect, it } from 'vitest'
import type { CliIo } from '../cliCommand'
import { runCli } from '../runCli'
import { sandboxCommand } from './sandboxCommand'

function testIo() {
  const stdout = new PassThrough()
  const stderr = new PassThrough()
  let out = ''
  let err = ''
  stdout.on('data', (chunk: Buffer) => (out += chunk.toString()))
  stderr.on('data', (chunk: Buffer) => (err += chunk.toString()))
  let stop!: () => void
  const stopSignal = new Promise<void>((resolve) => (stop = resolve))
  const io: CliIo = { stdin: new PassThrough(), stdout, stderr, env: {}, stopSignal }
  return { io, stop, out: () => out, err: () => err }
}

async function waitFor(check: () => boolean): Promise<void> {
  for (let attempt = 0; attempt < 200 && !check(); attempt += 1) {
    await new Promise((resolve) => setTimeout(resolve, 25))
  }
}

describe('capi sandbox', () => {
  it('prints the listening line first, answers requests, and stops on the stop signal', async () => {
    const { io, stop, out } = testIo()
    const running = runCli([sandboxCommand], ['sandbox', '--port', '0', '--quiet'], io)
    await waitFor(() => out().includes('\n'))
    const firstLine = out().split('\n')[0]!
    const url = firstLine.replace('sandbox listening on ', '')
    const me = await fetch(`${url}/v26.0/me`, {
      headers: { authorization: 'Bearer SANDBOX-TOKEN-1234' },
    })
    stop()
    expect({
      firstLine: /^sandbox listening on http:\/\/127\.0\.0\.1:\d+$/.test(firstLine),
      me: me.status,
      code: await running,
      lastLine: out().trimEnd().split('\n').at(-1),
      cheatSheet: out().includes(
        `--endpoint ${url} --dataset 123456789012345 --token-env CAPI_TOKEN`,
      ),
    }).toEqual({ firstLine: true, me: 200, code: 0, lastLine: 'sandbox stopped', cheatSheet: true })
  })

  it('exits 2 naming the file when the fixtures are invalid', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'capi-sandbox-')), 'world.json')
    writeFileSync(path, JSON.stringify({ tokens: [], datasets: [] }))
    const { io, err } = testIo()
    const code = await runCli([sandboxCommand], ['sandbox', '--fixtures', path], io)
    expect([code, err().split('\n')[0]]).toEqual([
      2,
      `capi sandbox: invalid sandbox fixtures in ${path}:`,
    ])
  })

  it('exits 2 on a bad port', async () => {
    const { io, err } = testIo()
    const code = await runCli([sandboxCommand], ['sandbox', '--port', 'http'], io)
    expect([code, err().split('\n')[0]]).toEqual([
      2,
      'capi sandbox: --port must be a whole number from 0 to 65535, got "http"',
    ])
  })
})
