import { useApi } from '../../api/ApiContext'
import { useWorkbenchStore } from '../../state/store'
import { Button } from '../../ui/Button'
import { isBrowserMode } from '../../workbench/runtimeMode'
import { newComposerTab } from '../composer'
import { deletePreset, duplicatePreset } from './presetActions'

/** New event, new folder, duplicate, rename, delete — the last three act on the selected preset. */
export function ExplorerToolbar({ selectedId }: { selectedId: string | undefined }) {
  const api = useApi()
  const context = { store: useWorkbenchStore, api }
  const state = useWorkbenchStore.getState
  return (
    <div className="explorer-toolbar" role="toolbar" aria-label="Preset actions">
      <Button
        variant="icon"
        icon="add"
        title={`New event (${isBrowserMode() ? 'Alt+N' : 'Ctrl+N'})`}
        aria-label="New event"
        onClick={() => newComposerTab(useWorkbenchStore)}
      />
      <Button
        variant="icon"
        icon="new-folder"
        title="New folder"
        aria-label="New folder"
        onClick={() => state().setPresetEditing('new-folder')}
      />
      <Button
        variant="icon"
        icon="copy"
        title="Duplicate"
        aria-label="Duplicate preset"
        disabled={!selectedId}
        onClick={() => selectedId && void duplicatePreset(context, selectedId)}
      />
      <Button
        variant="icon"
        icon="edit"
        title="Rename (F2)"
        aria-label="Rename preset"
        disabled={!selectedId}
        onClick={() => selectedId && state().setPresetEditing(selectedId)}
      />
      <Button
        variant="icon"
        icon="trash"
        title="Delete (Del)"
        aria-label="Delete preset"
        disabled={!selectedId}
        onClick={() => selectedId && void deletePreset(context, selectedId)}
      />
    </div>
  )
}
