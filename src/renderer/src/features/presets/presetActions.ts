import type { CommandContext } from '../../commands/command'
import type { PresetSummary } from '../../../../shared/contract/presetsChannels'
import { presetEditorKinds, presetOfTab, presetTabId, retargetPresetTabs } from './presetTabs'

/** The folder new things go into: the selected folder, or the selected preset's folder. */
export function selectedFolder(context: CommandContext): string {
  const { selectedPresetNode, presets } = context.store.getState()
  if (!selectedPresetNode) return ''
  if (selectedPresetNode.startsWith('folder:')) return selectedPresetNode.slice('folder:'.length)
  return presets.find((preset) => preset.id === selectedPresetNode)?.folder ?? ''
}

export function selectedPreset(context: CommandContext): PresetSummary | undefined {
  const { selectedPresetNode, presets } = context.store.getState()
  return presets.find((preset) => preset.id === selectedPresetNode)
}

export async function refreshPresets({ store, api }: CommandContext): Promise<void> {
  const result = await api['presets.list']()
  const state = store.getState()
  if (!result.ok) {
    state.setPresetsError(result.error.message)
    return
  }
  state.setPresetListing(result.value)
  state.addQuarantineMessages(result.value.quarantined)
}

export { presetTabId }

/**
 * Opens a preset in the editor of its kind: a draft in a composer tab, a raw preset in a Raw
 * Request tab, a step preset in a Workflow Step tab. Each editor loads the preset from the tab's
 * resource (so a tab reopened with the last session loads it too).
 */
export function openPreset({ store }: CommandContext, preset: PresetSummary): void {
  const state = store.getState()
  const open = state.tabs.find((tab) => presetOfTab(state, tab.id) === preset.id)
  if (open) {
    state.activateTab(open.id)
    return
  }
  const tabId = presetTabId(preset.id, preset.kind)
  if (!state.tabs.some((tab) => tab.id === tabId)) state.setTabRevision(tabId, preset.revision)
  state.openTab({
    kind: presetEditorKinds[preset.kind],
    id: tabId,
    title: preset.name,
    resource: preset.id,
  })
}

async function run<T>(
  context: CommandContext,
  call: Promise<{ ok: true; value: T } | { ok: false; error: { message: string } }>,
  failure: string,
): Promise<T | undefined> {
  const result = await call
  if (!result.ok) {
    context.store
      .getState()
      .notify({ level: 'error', message: failure, detail: result.error.message })
    return undefined
  }
  return result.value
}

export async function renamePreset(
  context: CommandContext,
  id: string,
  name: string,
): Promise<void> {
  const trimmed = name.trim()
  const state = context.store.getState()
  state.setPresetEditing(undefined)
  const current = state.presets.find((preset) => preset.id === id)
  if (!current || trimmed === '' || trimmed === current.name) return
  const stored = await run(
    context,
    context.api['presets.rename']({ id, name: trimmed }),
    'The preset could not be renamed.',
  )
  if (!stored) return
  retargetTabs(context, id, stored.id, stored.preset.name, stored.revision)
  context.store.getState().selectPresetNode(stored.id)
  await refreshPresets(context)
}

export async function movePreset(
  context: CommandContext,
  id: string,
  folder: string,
): Promise<void> {
  const current = context.store.getState().presets.find((preset) => preset.id === id)
  if (!current || current.folder === folder) return
  const stored = await run(
    context,
    context.api['presets.move']({ id, folder }),
    'The preset could not be moved.',
  )
  if (!stored) return
  retargetTabs(context, id, stored.id, stored.preset.name, stored.revision)
  context.store.getState().selectPresetNode(stored.id)
  await refreshPresets(context)
}

export async function duplicatePreset(context: CommandContext, id: string): Promise<void> {
  const stored = await run(
    context,
    context.api['presets.duplicate']({ id }),
    'The preset could not be duplicated.',
  )
  if (!stored) return
  context.store.getState().selectPresetNode(stored.id)
  await refreshPresets(context)
}

export async function deletePreset(context: CommandContext, id: string): Promise<void> {
  const stored = await run(
    context,
    context.api['presets.delete']({ id }),
    'The preset could not be deleted.',
  )
  if (!stored) return
  const state = context.store.getState()
  state.setLastDeleted({ id: stored.id, preset: stored.preset })
  state.notify({
    level: 'info',
    message: `Deleted "${stored.preset.name}".`,
    detail: 'Undo with "Presets: Undo Delete" or the Undo button in the explorer.',
  })
  await refreshPresets(context)
  focusAfterDelete()
}

/** Focus goes to the explorer's current item (or its Undo button), not to the page's body. */
function focusAfterDelete(): void {
  if (typeof document === 'undefined') return
  requestAnimationFrame(() => {
    const active = document.activeElement
    if (active && active !== document.body && document.contains(active)) return
    document
      .querySelector<HTMLElement>(
        '[role="tree"] [role="treeitem"][tabindex="0"], [role="tree"] [role="treeitem"], .explorer-undo button, [role="tree"]',
      )
      ?.focus()
  })
}

export async function undoDeletePreset(context: CommandContext): Promise<void> {
  const deleted = context.store.getState().lastDeleted
  if (!deleted) return
  const stored = await run(
    context,
    context.api['presets.restore'](deleted),
    'The preset could not be restored.',
  )
  if (!stored) return
  const state = context.store.getState()
  state.setLastDeleted(undefined)
  state.selectPresetNode(stored.id)
  await refreshPresets(context)
}

export async function createFolder(context: CommandContext, name: string): Promise<void> {
  const state = context.store.getState()
  state.setPresetEditing(undefined)
  const trimmed = name.trim()
  if (trimmed === '') return
  const parent = selectedFolder(context)
  const folder = parent === '' ? trimmed : `${parent}/${trimmed}`
  const created = await run(
    context,
    context.api['presets.createFolder']({ folder }),
    'The folder could not be created.',
  )
  if (!created) return
  context.store.getState().selectPresetNode(`folder:${folder}`)
  await refreshPresets(context)
}

/** After a rename or move, open tabs follow the preset to its new id. */
function retargetTabs(
  context: CommandContext,
  oldId: string,
  newId: string,
  name: string,
  revision: string,
): void {
  retargetPresetTabs(context.store.getState(), oldId, newId, name, revision)
}
