import { useEffect } from 'react'
import { useApi } from '../api/ApiContext'
import type { Command } from '../commands/command'
import type { WorkbenchStore } from '../state/store'
import { commandKeybindings } from './commandKeybindings'
import { parseKeybinding, sameStroke, strokeFromEvent, type KeyStroke } from './keybindings'

/**
 * Runs a command when one of its keybindings is pressed anywhere in the window (chords included;
 * in browser mode also the binding the browser leaves to the page). Escape is left to whatever
 * already handled it (a dialog, the palette, a menu).
 */
export function useKeybindings(commands: Command[], store: WorkbenchStore): void {
  const api = useApi()
  useEffect(() => {
    const bound = commands.flatMap((command) =>
      commandKeybindings(command).map((binding) => ({
        command,
        strokes: parseKeybinding(binding),
      })),
    )
    let pending: KeyStroke | undefined
    function onKeyDown(event: KeyboardEvent) {
      if (['Control', 'Shift', 'Alt', 'Meta'].includes(event.key)) return
      // A focused widget that handled the key (the raw editor's F8, its search keys) wins.
      if (event.defaultPrevented) return
      const stroke = strokeFromEvent(event)
      const context = { store, api }
      for (const { command, strokes } of bound) {
        const [first, second] = strokes
        const matches = pending
          ? second !== undefined &&
            first !== undefined &&
            sameStroke(first, pending) &&
            sameStroke(second, stroke)
          : second === undefined && first !== undefined && sameStroke(first, stroke)
        if (matches && (command.isEnabled?.(context) ?? true)) {
          event.preventDefault()
          pending = undefined
          void command.run(context)
          return
        }
      }
      const startsChord =
        !pending &&
        bound.some(
          ({ strokes }) => strokes.length === 2 && strokes[0] && sameStroke(strokes[0], stroke),
        )
      pending = startsChord ? stroke : undefined
      if (startsChord) event.preventDefault()
      if (event.key === 'F1') {
        event.preventDefault()
        store.getState().setPaletteOpen(true)
      }
    }
    window.addEventListener('keydown', onKeyDown)
    return () => window.removeEventListener('keydown', onKeyDown)
  }, [commands, store, api])
}
