import { describe, expect, it } from 'vitest'
import { createWorkbenchStore } from './store'

describe('workbench store', () => {
  it('opens, activates and closes tabs, keeping a neighbour active', () => {
    const store = createWorkbenchStore(window.localStorage)
    const { openTab, closeTab, setTabDirty } = store.getState()
    openTab({ id: 'a', kind: 'composer', title: 'A' })
    openTab({ id: 'b', kind: 'composer', title: 'B' })
    setTabDirty('a', true)
    closeTab('b')
    expect({
      tabs: store.getState().tabs.map((tab) => [tab.id, tab.dirty]),
      active: store.getState().activeTabId,
    }).toEqual({
      tabs: [
        ['welcome', false],
        ['a', true],
      ],
      active: 'a',
    })
  })

  it('persists only the layout (sizes and recent commands included), and restores it in a new store', () => {
    window.localStorage.clear()
    const first = createWorkbenchStore(window.localStorage)
    first.getState().setTheme('light')
    first.getState().togglePanel(false)
    first.getState().openTab({ id: 'x', kind: 'composer', title: 'X' })
    const saved = JSON.parse(window.localStorage.getItem('capi-workbench-layout') ?? '{}')
    expect(saved).toEqual({
      state: {
        activeViewId: 'explorer',
        sideBarVisible: true,
        panelVisible: false,
        theme: 'light',
        recentCommands: [],
        layoutSizes: { sideBar: 280, panel: 280 },
        panelMaximized: false,
      },
      version: 1,
    })
    const second = createWorkbenchStore(window.localStorage)
    expect([
      second.getState().theme,
      second.getState().panelVisible,
      second.getState().tabs.length,
    ]).toEqual(['light', false, 1])
  })

  it('hides the side bar when the active view is clicked again', () => {
    const store = createWorkbenchStore(window.localStorage)
    store.getState().showView('history')
    store.getState().showView('history')
    expect([store.getState().activeViewId, store.getState().sideBarVisible]).toEqual([
      'history',
      false,
    ])
  })
})
