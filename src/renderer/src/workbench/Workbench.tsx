import { useEffect, useMemo, useState } from 'react'
import { commandList } from '../commands/commandList'
import { useSettingsLoader, withBrowserKeybindings } from '../features/settings'
import { useWorkbenchStore } from '../state/store'
import { ActivityBar } from './ActivityBar'
import { CommandPalette } from './CommandPalette'
import { EditorArea } from './EditorArea'
import { InputBox } from './InputBox'
import { Notifications } from './Notifications'
import { Panel } from './Panel'
import { SessionLostBanner } from './SessionLostBanner'
import { SideBar } from './SideBar'
import { StatusBar } from './StatusBar'
import { restoreSession, startSessionPersistence } from '../state/sessionPersistence'
import { Splitter } from '../ui/Splitter'
import { useKeybindings } from './useKeybindings'
import { useUnsavedGuard } from './useUnsavedGuard'
import { useThemeAttribute } from './useThemeAttribute'

export function Workbench() {
  const sideBarVisible = useWorkbenchStore((state) => state.sideBarVisible)
  const panelVisible = useWorkbenchStore((state) => state.panelVisible)
  const sizes = useWorkbenchStore((state) => state.layoutSizes)
  const maximized = useWorkbenchStore((state) => state.panelMaximized)
  const setLayoutSize = useWorkbenchStore((state) => state.setLayoutSize)
  const toggleMaximized = useWorkbenchStore((state) => state.togglePanelMaximized)
  const windowSize = useWindowSize()
  // The last session's tabs open before any editor or the autosave restore runs.
  useState(() => restoreSession(useWorkbenchStore, globalThis.localStorage))
  useEffect(() => startSessionPersistence(useWorkbenchStore, globalThis.localStorage), [])
  useSettingsLoader()
  const shell = useWorkbenchStore((state) => state.shell)
  const overrides = useWorkbenchStore((state) => state.settings?.values['keybindings.browserMode'])
  const commands = useMemo(
    () => withBrowserKeybindings(commandList, overrides, shell),
    [overrides, shell],
  )
  useKeybindings(commands, useWorkbenchStore)
  useThemeAttribute()
  useUnsavedGuard(useWorkbenchStore)
  // Limits keep the editor usable: at least 320 px of form beside the side bar, 120 px above the panel.
  const sideBarMax = Math.max(170, Math.min(windowSize.width * 0.5, windowSize.width - 48 - 320))
  const panelMax = Math.max(100, windowSize.height - 22 - 35 - 120)
  const sideBarWidth = Math.min(Math.max(sizes.sideBar, 170), sideBarMax)
  const panelHeight = Math.min(Math.max(sizes.panel, 100), panelMax)
  return (
    <div className="workbench" data-testid="workbench">
      <SessionLostBanner />
      <div className="workbench-body">
        <ActivityBar />
        {sideBarVisible ? (
          <>
            <SideBar width={sideBarWidth} />
            <Splitter
              orientation="vertical"
              label="Resize side bar"
              controls="side-bar"
              value={sideBarWidth}
              min={170}
              max={sideBarMax}
              onChange={(value) => setLayoutSize('sideBar', value)}
            />
          </>
        ) : null}
        <div className="workbench-main">
          <EditorArea hidden={panelVisible && maximized} />
          {panelVisible ? (
            <>
              {maximized ? null : (
                <Splitter
                  orientation="horizontal"
                  label="Resize panel"
                  controls="panel"
                  value={panelHeight}
                  min={100}
                  max={panelMax}
                  onChange={(value) => setLayoutSize('panel', value)}
                  onEnter={() => toggleMaximized(true)}
                  title="Drag or use the arrow keys; Enter or double-click maximizes the panel"
                />
              )}
              <Panel height={panelHeight} />
            </>
          ) : null}
        </div>
      </div>
      <StatusBar />
      <CommandPalette commands={commands} />
      <InputBox />
      <Notifications />
    </div>
  )
}

function useWindowSize(): { width: number; height: number } {
  const [size, setSize] = useState(() => ({ width: window.innerWidth, height: window.innerHeight }))
  useEffect(() => {
    const onResize = () => setSize({ width: window.innerWidth, height: window.innerHeight })
    window.addEventListener('resize', onResize)
    return () => window.removeEventListener('resize', onResize)
  }, [])
  return size
}
