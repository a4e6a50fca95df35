import type { ExportScope } from '../../../shared/contract/transferChannels'
import { selectedPreset } from '../features/presets'
import { downloadText } from '../ui/downloadText'
import type { Command, CommandContext } from './command'

async function exportScope(context: CommandContext, scope: ExportScope): Promise<void> {
  const result = await context.api['transfer.export']({ scope })
  const state = context.store.getState()
  if (!result.ok) {
    state.notify({ level: 'error', message: 'Nothing was exported.', detail: result.error.message })
    return
  }
  downloadText(result.value.fileName, result.value.text)
  state.notify({
    level: 'success',
    message: `Exported ${result.value.count} preset(s) as ${result.value.fileName}.`,
  })
}

/** Export as one JSON bundle: the selected preset, the selected folder, or everything. */
export const exportPresetCommands: Command[] = [
  {
    id: 'presets.exportSelected',
    title: 'Export Selected Preset or Folder',
    category: 'Presets',
    isEnabled: ({ store }) => Boolean(store.getState().selectedPresetNode),
    run: async (context) => {
      const node = context.store.getState().selectedPresetNode
      if (!node) return
      const preset = selectedPreset(context)
      const scope: ExportScope = preset
        ? { kind: 'preset', id: preset.id }
        : { kind: 'folder', folder: node.replace(/^folder:/, '') }
      await exportScope(context, scope)
    },
  },
  {
    id: 'presets.exportAll',
    title: 'Export All Presets',
    category: 'Presets',
    run: (context) => exportScope(context, { kind: 'all' }),
  },
]
