import { commandList } from './commandList'
import { runCli } from './runCli'

const stopSignal = new Promise<void>((resolve) => {
  const stop = (code: number) => () => {
    resolve()
    // Commands that watch stopSignal close cleanly; anything else is ended shortly after.
    setTimeout(() => process.exit(code), 2000).unref()
  }
  process.once('SIGINT', stop(130))
  process.once('SIGTERM', stop(143))
})

const code = await runCli(commandList, process.argv.slice(2), {
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
  stopSignal,
})
process.exitCode = code
