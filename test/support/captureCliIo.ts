import { PassThrough, Readable } from 'node:stream'
import type { CliCommand, CliIo } from '../../src/cli/cliCommand'
import { runCli } from '../../src/cli/runCli'

export interface CapturedCliIo {
  io: CliIo
  /** Everything written to stdout / stderr so far, decoded once (no split multi-byte characters). */
  out: () => string
  err: () => string
  /** Resolves the command's stop signal, as Ctrl+C would. */
  stop: () => void
}

function collect(stream: PassThrough): () => string {
  const chunks: Buffer[] = []
  stream.on('data', (chunk: Buffer | string) => chunks.push(Buffer.from(chunk)))
  return () => Buffer.concat(chunks).toString('utf8')
}

/** A `CliIo` for running commands in-process: stdin from the given chunks (ended), output captured. */
export function captureCliIo(
  options: { stdin?: string | Buffer[]; env?: NodeJS.ProcessEnv } = {},
): CapturedCliIo {
  const stdout = new PassThrough()
  const stderr = new PassThrough()
  let stop!: () => void
  const stopSignal = new Promise<void>((resolve) => (stop = resolve))
  const input =
    options.stdin === undefined
      ? []
      : typeof options.stdin === 'string'
        ? [options.stdin]
        : options.stdin
  return {
    io: { stdin: Readable.from(input), stdout, stderr, env: options.env ?? {}, stopSignal },
    out: collect(stdout),
    err: collect(stderr),
    stop,
  }
}

/** Runs `capi <args>` in-process against the given commands and returns the exit code and output. */
export async function runCapturedCli(
  commands: CliCommand[],
  args: string[],
  options: { stdin?: string | Buffer[]; env?: NodeJS.ProcessEnv } = {},
): Promise<{ code: number; out: string; err: string }> {
  const captured = captureCliIo(options)
  const code = await runCli(commands, args, captured.io)
  return { code, out: captured.out(), err: captured.err() }
}

/** Polls until `check` holds (at most 5 s): for commands that keep running, like a server. */
export async function waitUntil(check: () => boolean): Promise<void> {
  for (let attempt = 0; attempt < 200 && !check(); attempt++) {
    await new Promise((resolve) => setTimeout(resolve, 25))
  }
}
