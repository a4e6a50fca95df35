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
  /** More keys that run it (e.g. `Ctrl+Tab` next to `Ctrl+PageDown`). */
  alternativeKeybindings?: string[]
  /**
   * In browser mode the browser keeps some keys (Ctrl+N, Ctrl+W, Ctrl+T, Ctrl+Tab, ...): this one
   * is left to the page, works there too, and is what the palette and tooltips show in a browser.
   */
  browserKeybinding?: string
  /** Hidden from the palette when it returns false (e.g. nothing to save). */
  isEnabled?: (context: CommandContext) => boolean
  run: (context: CommandContext) => void | Promise<void>
}
