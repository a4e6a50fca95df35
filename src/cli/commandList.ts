import type { CliCommand } from './cliCommand'
import { historyListCommand } from './commands/historyListCommand'
import { historyShowCommand } from './commands/historyShowCommand'
import { presetExportCommand } from './commands/presetExportCommand'
import { presetImportCommand } from './commands/presetImportCommand'
import { presetListCommand } from './commands/presetListCommand'
import { presetShowCommand } from './commands/presetShowCommand'
import { sandboxCommand } from './commands/sandboxCommand'
import { uiCommand } from './commands/uiCommand'
import { validateCommand } from './commands/validateCommand'
import { versionCommand } from './commands/versionCommand'

/** Every `capi` command. Add one line per command module. */
export const commandList: CliCommand[] = [
  versionCommand,
  uiCommand,
  sandboxCommand,
  presetListCommand,
  presetShowCommand,
  presetExportCommand,
  presetImportCommand,
  historyListCommand,
  historyShowCommand,
  validateCommand,
]
