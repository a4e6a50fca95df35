import { useEffect } from 'react'
import { useApi } from '../../api/ApiContext'
import type { EditorTab } from '../../state/editorSlice'
import { useWorkbenchStore } from '../../state/store'
import { loadPresetIntoTab } from '../presets/loadPresetIntoTab'

/**
 * Gives a Workflow Step tab its state: a tab opened from a step preset (its `resource` is the
 * preset id) loads the preset's step and contact; any other starts from the default step.
 */
export function useStepPresetTab(tab: EditorTab): void {
  const api = useApi()
  const exists = useWorkbenchStore((state) => state.stepTabs[tab.id] !== undefined)
  const presetId = tab.resource
  useEffect(() => {
    if (exists) return
    const state = useWorkbenchStore.getState()
    if (!presetId) {
      state.openStepTab(tab.id)
      return
    }
    loadPresetIntoTab({
      api,
      tabId: tab.id,
      presetId,
      kind: 'step',
      noun: 'workflow step preset',
      ofKind: 'a step preset',
      hasState: (after) => after.stepTabs[tab.id] !== undefined,
      apply: (after, { id, preset }) =>
        after.openStepTab(tab.id, { presetId: id, step: preset.step, contact: preset.contact }),
    })
  }, [exists, presetId, tab.id])
}
