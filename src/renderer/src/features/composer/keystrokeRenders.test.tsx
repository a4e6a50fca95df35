import { act, render } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { createEmptyDraft } from '../../../../shared/capi/model/eventDraft'
import { createWorkbenchStore, useWorkbenchStore } from '../../state/store'
import { setCustomerValue } from './draftUpdates'
import { newComposerTab } from './newComposerTab'
import { useFieldProblems } from './useFieldProblems'

/** What a keystroke in the composer may re-render (the budget is one frame per keystroke). */
describe('a keystroke in the composer', () => {
  it('does not re-render a field whose problems stay the same; one whose problems change does', () => {
    const tabId = 'composer:keystrokes'
    useWorkbenchStore.getState().openTab({ id: tabId, kind: 'composer', title: 'Keys' })
    useWorkbenchStore.getState().putComposerTab(tabId, { draft: createEmptyDraft('whatsapp') })
    let renders = 0
    let seen: unknown[] = []
    function CurrencyProblems() {
      renders++
      seen = useFieldProblems(tabId, 'customData.currency')
      return null
    }
    render(<CurrencyProblems />)
    const before = seen
    const rendersBefore = renders
    for (const text of ['j', 'jo', 'joh', 'john@example.com'])
      act(() =>
        useWorkbenchStore
          .getState()
          .updateDraft(tabId, (draft) => setCustomerValue(draft, 'em', 0, text)),
      )
    expect(renders).toBe(rendersBefore)
    expect(seen).toBe(before)
    // A currency that is not ISO 4217 is the currency field's own problem: that field renders again.
    act(() =>
      useWorkbenchStore.getState().updateDraft(tabId, (draft) => ({
        ...draft,
        customData: { ...draft.customData, currency: 'DOLLARS' },
      })),
    )
    expect(renders).toBeGreaterThan(rendersBefore)
    expect(seen).not.toBe(before)
    expect(JSON.stringify(seen)).not.toBe(JSON.stringify(before))
  })

  it('leaves the tabs array alone once its tab is marked unsaved', () => {
    const store = createWorkbenchStore(window.localStorage)
    store.getState().openTab({ id: 'a', kind: 'composer', title: 'A' })
    store.getState().setTabDirty('a', true)
    const tabs = store.getState().tabs
    store.getState().setTabDirty('a', true)
    expect(store.getState().tabs).toBe(tabs)
    store.getState().setTabDirty('a', false)
    expect(store.getState().tabs).not.toBe(tabs)
  })

  it('a new composer tab has its draft before it first renders', () => {
    const store = createWorkbenchStore(window.localStorage)
    const id = newComposerTab(store)
    expect(store.getState().composerTabs[id]?.draft.channel).toBe('whatsapp')
    expect(store.getState().activeTabId).toBe(id)
  })
})
