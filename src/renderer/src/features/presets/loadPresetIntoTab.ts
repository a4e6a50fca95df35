import type { WorkbenchApi } from '../../../../shared/contract/api'
import type { Preset, PresetKind } from '../../../../shared/presets/presetSchema'
import { useWorkbenchStore, type WorkbenchState } from '../../state/store'

type PresetOfKind<K extends PresetKind> = Extract<Preset, { kind: K }>

/**
 * Loads the preset a tab was opened from (its `resource`) into that tab, for the Raw Request and
 * Workflow Step editors: `apply` runs only while the tab is still open and has no state yet, then
 * the tab takes the file's revision (for conflicts on save). A preset that is gone or of another
 * kind closes the tab, with a notification that says which.
 */
export function loadPresetIntoTab<K extends PresetKind>(options: {
  api: WorkbenchApi
  tabId: string
  presetId: string
  kind: K
  /** E.g. "raw preset": "The raw preset could not be opened." */
  noun: string
  /** E.g. "a raw preset": `"<id>" is not a raw preset.` */
  ofKind: string
  hasState: (state: WorkbenchState) => boolean
  apply: (state: WorkbenchState, loaded: { id: string; preset: PresetOfKind<K> }) => void
}): void {
  const { api, tabId, presetId, kind } = options
  void api['presets.get']({ id: presetId }).then((result) => {
    const state = useWorkbenchStore.getState()
    if (options.hasState(state) || !state.tabs.some((open) => open.id === tabId)) return
    if (!result.ok || result.value.preset.kind !== kind) {
      state.notify({
        level: 'error',
        message: `The ${options.noun} could not be opened.`,
        detail: result.ok ? `"${presetId}" is not ${options.ofKind}.` : result.error.message,
      })
      state.closeTab(tabId)
      return
    }
    options.apply(state, {
      id: result.value.id,
      preset: result.value.preset as PresetOfKind<K>,
    })
    state.setTabRevision(tabId, result.value.revision)
  })
}
