import { describe, expect, it } from 'vitest'
import { createWorkbenchStore } from '../../state/store'

describe('ticking sends for Compare', () => {
  it('keeps at most two, drops the oldest tick, unticks on a second tick, clears', () => {
    const store = createWorkbenchStore(undefined)
    const { toggleHistoryCompare, clearHistoryCompare } = store.getState()
    const seen: string[][] = []
    for (const id of ['a', 'b', 'c', 'c']) {
      toggleHistoryCompare(id)
      seen.push(store.getState().historyCompareSelection)
    }
    clearHistoryCompare()
    seen.push(store.getState().historyCompareSelection)
    expect(seen).toEqual([['a'], ['a', 'b'], ['b', 'c'], ['b'], []])
  })
})
