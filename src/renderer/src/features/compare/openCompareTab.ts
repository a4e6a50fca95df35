import type { WorkbenchStore } from '../../state/store'
import type { CompareSide } from './compareSide'

let compareCounter = 0

/** Where a Compare tab keeps its two sides: its tab memory (kept across a reload, tokens scrubbed). */
export const compareSidesKey = 'compareSides'

export interface CompareSides {
  left: CompareSide
  right: CompareSide
}

function short(side: CompareSide): string {
  const label = side.label.replace(/^(History|Draft): /, '')
  return label.length > 28 ? `${label.slice(0, 27)}…` : label
}

/** Opens a Compare editor tab for two sides; returns its tab id. */
export function openCompareTab(store: WorkbenchStore, sides: CompareSides): string {
  const state = store.getState()
  let id: string
  do {
    id = `compare:${++compareCounter}`
  } while (state.tabs.some((tab) => tab.id === id))
  state.setTabMemory(id, compareSidesKey, sides)
  state.openTab({
    kind: 'compare',
    id,
    title: `Compare: ${short(sides.left)} ↔ ${short(sides.right)}`,
  })
  return id
}
