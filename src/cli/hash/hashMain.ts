import { hashCommand } from '../commands/hashCommand'
import { processCliIo } from '../processCliIo'
import { runCli } from '../runCli'

/*
 * Entry of out/cli/capiHash.mjs: `capi hash` alone, so a pipeline of millions of lines does not
 * first load every other command (undici, keytar, ...). bin/capi.mjs sends `capi hash` here;
 * behaviour and help are the same as through src/cli/main.ts.
 */
process.exitCode = await runCli([hashCommand], process.argv.slice(2), processCliIo())
