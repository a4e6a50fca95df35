import { useState, type DragEvent, type KeyboardEvent } from 'react'
import { useApi } from '../../api/ApiContext'
import { Codicon } from '../../ui/Codicon'
import { useWorkbenchStore } from '../../state/store'
import { moveByKeyboard } from './moveByKeyboard'
import { movePreset, openPreset, renamePreset } from './presetActions'
import type { TreeRow } from './presetTree'
import type { PresetKind } from '../../../../shared/presets/presetSchema'

/** Each kind's icon and the words a screen reader says for it. */
export const presetKindIcons: Record<PresetKind, { icon: string; label: string }> = {
  draft: { icon: 'symbol-event', label: 'Draft preset' },
  raw: { icon: 'json', label: 'Raw request preset' },
  step: { icon: 'type-hierarchy-sub', label: 'Workflow step preset' },
}

/** Dragging a preset carries its id under this type; folders (and the tree, for the top level) accept it. */
export const presetDragType = 'application/x-capi-preset'

/** One row of the presets tree: a folder (drop target) or a preset (draggable, opens on Enter). */
export function PresetTreeItem({
  row,
  selected,
  focusable,
  dirty,
  conflict,
}: {
  row: TreeRow
  selected: boolean
  focusable: boolean
  dirty: boolean
  conflict: boolean
}) {
  const api = useApi()
  const editing = useWorkbenchStore((state) => state.presetEditing === row.node)
  const cut = useWorkbenchStore(
    (state) => row.kind === 'preset' && state.presetCut === row.preset.id,
  )
  const [dropping, setDropping] = useState(false)
  const context = { store: useWorkbenchStore, api }
  const state = useWorkbenchStore.getState
  const activate = () => {
    state().selectPresetNode(row.node)
    if (row.kind === 'folder') state().toggleFolder(row.folder)
    else openPreset(context, row.preset)
  }
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault()
      activate()
    } else if (event.key === 'F2' && row.kind === 'preset') {
      event.preventDefault()
      state().setPresetEditing(row.node)
    } else {
      moveByKeyboard(event, row, context)
    }
  }
  const folderDrop =
    row.kind === 'folder'
      ? {
          onDragOver: (event: DragEvent) => {
            if (!event.dataTransfer.types.includes(presetDragType)) return
            event.preventDefault()
            setDropping(true)
          },
          onDragLeave: () => setDropping(false),
          onDrop: (event: DragEvent) => {
            event.preventDefault()
            event.stopPropagation()
            setDropping(false)
            void movePreset(context, event.dataTransfer.getData(presetDragType), row.folder)
          },
        }
      : {}
  const classes = [
    'tree-row',
    `tree-depth-${Math.min(row.depth, 6)}`,
    selected ? 'tree-row-selected' : '',
    dropping ? 'tree-row-drop' : '',
    cut ? 'tree-row-cut' : '',
  ]
  return (
    <li
      role="treeitem"
      aria-selected={selected}
      aria-expanded={row.kind === 'folder' ? row.expanded : undefined}
      aria-level={row.depth + 1}
      tabIndex={focusable ? 0 : -1}
      className={classes.filter(Boolean).join(' ')}
      data-node={row.node}
      draggable={row.kind === 'preset' && !editing}
      onDragStart={
        row.kind === 'preset'
          ? (event) => event.dataTransfer.setData(presetDragType, row.preset.id)
          : undefined
      }
      onClick={() => (editing ? undefined : activate())}
      onKeyDown={editing ? undefined : onKeyDown}
      {...folderDrop}
    >
      {row.kind === 'folder' ? (
        <>
          <Codicon name={row.expanded ? 'chevron-down' : 'chevron-right'} />
          <Codicon name={row.expanded ? 'folder-opened' : 'folder'} />
          <span className="tree-label" title={row.name}>
            {row.name}
          </span>
          <span className="tree-count">{row.count}</span>
        </>
      ) : editing ? (
        <RenameInput
          initial={row.preset.name}
          onDone={(name) => void renamePreset(context, row.preset.id, name)}
        />
      ) : (
        <>
          <span className="tree-twistie" />
          <Codicon
            name={presetKindIcons[row.preset.kind].icon}
            label={presetKindIcons[row.preset.kind].label}
            className={`tree-kind tree-kind-${row.preset.kind}`}
          />
          <span
            className="tree-label"
            title={`${row.preset.name}\n${row.preset.id}\n${presetKindIcons[row.preset.kind].label}: ${row.preset.eventName || '(event not named)'} · ${row.preset.channel || '(channel not named)'}`}
          >
            {row.preset.name}
          </span>
          <span className="tree-detail">{row.preset.eventName}</span>
          {conflict ? (
            <Codicon
              name="warning"
              label="Changed on disk while edited"
              className="tree-conflict"
            />
          ) : null}
          {dirty ? (
            <Codicon name="circle-filled" label="Unsaved changes" className="tree-dirty" />
          ) : null}
        </>
      )}
    </li>
  )
}

export function RenameInput({
  initial,
  onDone,
  label = 'New name',
}: {
  initial: string
  onDone: (value: string) => void
  label?: string
}) {
  const [value, setValue] = useState(initial)
  return (
    <input
      className="tree-input"
      aria-label={label}
      autoFocus
      value={value}
      onChange={(event) => setValue(event.target.value)}
      onClick={(event) => event.stopPropagation()}
      onBlur={() => onDone(value)}
      onKeyDown={(event) => {
        event.stopPropagation()
        if (event.key === 'Enter') onDone(value)
        if (event.key === 'Escape') onDone(initial)
      }}
    />
  )
}
