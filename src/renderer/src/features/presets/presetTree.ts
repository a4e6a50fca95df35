import type { PresetSummary } from '../../../../shared/contract/presetsChannels'

export type TreeRow =
  | {
      kind: 'folder'
      node: string
      folder: string
      name: string
      depth: number
      expanded: boolean
      count: number
    }
  | { kind: 'preset'; node: string; preset: PresetSummary; depth: number }

function matches(preset: PresetSummary, filter: string): boolean {
  const needle = filter.trim().toLowerCase()
  if (needle === '') return true
  return [
    preset.name,
    preset.id,
    preset.eventName,
    preset.channel,
    preset.description,
    ...preset.tags,
  ]
    .join('\n')
    .toLowerCase()
    .includes(needle)
}

/**
 * The explorer's visible rows, top to bottom: folders first (alphabetical), then presets by name.
 * With a filter, only matching presets and the folders that lead to them are shown, all expanded.
 */
export function buildPresetTree(
  presets: PresetSummary[],
  folders: string[],
  filter: string,
  collapsed: Record<string, true>,
): TreeRow[] {
  const filtering = filter.trim() !== ''
  const visible = presets.filter((preset) => matches(preset, filter))
  const allFolders = new Set(folders)
  for (const preset of presets) {
    const parts = preset.folder === '' ? [] : preset.folder.split('/')
    parts.forEach((_, index) => allFolders.add(parts.slice(0, index + 1).join('/')))
  }
  const count = (folder: string) =>
    visible.filter((preset) => preset.folder === folder || preset.folder.startsWith(folder + '/'))
      .length
  const rows: TreeRow[] = []
  const walk = (parent: string, depth: number) => {
    const children = [...allFolders]
      .filter((folder) =>
        parent === ''
          ? !folder.includes('/')
          : folder.startsWith(parent + '/') && !folder.slice(parent.length + 1).includes('/'),
      )
      .sort((a, b) => a.localeCompare(b))
    for (const folder of children) {
      const folderCount = count(folder)
      if (filtering && folderCount === 0) continue
      const expanded = filtering || !collapsed[folder]
      rows.push({
        kind: 'folder',
        node: `folder:${folder}`,
        folder,
        name: folder.slice(folder.lastIndexOf('/') + 1),
        depth,
        expanded,
        count: folderCount,
      })
      if (expanded) walk(folder, depth + 1)
    }
    for (const preset of visible
      .filter((item) => item.folder === parent)
      .sort((a, b) => a.name.localeCompare(b.name))) {
      rows.push({ kind: 'preset', node: preset.id, preset, depth })
    }
  }
  walk('', 0)
  return rows
}
