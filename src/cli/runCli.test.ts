import { PassThrough, Readable } from 'node:stream'
import { describe, expect, it } from 'vitest'
import type { CliCommand } from './cliCommand'
import { runCli } from './runCli'

describe('runCli', () => {
  it('never prints a token an unexpected error quotes', async () => {
    const token = 'EAABcanaryTOKEN1234567890abcdef'
    const failing: CliCommand = {
      name: 'boom',
      summary: 'fails',
      help: 'Usage: capi boom',
      run: () => Promise.reject(new Error(`request failed: authorization: Bearer ${token}`)),
    }
    const stderr = new PassThrough()
    let text = ''
    stderr.on('data', (chunk) => (text += String(chunk)))
    const code = await runCli([failing], ['boom'], {
      stdin: Readable.from([]),
      stdout: new PassThrough(),
      stderr,
      env: {},
      stopSignal: new Promise(() => {}),
    })
    expect([code, text]).toEqual([
      1,
      'capi boom: request failed: authorization: Bearer <REDACTED>\n',
    ])
  })
})
