import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { runCli } from '../runCli'
import { sandboxCommand } from './sandboxCommand'
import { defaultSandboxFixtures } from '../../meta-sandbox/loadSandboxFixtures'
import { firstEvent, whatsappPurchase } from '../../../test/support/sandboxTestKit'
import { captureCliIo, waitUntil } from '../../../test/support/captureCliIo'

describe('capi sandbox', () => {
  it('prints the listening line first, answers requests, and stops on the stop signal', async () => {
    const { io, stop, out } = captureCliIo()
    const running = runCli([sandboxCommand], ['sandbox', '--port', '0', '--quiet'], io)
    await waitUntil(() => out().includes('\n'))
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
    const { io, err } = captureCliIo()
    const code = await runCli([sandboxCommand], ['sandbox', '--fixtures', path], io)
    expect([code, err().split('\n')[0]]).toEqual([
      2,
      `capi sandbox: invalid sandbox fixtures in ${path}:`,
    ])
  })

  it('--strict enforces the assumption checks, answering with evidence "assumption"', async () => {
    const { io, stop, out } = captureCliIo()
    const running = runCli([sandboxCommand], ['sandbox', '--port', '0', '--strict', '--quiet'], io)
    await waitUntil(() => out().includes('\n'))
    const url = out().split('\n')[0]!.replace('sandbox listening on ', '')
    const body = whatsappPurchase()
    ;(firstEvent(body).custom_data as Record<string, unknown>).value = -1
    body.data = [{ ...firstEvent(body), event_time: Math.floor(Date.now() / 1000) - 60 }]
    const answer = await fetch(`${url}/v26.0/123456789012345/events`, {
      method: 'POST',
      headers: { authorization: 'Bearer SANDBOX-TOKEN-1234', 'content-type': 'application/json' },
      body: JSON.stringify(body),
    })
    stop()
    expect([
      answer.status,
      answer.headers.get('x-capi-workbench-rule'),
      answer.headers.get('x-capi-workbench-evidence'),
      out().includes('strict mode: assumption checks reject too'),
      await running,
    ]).toEqual([400, 'R17', 'assumption', true, 0])
  })

  it('exits 2 naming "strict" when a fixtures file still says "lenient"', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'capi-sandbox-')), 'old.json')
    writeFileSync(path, JSON.stringify({ ...defaultSandboxFixtures(), lenient: true }))
    const { io, err } = captureCliIo()
    const code = await runCli([sandboxCommand], ['sandbox', '--fixtures', path], io)
    expect([code, err().includes('the "lenient" key was replaced by "strict"')]).toEqual([2, true])
  })

  it('exits 2 on a bad port', async () => {
    const { io, err } = captureCliIo()
    const code = await runCli([sandboxCommand], ['sandbox', '--port', 'http'], io)
    expect([code, err().split('\n')[0]]).toEqual([
      2,
      'capi sandbox: --port must be a whole number from 0 to 65535, got "http"',
    ])
  })
})
