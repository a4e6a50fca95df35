import { createReadStream, fstatSync } from 'node:fs'
import type { Readable } from 'node:stream'
import { hashCommand } from '../commands/hashCommand'
import { runCli } from '../runCli'

/**
 * Entry of out/cli/capiHash.mjs: `capi hash` alone, so a pipeline of millions of lines does not
 * first load every other command (undici, keytar, ...). bin/capi.mjs sends `capi hash` here;
 * behaviour and help are the same as through src/cli/main.ts.
 */
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

const stopSignal = new Promise<void>((resolve) => {
  const stop = (code: number) => () => {
    resolve()
    setTimeout(() => process.exit(code), 2000).unref()
  }
  process.once('SIGINT', stop(130))
  process.once('SIGTERM', stop(143))
})

process.exitCode = await runCli([hashCommand], process.argv.slice(2), {
  stdin: standardInput(),
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
  stopSignal,
})
