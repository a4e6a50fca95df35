import type { KeyboardEvent } from 'react'
import type { CommandContext } from '../../commands/command'
import { movePreset } from './presetActions'
import type { TreeRow } from './presetTree'

/**
 * The keyboard's drag and drop: Ctrl+X on a preset, then Ctrl+V on a folder (or on a preset inside
 * it) moves it there; Escape forgets the cut preset.
 */
export function moveByKeyboard(event: KeyboardEvent, row: TreeRow, context: CommandContext): void {
  const state = context.store.getState()
  const withCtrl = event.ctrlKey || event.metaKey
  if (withCtrl && event.key.toLowerCase() === 'x' && row.kind === 'preset') {
    event.preventDefault()
    state.setPresetCut(row.preset.id)
    state.notify({
      level: 'info',
      message: `Moving “${row.preset.name}”`,
      detail: 'Select a folder and press Ctrl+V to move it there; Escape cancels.',
    })
  } else if (withCtrl && event.key.toLowerCase() === 'v' && state.presetCut) {
    event.preventDefault()
    const id = state.presetCut
    state.setPresetCut(undefined)
    void movePreset(context, id, row.kind === 'folder' ? row.folder : row.preset.folder)
  } else if (event.key === 'Escape' && state.presetCut) {
    state.setPresetCut(undefined)
  }
}
