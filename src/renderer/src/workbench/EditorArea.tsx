import { Suspense, useRef } from 'react'
import { useWorkbenchStore } from '../state/store'
import { EmptyState } from '../ui/EmptyState'
import { editorRegistry } from './editorRegistry'
import { TabStrip } from './TabStrip'
import { useScrollMemory } from './useScrollMemory'

export function EditorArea({ hidden = false }: { hidden?: boolean }) {
  const tab = useWorkbenchStore((state) =>
    state.tabs.find((candidate) => candidate.id === state.activeTabId),
  )
  const contentRef = useRef<HTMLDivElement>(null)
  useScrollMemory(contentRef, tab?.id)
  const contribution = tab
    ? editorRegistry.find((candidate) => candidate.kind === tab.kind)
    : undefined
  return (
    <main className="editor-area" aria-label="Editor" hidden={hidden}>
      <TabStrip />
      <div
        ref={contentRef}
        className="editor-content"
        role="tabpanel"
        aria-labelledby={tab ? `tab-${tab.id}` : undefined}
      >
        {tab && contribution ? (
          <Suspense
            key={tab.id}
            fallback={
              <p className="loading-note" role="status">
                Loading {tab.title}…
              </p>
            }
          >
            <contribution.Editor tab={tab} />
          </Suspense>
        ) : (
          <EmptyState icon="layers" title="No editor is open">
            <p>Open a preset from the side bar, or press Ctrl+Shift+P to see every command.</p>
          </EmptyState>
        )}
      </div>
    </main>
  )
}
