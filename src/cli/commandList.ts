import type { CliCommand } from './cliCommand'
import { connectionAddCommand } from './commands/connectionAddCommand'
import { connectionCheckCommand } from './commands/connectionCheckCommand'
import { connectionListCommand } from './commands/connectionListCommand'
import { connectionRemoveCommand } from './commands/connectionRemoveCommand'
import { connectionShowCommand } from './commands/connectionShowCommand'
import { explainCommand } from './commands/explainCommand'
import { hashCommand } from './commands/hashCommand'
import { historyListCommand } from './commands/historyListCommand'
import { historyShowCommand } from './commands/historyShowCommand'
import { presetExportCommand } from './commands/presetExportCommand'
import { presetImportCommand } from './commands/presetImportCommand'
import { presetListCommand } from './commands/presetListCommand'
import { presetShowCommand } from './commands/presetShowCommand'
import { sandboxCommand } from './commands/sandboxCommand'
import { stepSimulateCommand } from './commands/stepSimulateCommand'
import { createSendCommand } from './commands/sendCommand'
import { tokenRemoveCommand } from './commands/tokenRemoveCommand'
import { tokenSetCommand } from './commands/tokenSetCommand'
import { uiCommand } from './commands/uiCommand'
import { validateCommand } from './commands/validateCommand'
import { versionCommand } from './commands/versionCommand'

/** Every `capi` command. Add one line per command module. */
export const commandList: CliCommand[] = [
  versionCommand,
  uiCommand,
  sandboxCommand,
  // Through the app's send service: recorded in the history, behind the duplicate guard.
  createSendCommand(),
  presetListCommand,
  presetShowCommand,
  presetExportCommand,
  presetImportCommand,
  historyListCommand,
  historyShowCommand,
  validateCommand,
  explainCommand,
  hashCommand,
  connectionAddCommand,
  connectionListCommand,
  connectionShowCommand,
  connectionRemoveCommand,
  connectionCheckCommand,
  tokenSetCommand,
  tokenRemoveCommand,
  stepSimulateCommand,
]
