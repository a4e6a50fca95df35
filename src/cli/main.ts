import { commandList } from './commandList'
import { processCliIo } from './processCliIo'
import { runCli } from './runCli'

process.exitCode = await runCli(commandList, process.argv.slice(2), processCliIo())
