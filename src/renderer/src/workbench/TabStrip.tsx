import { useEffect, useRef, useState, type KeyboardEvent } from 'react'
import { useWorkbenchStore } from '../state/store'
import { Codicon } from '../ui/Codicon'
import { closeActiveTab } from '../commands/closeActiveTab'
import { closeEditorTab } from './closeEditorTab'
import { shownKeybinding } from './commandKeybindings'
import { OpenEditorsMenu } from './OpenEditorsMenu'

/**
 * The editor tabs: each keeps its width (long names are cut with "…", the full name on hover and
 * focus); when they do not fit, the strip scrolls and "Show open editors" lists all of them.
 */
export function TabStrip() {
  const tabs = useWorkbenchStore((state) => state.tabs)
  const activeTabId = useWorkbenchStore((state) => state.activeTabId)
  const activateTab = useWorkbenchStore((state) => state.activateTab)
  const closeTab = (id: string) => closeEditorTab(useWorkbenchStore, id)
  const stripRef = useRef<HTMLDivElement>(null)
  const [overflowing, setOverflowing] = useState(false)
  const [menuOpen, setMenuOpen] = useState(false)

  // Measured again only when the tabs' names or dirty marks change (not on each keystroke in a draft, which
  // gives a new tabs array), and by a ResizeObserver, whose first report comes with the next
  // layout instead of forcing one in the middle of a frame.
  const tabNames = tabs.map((tab) => `${tab.id}\u0000${tab.title}\u0000${tab.dirty}`).join('\u0001')
  useEffect(() => {
    const strip = stripRef.current
    if (!strip) return
    const measure = () => setOverflowing(strip.scrollWidth > strip.clientWidth + 1)
    const observer = new ResizeObserver(measure)
    observer.observe(strip)
    return () => observer.disconnect()
  }, [tabNames])

  useEffect(() => {
    if (!activeTabId) return
    // At the next frame: scrolling measures the layout, which that frame computes anyway. Here, in
    // React's commit, it forced one more layout of the whole window (about 100 ms in a cold window,
    // when its first composer opens).
    const frame = requestAnimationFrame(() =>
      document
        .getElementById(`tab-${activeTabId}`)
        ?.scrollIntoView({ block: 'nearest', inline: 'nearest' }),
    )
    return () => cancelAnimationFrame(frame)
  }, [activeTabId])

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
    <div className="tab-bar">
      <div
        ref={stripRef}
        className="tab-strip"
        role="tablist"
        aria-label="Open editors"
        onKeyDown={onKeyDown}
      >
        {tabs.map((tab) => {
          const active = tab.id === activeTabId
          return (
            <div
              key={tab.id}
              className={`tab${active ? ' active' : ''}${tab.dirty ? ' dirty' : ''}`}
            >
              <button
                id={`tab-${tab.id}`}
                type="button"
                role="tab"
                aria-selected={active}
                tabIndex={active ? 0 : -1}
                className="tab-label"
                title={tab.dirty ? `${tab.title} (unsaved)` : tab.title}
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
                title={
                  tab.dirty
                    ? 'Unsaved changes'
                    : `Close (${shownKeybinding(closeActiveTab) ?? 'Ctrl+W'})`
                }
                onClick={() => closeTab(tab.id)}
              >
                <Codicon name={tab.dirty ? 'circle-filled' : 'close'} />
              </button>
            </div>
          )
        })}
      </div>
      {overflowing || menuOpen ? (
        <div className="tab-overflow">
          <button
            type="button"
            className="button-icon"
            aria-label={`Show open editors (${tabs.length})`}
            title={`Show open editors (${tabs.length})`}
            aria-haspopup="menu"
            aria-expanded={menuOpen}
            onClick={() => setMenuOpen(!menuOpen)}
          >
            <Codicon name="ellipsis" />
          </button>
          {menuOpen ? (
            <OpenEditorsMenu
              tabs={tabs}
              activeTabId={activeTabId}
              onPick={(id) => {
                setMenuOpen(false)
                activateTab(id)
                requestAnimationFrame(() => document.getElementById(`tab-${id}`)?.focus())
              }}
              onClose={() => setMenuOpen(false)}
            />
          ) : null}
        </div>
      ) : null}
    </div>
  )
}
