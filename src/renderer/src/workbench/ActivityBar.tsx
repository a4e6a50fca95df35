import { useWorkbenchStore } from '../state/store'
import { Codicon } from '../ui/Codicon'
import { viewContainers } from './viewContainers'

export function ActivityBar() {
  const activeViewId = useWorkbenchStore((state) => state.activeViewId)
  const sideBarVisible = useWorkbenchStore((state) => state.sideBarVisible)
  const showView = useWorkbenchStore((state) => state.showView)
  const setPaletteOpen = useWorkbenchStore((state) => state.setPaletteOpen)
  return (
    <nav className="activity-bar" aria-label="Views">
      <ul role="tablist" aria-orientation="vertical">
        {viewContainers.map((container) => {
          const active = sideBarVisible && container.id === activeViewId
          return (
            <li key={container.id}>
              <button
                type="button"
                role="tab"
                aria-selected={active}
                className={`activity-item${active ? ' active' : ''}`}
                title={`${container.title}${container.keybinding ? ` (${container.keybinding})` : ''}`}
                aria-label={container.title}
                onClick={() => showView(container.id)}
              >
                <Codicon name={container.icon} />
              </button>
            </li>
          )
        })}
      </ul>
      <button
        type="button"
        className="activity-item activity-bottom"
        title="Command Palette (Ctrl+Shift+P)"
        aria-label="Command Palette"
        onClick={() => setPaletteOpen(true)}
      >
        <Codicon name="terminal" />
      </button>
    </nav>
  )
}
