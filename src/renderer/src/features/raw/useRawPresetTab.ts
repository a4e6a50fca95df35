import { useEffect } from 'react'
import { useApi } from '../../api/ApiContext'
import type { EditorTab } from '../../state/editorSlice'
import { useWorkbenchStore } from '../../state/store'
import { sendSettingsOfPreset } from './rawPresetSettings'

/**
 * A Raw Request tab opened from a raw preset (its `resource` is the preset id) loads the body text
 * exactly as saved, its connection (by name) and its send settings. Returns whether the tab has
 * its state: `loading` while the preset is read.
 */
export function useRawPresetTab(tab: EditorTab): 'ready' | 'loading' | 'missing' {
  const api = useApi()
  const exists = useWorkbenchStore((state) => Boolean(state.rawTabs[tab.id]))
  const presetId = tab.kind === 'raw' ? tab.resource : undefined
  useEffect(() => {
    if (exists || !presetId) return
    void api['presets.get']({ id: presetId }).then((result) => {
      const state = useWorkbenchStore.getState()
      if (state.rawTabs[tab.id] || !state.tabs.some((open) => open.id === tab.id)) return
      if (!result.ok || result.value.preset.kind !== 'raw') {
        state.notify({
          level: 'error',
          message: 'The raw preset could not be opened.',
          detail: result.ok ? `"${presetId}" is not a raw preset.` : result.error.message,
        })
        state.closeTab(tab.id)
        return
      }
      const { preset, revision } = result.value
      const connection = state.connections.find(
        (candidate) => candidate.name === preset.connectionName,
      )
      state.putRawTab(tab.id, {
        presetId: result.value.id,
        text: preset.body,
        template: false,
        sendSettings: sendSettingsOfPreset(preset.sendSettings),
        ...(connection ? { connectionId: connection.id } : {}),
      })
      state.setTabRevision(tab.id, revision)
    })
  }, [exists, presetId, tab.id])
  return exists ? 'ready' : presetId ? 'loading' : 'missing'
}
