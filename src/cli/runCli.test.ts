import { PassThrough, Readable } from 'node:stream'
import { describe, expect, it } from 'vitest'
import { AppError } from '../shared/result'
import type { CliCommand, CliIo } from './cliCommand'
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

  function io(): CliIo & { out: () => string } {
    const stdout = new PassThrough()
    let text = ''
    stdout.on('data', (chunk) => (text += String(chunk)))
    return {
      stdin: Readable.from([]),
      stdout,
      stderr: new PassThrough(),
      env: {},
      stopSignal: new Promise(() => {}),
      out: () => text,
    }
  }

  it('exits 2 for an unknown name or an invalid value, 1 for other failures', async () => {
    const throwing = (name: string, error: Error): CliCommand => ({
      name,
      summary: name,
      help: name,
      run: () => Promise.reject(error),
    })
    const commands = [
      throwing('missing', new AppError('not_found', 'There is no connection with that name.')),
      throwing('invalid', new AppError('invalid_input', 'The connection is not valid.')),
      throwing('taken', new AppError('name_taken', 'There is already a connection named "x".')),
    ]
    const codes = []
    for (const name of ['missing', 'invalid', 'taken']) {
      codes.push(await runCli(commands, [name], io()))
    }
    expect(codes).toEqual([2, 2, 1])
  })

  it('lists a command group for `capi <group> --help` (exit 0), asks which one without it (exit 2)', async () => {
    const command = (name: string): CliCommand => ({
      name,
      summary: `does ${name}`,
      help: name,
      run: () => Promise.resolve(0),
    })
    const commands = [command('token set'), command('token remove'), command('version')]
    const help = io()
    const helpCode = await runCli(commands, ['token', '--help'], help)
    const bare = await runCli(commands, ['token'], io())
    expect([
      helpCode,
      help.out().includes('token remove  does token remove'),
      help.out().includes('does version'),
      bare,
    ]).toEqual([0, true, false, 2])
  })
})
