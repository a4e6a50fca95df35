import { useEffect, useRef, type KeyboardEvent } from 'react'
import type { EditorTab } from '../state/editorSlice'
import { Codicon } from '../ui/Codicon'

/** The list of every open editor behind the tab strip's "…" button (arrows, Enter, Esc). */
export function OpenEditorsMenu({
  tabs,
  activeTabId,
  onPick,
  onClose,
}: {
  tabs: EditorTab[]
  activeTabId: string | undefined
  onPick: (id: string) => void
  onClose: () => void
}) {
  const menuRef = useRef<HTMLUListElement>(null)
  useEffect(() => {
    const items = [...(menuRef.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])]
    const active = items.find((item) => item.dataset.tabId === activeTabId)
    ;(active ?? items[0])?.focus()
  }, [activeTabId])
  function onKeyDown(event: KeyboardEvent<HTMLUListElement>) {
    const items = [...(menuRef.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])]
    const index = items.indexOf(document.activeElement as HTMLElement)
    if (event.key === 'ArrowDown') items[(index + 1) % items.length]?.focus()
    else if (event.key === 'ArrowUp') items[(index - 1 + items.length) % items.length]?.focus()
    else if (event.key === 'Home') items[0]?.focus()
    else if (event.key === 'End') items.at(-1)?.focus()
    else if (event.key === 'Escape') onClose()
    else return
    event.preventDefault()
  }
  return (
    <ul
      ref={menuRef}
      className="open-editors-menu"
      role="menu"
      aria-label="Open editors"
      onKeyDown={onKeyDown}
    >
      {tabs.map((tab) => (
        <li key={tab.id} role="none">
          <button
            type="button"
            role="menuitem"
            data-tab-id={tab.id}
            className={`open-editors-item${tab.id === activeTabId ? ' active' : ''}`}
            title={tab.title}
            onClick={() => onPick(tab.id)}
          >
            <Codicon
              name={tab.dirty ? 'circle-filled' : tab.id === activeTabId ? 'check' : 'blank'}
            />
            <span className="truncate">{tab.title}</span>
          </button>
        </li>
      ))}
    </ul>
  )
}
