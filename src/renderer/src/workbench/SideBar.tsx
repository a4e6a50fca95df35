import { Suspense } from 'react'
import { useWorkbenchStore } from '../state/store'
import { useWindowPainted } from '../ui/useWindowPainted'
import { viewContainers } from './viewContainers'

export function SideBar({ width }: { width?: number }) {
  const activeViewId = useWorkbenchStore((state) => state.activeViewId)
  const painted = useWindowPainted()
  const container =
    viewContainers.find((candidate) => candidate.id === activeViewId) ?? viewContainers[0]
  if (!container) return null
  const { View } = container
  return (
    <aside
      id="side-bar"
      className="side-bar"
      aria-label={container.title}
      style={width ? { width } : undefined}
    >
      <header className="side-bar-title">{container.title.toUpperCase()}</header>
      <div className="side-bar-content">
        {painted ? (
          <Suspense fallback={<p className="loading-note">Loading…</p>}>
            <View />
          </Suspense>
        ) : null}
      </div>
    </aside>
  )
}
