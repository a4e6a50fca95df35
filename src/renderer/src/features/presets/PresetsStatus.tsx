import { useEffect } from 'react'
import { useShallow } from 'zustand/react/shallow'
import { useApi } from '../../api/ApiContext'
import { useWorkbenchStore } from '../../state/store'
import { Codicon } from '../../ui/Codicon'
import { startPresetSync } from './presetSync'

/**
 * Status bar item, always mounted: keeps presets in sync with main (listing, external changes,
 * autosave, restore after a crash) and shows a preset conflict when there is one.
 */
export function PresetsStatus() {
  const api = useApi()
  useEffect(() => startPresetSync({ store: useWorkbenchStore, api }), [])
  const conflicts = useWorkbenchStore(useShallow((state) => Object.values(state.presetConflicts)))
  if (conflicts.length === 0) return null
  return (
    <button
      type="button"
      className="status-item status-button"
      title={conflicts.map((conflict) => conflict.message).join('\n')}
      onClick={() => useWorkbenchStore.getState().showView('explorer')}
    >
      <Codicon name="warning" />{' '}
      {conflicts.length === 1 ? 'Preset conflict' : `${conflicts.length} preset conflicts`}
    </button>
  )
}
