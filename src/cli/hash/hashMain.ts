import { hashCommand } from '../commands/hashCommand'
import { runCli } from '../runCli'

/**
 * Entry of out/cli/capiHash.mjs: `capi hash` alone, so a pipeline of millions of lines does not
 * first load every other command (undici, keytar, ...). bin/capi.mjs sends `capi hash` here;
 * behaviour and help are the same as through src/cli/main.ts.
 */
const stopSignal = new Promise<void>((resolve) => {
  const stop = (code: number) => () => {
    resolve()
    setTimeout(() => process.exit(code), 2000).unref()
  }
  process.once('SIGINT', stop(130))
  process.once('SIGTERM', stop(143))
})

process.exitCode = await runCli([hashCommand], process.argv.slice(2), {
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
  stopSignal,
})
