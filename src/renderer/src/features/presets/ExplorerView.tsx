import { useMemo, type KeyboardEvent } from 'react'
import { useShallow } from 'zustand/react/shallow'
import { useApi } from '../../api/ApiContext'
import { useWorkbenchStore } from '../../state/store'
import { EmptyState } from '../../ui/EmptyState'
import { ExplorerNotices } from './ExplorerNotices'
import { ExplorerToolbar } from './ExplorerToolbar'
import { createFolder, deletePreset, movePreset } from './presetActions'
import { presetDragType } from './PresetTreeItem'
import { buildPresetTree } from './presetTree'
import { presetOfTab } from './presetTabs'
import { PresetTreeItem, RenameInput } from './PresetTreeItem'
import './presets.css'

/** The Presets side bar view: a filterable tree of folders and presets. */
export function ExplorerView() {
  const api = useApi()
  const context = { store: useWorkbenchStore, api }
  const { presets, folders, filter, collapsed, selected, loaded, error, editing } =
    useWorkbenchStore(
      useShallow((state) => ({
        presets: state.presets,
        folders: state.presetFolders,
        filter: state.presetFilter,
        collapsed: state.collapsedFolders,
        selected: state.selectedPresetNode,
        loaded: state.presetsLoaded,
        error: state.presetsError,
        editing: state.presetEditing,
      })),
    )
  const dirtyPresets = useWorkbenchStore(
    useShallow((state) =>
      state.tabs.filter((tab) => tab.dirty).map((tab) => presetOfTab(state, tab.id) ?? ''),
    ),
  )
  const conflicted = useWorkbenchStore(
    useShallow((state) =>
      Object.values(state.presetConflicts).map((conflict) => conflict.presetId),
    ),
  )
  const rows = useMemo(
    () => buildPresetTree(presets, folders, filter, collapsed),
    [presets, folders, filter, collapsed],
  )
  const selectedPreset = presets.find((preset) => preset.id === selected)

  const onTreeKeyDown = (event: KeyboardEvent) => {
    const index = rows.findIndex((row) => row.node === selected)
    const move = (next: number) => {
      const row = rows[Math.max(0, Math.min(rows.length - 1, next))]
      if (!row) return
      event.preventDefault()
      useWorkbenchStore.getState().selectPresetNode(row.node)
      document.querySelector<HTMLElement>(`[data-node="${CSS.escape(row.node)}"]`)?.focus()
    }
    if (event.key === 'ArrowDown') move(index + 1)
    else if (event.key === 'ArrowUp') move(index - 1)
    else if (event.key === 'Delete' && selectedPreset) void deletePreset(context, selectedPreset.id)
  }

  return (
    <div className="explorer">
      <ExplorerToolbar selectedId={selectedPreset?.id} />
      <input
        className="explorer-filter"
        type="search"
        placeholder="Filter presets"
        aria-label="Filter presets"
        value={filter}
        onChange={(event) => useWorkbenchStore.getState().setPresetFilter(event.target.value)}
      />
      <ExplorerNotices />
      {editing === 'new-folder' ? (
        <div className="tree-row tree-depth-0">
          <RenameInput
            initial=""
            label="Folder name"
            onDone={(name) => void createFolder(context, name)}
          />
        </div>
      ) : null}
      {error ? <p className="explorer-error">{error}</p> : null}
      {loaded && rows.length === 0 && !error ? (
        <EmptyState icon="files" title={filter ? 'No preset matches' : 'No presets yet'}>
          <p>
            {filter
              ? 'Try another word.'
              : 'Save an event with Ctrl+S, or import a customer’s payload.'}
          </p>
        </EmptyState>
      ) : (
        <ul
          className="tree"
          role="tree"
          aria-label="Presets"
          onKeyDown={onTreeKeyDown}
          onDragOver={(event) => {
            if (event.dataTransfer.types.includes(presetDragType)) event.preventDefault()
          }}
          onDrop={(event) => {
            event.preventDefault()
            void movePreset(context, event.dataTransfer.getData(presetDragType), '')
          }}
        >
          {rows.map((row, index) => (
            <PresetTreeItem
              key={row.node}
              row={row}
              selected={row.node === selected}
              focusable={
                row.node === selected ||
                (index === 0 && !rows.some((item) => item.node === selected))
              }
              dirty={row.kind === 'preset' && dirtyPresets.includes(row.preset.id)}
              conflict={row.kind === 'preset' && conflicted.includes(row.preset.id)}
            />
          ))}
        </ul>
      )}
    </div>
  )
}
