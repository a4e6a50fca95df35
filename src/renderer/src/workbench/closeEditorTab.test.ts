import { describe, expect, it } from 'vitest'
import { createEmptyDraft } from '../../../shared/capi/model/eventDraft'
import { computeBuild } from '../features/composer/computeBuild'
import { createWorkbenchStore } from '../state/store'
import { closeEditorTab } from './closeEditorTab'

function storeWithDirtyDraft() {
  const store = createWorkbenchStore(window.localStorage)
  store.getState().openTab({ id: 'composer:1', kind: 'composer', title: 'New event 1' })
  store.getState().putComposerTab('composer:1', { draft: createEmptyDraft('whatsapp') })
  store.getState().setTabDirty('composer:1', true)
  return store
}

describe('closing an editor tab', () => {
  it('keeps a dirty tab and its draft when the person says no', () => {
    const store = storeWithDirtyDraft()
    const asked: string[] = []
    const closed = closeEditorTab(store, 'composer:1', (message) => (asked.push(message), false))
    expect({
      closed,
      asked: asked.length,
      open: store.getState().tabs.length,
      draft: Boolean(store.getState().composerTabs['composer:1']),
    }).toEqual({
      closed: false,
      asked: 1,
      open: 2,
      draft: true,
    })
  })

  it('drops the tab and its draft when confirmed, so autosave does not bring it back', () => {
    const store = storeWithDirtyDraft()
    const closed = closeEditorTab(store, 'composer:1', () => true)
    expect({
      closed,
      open: store.getState().tabs.map((tab) => tab.id),
      draft: store.getState().composerTabs['composer:1'],
    }).toEqual({
      closed: true,
      open: ['welcome'],
      draft: undefined,
    })
  })

  it("drops the tab's cached preview build with the tab", () => {
    const store = storeWithDirtyDraft()
    const draft = store.getState().composerTabs['composer:1']!.draft
    const first = computeBuild('composer:1', draft, undefined, undefined)
    const cachedWhileOpen = computeBuild('composer:1', draft, undefined, undefined) === first
    closeEditorTab(store, 'composer:1', () => true)
    const cachedAfterClose = computeBuild('composer:1', draft, undefined, undefined) === first
    expect({ cachedWhileOpen, cachedAfterClose }).toEqual({
      cachedWhileOpen: true,
      cachedAfterClose: false,
    })
  })
})
