import type { CliCommand } from './cliCommand'
import { sandboxCommand } from './commands/sandboxCommand'
import { uiCommand } from './commands/uiCommand'
import { versionCommand } from './commands/versionCommand'

/** Every `capi` command. Add one line per command module. */
export const commandList: CliCommand[] = [versionCommand, uiCommand, sandboxCommand]
