import {
  savePreset as saveActivePreset,
  savePresetAs as saveActivePresetAs,
} from '../features/presets'
import { saveRawPreset } from '../features/raw'
import { saveStepPreset } from '../features/step'
import type { Command, CommandContext } from './command'

/** The active tab when it is a Raw Request or a Workflow Step tab (they save presets of their kind). */
function activeKindTab(
  context: CommandContext,
): { kind: 'raw' | 'step'; tabId: string } | undefined {
  const { activeTabId, rawTabs, stepTabs } = context.store.getState()
  if (!activeTabId) return undefined
  if (rawTabs[activeTabId]) return { kind: 'raw', tabId: activeTabId }
  if (stepTabs[activeTabId]) return { kind: 'step', tabId: activeTabId }
  return undefined
}

/**
 * Ctrl+S: the active tab becomes (or updates) a preset file of its kind: a composer tab a draft
 * preset, a Raw Request tab a raw preset, a Workflow Step tab a step preset.
 */
export const savePreset: Command = {
  id: 'presets.save',
  title: 'Save as Preset',
  category: 'Presets',
  keybinding: 'Ctrl+S',
  run: async (context) => {
    const active = activeKindTab(context)
    if (active?.kind === 'raw') await saveRawPreset(context, active.tabId)
    else if (active?.kind === 'step') await saveStepPreset(context, active.tabId)
    else await saveActivePreset(context)
  },
}

/** Ctrl+Shift+S: the active tab as a new preset of its kind, under a name you give. */
export const savePresetAs: Command = {
  id: 'presets.saveAs',
  title: 'Save As…',
  category: 'Presets',
  keybinding: 'Ctrl+Shift+S',
  run: async (context) => {
    const active = activeKindTab(context)
    if (active?.kind === 'raw') await saveRawPreset(context, active.tabId, { saveAs: true })
    else if (active?.kind === 'step') await saveStepPreset(context, active.tabId, { saveAs: true })
    else await saveActivePresetAs(context)
  },
}
