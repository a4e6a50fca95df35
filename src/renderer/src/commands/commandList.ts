import type { Command } from './command'
import { closeActiveTab } from './closeActiveTab'
import { cycleTheme } from './cycleTheme'
import { exportPresetCommands } from './exportPresets'
import { importPayload } from './importPayload'
import { connectionCommands } from './manageConnections'
import { historyCommands } from './manageHistory'
import { presetCommands } from './managePresets'
import { rawRequestCommands } from './rawRequestCommands'
import { newDraft } from './newDraft'
import { openSettings } from './openSettings'
import { openWelcome } from './openWelcome'
import { savePreset } from './savePreset'
import { sendTestEvent } from './sendTestEvent'
import { showCommandPalette } from './showCommandPalette'
import { showViewCommands } from './showView'
import { togglePanel } from './togglePanel'
import { toggleSideBar } from './toggleSideBar'

/** Every command the palette lists. Features add their command modules here. */
export const commandList: Command[] = [
  showCommandPalette,
  ...showViewCommands,
  toggleSideBar,
  togglePanel,
  closeActiveTab,
  cycleTheme,
  openWelcome,
  newDraft,
  sendTestEvent,
  savePreset,
  ...presetCommands,
  importPayload,
  ...exportPresetCommands,
  ...historyCommands,
  ...connectionCommands,
  ...rawRequestCommands,
  openSettings,
]
