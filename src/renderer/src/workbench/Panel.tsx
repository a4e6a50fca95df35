import { useWorkbenchStore } from '../state/store'
import { Codicon } from '../ui/Codicon'
import { useWindowPainted } from '../ui/useWindowPainted'
import { panelRegistry } from './panelRegistry'

export function Panel({ height }: { height?: number }) {
  const activePanelId = useWorkbenchStore((state) => state.activePanelId)
  const painted = useWindowPainted()
  const showPanel = useWorkbenchStore((state) => state.showPanel)
  const togglePanel = useWorkbenchStore((state) => state.togglePanel)
  const maximized = useWorkbenchStore((state) => state.panelMaximized)
  const toggleMaximized = useWorkbenchStore((state) => state.togglePanelMaximized)
  const active = panelRegistry.find((panel) => panel.id === activePanelId) ?? panelRegistry[0]
  return (
    <section
      id="panel"
      className={`panel${maximized ? ' maximized' : ''}`}
      aria-label="Panel"
      style={height && !maximized ? { height } : undefined}
    >
      <div className="panel-header">
        <div role="tablist" aria-label="Panel views" className="panel-tabs">
          {panelRegistry.map((panel) => (
            <button
              key={panel.id}
              type="button"
              role="tab"
              id={`panel-tab-${panel.id}`}
              aria-selected={panel.id === active?.id}
              className={`panel-tab${panel.id === active?.id ? ' active' : ''}`}
              onClick={() => showPanel(panel.id)}
            >
              {panel.title.toUpperCase()}
            </button>
          ))}
        </div>
        <div className="panel-actions">
          <button
            type="button"
            className="button-icon panel-maximize"
            aria-label={maximized ? 'Restore panel size' : 'Maximize panel size'}
            title={maximized ? 'Restore panel size' : 'Maximize panel size'}
            onClick={() => toggleMaximized()}
          >
            <Codicon name={maximized ? 'chevron-down' : 'chevron-up'} />
          </button>
          <button
            type="button"
            className="button-icon"
            aria-label="Close panel"
            title="Close panel (Ctrl+J from inside the panel)"
            onClick={() => togglePanel(false)}
          >
            <Codicon name="close" />
          </button>
        </div>
      </div>
      <div
        className="panel-content"
        role="tabpanel"
        aria-labelledby={active ? `panel-tab-${active.id}` : undefined}
      >
        {active && painted ? <active.Panel /> : null}
      </div>
    </section>
  )
}
