import type { KeyboardEvent } from 'react'
import { useWorkbenchStore } from '../state/store'
import { Codicon } from '../ui/Codicon'
import { closeEditorTab } from './closeEditorTab'

export function TabStrip() {
  const tabs = useWorkbenchStore((state) => state.tabs)
  const activeTabId = useWorkbenchStore((state) => state.activeTabId)
  const activateTab = useWorkbenchStore((state) => state.activateTab)
  const closeTab = (id: string) => closeEditorTab(useWorkbenchStore, id)

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (event.key !== 'ArrowRight' && event.key !== 'ArrowLeft') return
    const index = tabs.findIndex((tab) => tab.id === activeTabId)
    const next = tabs[(index + (event.key === 'ArrowRight' ? 1 : tabs.length - 1)) % tabs.length]
    if (next) {
      activateTab(next.id)
      document.getElementById(`tab-${next.id}`)?.focus()
    }
  }

  return (
    <div className="tab-strip" role="tablist" aria-label="Open editors" onKeyDown={onKeyDown}>
      {tabs.map((tab) => {
        const active = tab.id === activeTabId
        return (
          <div key={tab.id} className={`tab${active ? ' active' : ''}${tab.dirty ? ' dirty' : ''}`}>
            <button
              id={`tab-${tab.id}`}
              type="button"
              role="tab"
              aria-selected={active}
              tabIndex={active ? 0 : -1}
              className="tab-label"
              onClick={() => activateTab(tab.id)}
              onAuxClick={(event) => event.button === 1 && closeTab(tab.id)}
            >
              {tab.title}
            </button>
            <button
              type="button"
              className="tab-close"
              aria-label={
                tab.dirty ? `${tab.title} has unsaved changes. Close` : `Close ${tab.title}`
              }
              title={tab.dirty ? 'Unsaved changes' : 'Close (Ctrl+W)'}
              onClick={() => closeTab(tab.id)}
            >
              <Codicon name={tab.dirty ? 'circle-filled' : 'close'} />
            </button>
          </div>
        )
      })}
    </div>
  )
}
