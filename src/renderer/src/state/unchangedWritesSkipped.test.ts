import { describe, expect, it } from 'vitest'
import { createWorkbenchStore, unchangedWritesSkipped } from './store'

function countingStorage(): Storage & { writes: string[] } {
  const items = new Map<string, string>()
  const writes: string[] = []
  return {
    writes,
    get length() {
      return items.size
    },
    clear: () => items.clear(),
    key: (index) => [...items.keys()][index] ?? null,
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => {
      writes.push(value)
      items.set(key, value)
    },
    removeItem: (key) => {
      items.delete(key)
    },
  }
}

describe('the layout persistence', () => {
  it('writes when the layout changes and skips a write whose text is unchanged', () => {
    const storage = countingStorage()
    const persisted = unchangedWritesSkipped<{ theme: string }>(storage)
    persisted.setItem('layout', { state: { theme: 'dark' }, version: 1 })
    persisted.setItem('layout', { state: { theme: 'dark' }, version: 1 })
    persisted.setItem('layout', { state: { theme: 'light' }, version: 1 })
    expect(storage.writes).toHaveLength(2)
    expect(persisted.getItem('layout')).toEqual({ state: { theme: 'light' }, version: 1 })
  })

  it('does not write the layout again for a keystroke in a draft', () => {
    const storage = countingStorage()
    const store = createWorkbenchStore(storage)
    store.getState().toggleSideBar()
    const afterLayoutChange = storage.writes.length
    expect(afterLayoutChange).toBeGreaterThan(0)
    store.getState().setTabMemory('tab-1', 'scroll', 10)
    store.getState().setTabMemory('tab-1', 'scroll', 20)
    expect(storage.writes).toHaveLength(afterLayoutChange)
  })
})
