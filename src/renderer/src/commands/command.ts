import type { WorkbenchApi } from '../../../shared/contract/api'
import type { WorkbenchStore } from '../state/store'

export interface CommandContext {
  store: WorkbenchStore
  api: WorkbenchApi
}

/** A user action the palette can list and a keybinding can run. */
export interface Command {
  id: string
  title: string
  category: string
  /** Shown in the palette, e.g. `Ctrl+Shift+P`; matched by workbench/useKeybindings.ts. */
  keybinding?: string
  /** Hidden from the palette when it returns false (e.g. nothing to save). */
  isEnabled?: (context: CommandContext) => boolean
  run: (context: CommandContext) => void | Promise<void>
}
