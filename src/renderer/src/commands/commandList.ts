import { cancelSend } from './cancelSend'
import type { Command } from './command'
import { contactCommands } from './manageContacts'
import { copyAsCurl } from './copyAsCurl'
import { closeActiveTab } from './closeActiveTab'
import { compareCommands } from './compareCommands'
import { cycleTheme } from './cycleTheme'
import { exportPresetCommands } from './exportPresets'
import { exportStep } from './exportStep'
import { importPayload } from './importPayload'
import { connectionCommands } from './manageConnections'
import { historyCommands } from './manageHistory'
import { presetCommands } from './managePresets'
import { rawRequestCommands } from './rawRequestCommands'
import { newDraft } from './newDraft'
import { newWorkflowStep } from './newWorkflowStep'
import { openTestEventsView } from './openTestEventsView'
import { openSettings } from './openSettings'
import { openWelcome } from './openWelcome'
import { focusProblems, nextProblem, previousProblem } from './problemNavigation'
import { savePreset, savePresetAs } from './savePreset'
import { sendTestEvent } from './sendTestEvent'
import { showCommandPalette } from './showCommandPalette'
import { showKeyboardShortcuts } from './showKeyboardShortcuts'
import { showViewCommands } from './showView'
import { nextTab, previousTab, reopenClosedTab } from './tabNavigation'
import { maximizePanel } from './maximizePanel'
import { focusPanel, togglePanel } from './togglePanel'
import { toggleSideBar } from './toggleSideBar'

/** Every command the palette lists. Features add their command modules here. */
export const commandList: Command[] = [
  showCommandPalette,
  ...showViewCommands,
  toggleSideBar,
  togglePanel,
  focusPanel,
  closeActiveTab,
  reopenClosedTab,
  nextTab,
  previousTab,
  maximizePanel,
  cycleTheme,
  openWelcome,
  newDraft,
  sendTestEvent,
  cancelSend,
  copyAsCurl,
  focusProblems,
  nextProblem,
  previousProblem,
  showKeyboardShortcuts,
  savePreset,
  savePresetAs,
  ...presetCommands,
  importPayload,
  ...exportPresetCommands,
  ...historyCommands,
  ...connectionCommands,
  newWorkflowStep,
  exportStep,
  openTestEventsView,
  ...rawRequestCommands,
  openSettings,
  ...compareCommands,
  ...contactCommands,
]
