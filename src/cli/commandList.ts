import type { CliCommand } from './cliCommand'
import { versionCommand } from './commands/versionCommand'

/** Every `capi` command. Add one line per command module. */
export const commandList: CliCommand[] = [versionCommand]
