import { useMemo } from 'react'
import { commandList } from '../commands/commandList'
import { useSettingsLoader, withBrowserKeybindings } from '../features/settings'
import { useWorkbenchStore } from '../state/store'
import { ActivityBar } from './ActivityBar'
import { CommandPalette } from './CommandPalette'
import { EditorArea } from './EditorArea'
import { Notifications } from './Notifications'
import { Panel } from './Panel'
import { SideBar } from './SideBar'
import { StatusBar } from './StatusBar'
import { useKeybindings } from './useKeybindings'
import { useThemeAttribute } from './useThemeAttribute'

export function Workbench() {
  const sideBarVisible = useWorkbenchStore((state) => state.sideBarVisible)
  const panelVisible = useWorkbenchStore((state) => state.panelVisible)
  useSettingsLoader()
  const shell = useWorkbenchStore((state) => state.shell)
  const overrides = useWorkbenchStore((state) => state.settings?.values['keybindings.browserMode'])
  const commands = useMemo(
    () => withBrowserKeybindings(commandList, overrides, shell),
    [overrides, shell],
  )
  useKeybindings(commands, useWorkbenchStore)
  useThemeAttribute()
  return (
    <div className="workbench" data-testid="workbench">
      <div className="workbench-body">
        <ActivityBar />
        {sideBarVisible ? <SideBar /> : null}
        <div className="workbench-main">
          <EditorArea />
          {panelVisible ? <Panel /> : null}
        </div>
      </div>
      <StatusBar />
      <CommandPalette commands={commands} />
      <Notifications />
    </div>
  )
}
