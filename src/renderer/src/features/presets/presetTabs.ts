import type { Preset, PresetKind } from '../../../../shared/presets/presetSchema'
import type { WorkbenchState } from '../../state/store'

/** The editor that opens each kind of preset (see workbench/editorRegistry.ts). */
export const presetEditorKinds: Record<PresetKind, string> = {
  draft: 'composer',
  raw: 'raw',
  step: 'workflow-step',
}

/** The tab a preset opens in: `composer:preset:<id>`, `raw:preset:<id>`, `workflow-step:preset:<id>`. */
export function presetTabId(presetId: string, kind: PresetKind = 'draft'): string {
  return `${presetEditorKinds[kind]}:preset:${presetId}`
}

/** The preset an open tab edits, whatever its editor (composer, raw request, workflow step). */
export function presetOfTab(state: WorkbenchState, tabId: string): string | undefined {
  return (
    state.composerTabs[tabId]?.presetId ??
    state.rawTabs[tabId]?.presetId ??
    state.stepTabs[tabId]?.presetId
  )
}

/** After a rename or a move, every open tab of the preset follows it to its new id. */
export function retargetPresetTabs(
  state: WorkbenchState,
  oldId: string,
  newId: string,
  name: string,
  revision: string,
): void {
  for (const tab of state.tabs) {
    if (presetOfTab(state, tab.id) !== oldId) continue
    const composer = state.composerTabs[tab.id]
    if (composer) state.putComposerTab(tab.id, { ...composer, presetId: newId })
    if (state.rawTabs[tab.id]) state.setRawPreset(tab.id, newId)
    if (state.stepTabs[tab.id]) state.setStepPreset(tab.id, newId)
    state.setTabTitle(tab.id, name)
    state.setTabRevision(tab.id, revision)
  }
}

/** A clean tab takes the file's version (a tab whose preset changed kind is left alone). */
export function takeFromDisk(state: WorkbenchState, tabId: string, preset: Preset): boolean {
  const composer = state.composerTabs[tabId]
  if (composer && preset.kind === 'draft') {
    state.putComposerTab(tabId, { ...composer, draft: preset.draft })
    return true
  }
  if (state.rawTabs[tabId] && preset.kind === 'raw') {
    state.setRawText(tabId, preset.body)
    return true
  }
  const step = state.stepTabs[tabId]
  if (step && preset.kind === 'step') {
    state.dropStepTab(tabId)
    state.openStepTab(tabId, { ...step, step: preset.step, contact: preset.contact })
    return true
  }
  return false
}
