import { createReadStream, fstatSync } from 'node:fs'
import type { Readable } from 'node:stream'
import type { CliIo } from './cliCommand'

/** A file or pipe on stdin is read in 1 MB chunks (process.stdin reads 64 KB at a time). */
function standardInput(): Readable {
  try {
    const stats = fstatSync(0)
    if (stats.isFile() || stats.isFIFO()) {
      return createReadStream('', { fd: 0, highWaterMark: 1 << 20, autoClose: false })
    }
  } catch {
    // no usable descriptor 0: fall back to process.stdin
  }
  return process.stdin
}

/**
 * The real process as a command's `CliIo`, for both entry points (the full CLI and the lean
 * `capi hash` bundle). SIGINT/SIGTERM resolve the stop signal; commands that watch it close
 * cleanly, anything else is ended two seconds later.
 */
export function processCliIo(): CliIo {
  const stopSignal = new Promise<void>((resolve) => {
    const stop = (code: number) => () => {
      resolve()
      setTimeout(() => process.exit(code), 2000).unref()
    }
    process.once('SIGINT', stop(130))
    process.once('SIGTERM', stop(143))
  })
  return {
    stdin: standardInput(),
    stdout: process.stdout,
    stderr: process.stderr,
    env: process.env,
    stopSignal,
  }
}
