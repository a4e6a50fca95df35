import { useEffect } from 'react'
import { useApi } from '../../api/ApiContext'
import type { EditorTab } from '../../state/editorSlice'
import { useWorkbenchStore } from '../../state/store'
import { loadPresetIntoTab } from '../presets/loadPresetIntoTab'
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
    loadPresetIntoTab({
      api,
      tabId: tab.id,
      presetId,
      kind: 'raw',
      noun: 'raw preset',
      ofKind: 'a raw preset',
      hasState: (state) => Boolean(state.rawTabs[tab.id]),
      apply: (state, { id, preset }) => {
        const connection = state.connections.find(
          (candidate) => candidate.name === preset.connectionName,
        )
        state.putRawTab(tab.id, {
          presetId: id,
          text: preset.body,
          template: false,
          sendSettings: sendSettingsOfPreset(preset.sendSettings),
          ...(connection ? { connectionId: connection.id } : {}),
        })
      },
    })
  }, [exists, presetId, tab.id])
  return exists ? 'ready' : presetId ? 'loading' : 'missing'
}
