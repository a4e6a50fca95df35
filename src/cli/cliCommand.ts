import type { Readable, Writable } from 'node:stream'

/** What a command may touch: injected so tests run commands in-process with captured output. */
export interface CliIo {
  stdin: Readable
  stdout: Writable
  stderr: Writable
  env: NodeJS.ProcessEnv
  /** Resolves when the process is asked to stop (SIGINT/SIGTERM); long-running commands await it. */
  stopSignal: Promise<void>
}

export interface CliCommand {
  /** The words after `capi`, e.g. `hash` or `connection add`. */
  name: string
  summary: string
  /** Full help text printed by `capi <name> --help`. */
  help: string
  run(args: string[], io: CliIo): Promise<number>
}

/** Exit codes, the same for every command. */
export const exitCode = {
  ok: 0,
  failed: 1,
  usage: 2,
} as const

/** Thrown inside a command for a usage or input error; main prints it and exits 2. */
export class UsageError extends Error {
  override name = 'UsageError'
}

export function writeLine(stream: Writable, text = ''): void {
  stream.write(text + '\n')
}
