import { describe, expect, it } from 'vitest'
import { sessionSnapshot } from './sessionPersistence'
import { createWorkbenchStore } from './store'
import { closeEditorTab } from '../workbench/closeEditorTab'
import { createEmptyDraft } from '../../../shared/capi/model/eventDraft'

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

  it('cycles tabs and reopens the last closed one with its draft and connection', () => {
    const store = createWorkbenchStore(window.localStorage)
    const state = store.getState()
    state.openTab({ id: 'a', kind: 'composer', title: 'A' })
    state.putComposerTab('a', { draft: createEmptyDraft('messenger'), connectionId: 'c1' })
    state.openTab({ id: 'b', kind: 'composer', title: 'B' })
    state.cycleTab(1)
    const wrapped = store.getState().activeTabId
    closeEditorTab(store, 'a', () => true)
    store.getState().activateTab('b')
    const closed = store.getState().takeClosedTab()
    expect({ wrapped, closed: [closed?.tab.id, closed?.composer?.connectionId] }).toEqual({
      wrapped: 'welcome',
      closed: ['a', 'c1'],
    })
  })

  it('keeps the session without pasted tokens', () => {
    const store = createWorkbenchStore(window.localStorage)
    store.getState().openTab({ id: 'import', kind: 'import', title: 'Import' })
    store
      .getState()
      .setTabMemory('import', 'text', 'curl -H "Authorization: Bearer EAAGsecretsecretsecret123" x')
    const snapshot = JSON.stringify(sessionSnapshot(store.getState()))
    expect({
      hasToken: snapshot.includes('EAAGsecretsecretsecret123'),
      keepsText: snapshot.includes('curl -H'),
    }).toEqual({ hasToken: false, keepsText: true })
  })
})
