import { useEffect } from 'react'
import { useApi } from '../../api/ApiContext'
import type { EditorTab } from '../../state/editorSlice'
import { useWorkbenchStore } from '../../state/store'

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
    void api['presets.get']({ id: presetId }).then((result) => {
      const after = useWorkbenchStore.getState()
      if (after.stepTabs[tab.id] || !after.tabs.some((open) => open.id === tab.id)) return
      if (!result.ok || result.value.preset.kind !== 'step') {
        after.notify({
          level: 'error',
          message: 'The workflow step preset could not be opened.',
          detail: result.ok ? `"${presetId}" is not a step preset.` : result.error.message,
        })
        after.closeTab(tab.id)
        return
      }
      const { preset, revision } = result.value
      after.openStepTab(tab.id, {
        presetId: result.value.id,
        step: preset.step,
        contact: preset.contact,
      })
      after.setTabRevision(tab.id, revision)
    })
  }, [exists, presetId, tab.id])
}
