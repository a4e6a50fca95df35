import type { PresetSummary } from '../../shared/contract/presetsChannels'
import { folderOf } from '../../shared/presets/presetId'
import {
  PresetContent,
  type Preset,
  type PresetContentInput,
} from '../../shared/presets/presetSchema'
import { AppError } from '../../shared/result'

/** Checks what an editor sends; every problem is named by its field. */
export function parseContent(input: PresetContentInput): PresetContent {
  const parsed = PresetContent.safeParse(input)
  if (!parsed.success) {
    throw new AppError(
      'invalid_input',
      'The preset is not valid.',
      parsed.error.issues.map((issue) => `${issue.path.join('.') || '(preset)'}: ${issue.message}`),
    )
  }
  return parsed.data
}

/** What the explorer lists for one preset file. */
export function summarize(id: string, preset: Preset, revision: string): PresetSummary {
  const draft = preset.draft as { channel?: unknown; eventName?: unknown }
  return {
    id,
    folder: folderOf(id),
    name: preset.name,
    description: preset.description,
    tags: preset.tags,
    ...(preset.connectionName !== undefined ? { connectionName: preset.connectionName } : {}),
    channel: String(draft.channel ?? ''),
    eventName: String(draft.eventName ?? ''),
    updatedAt: preset.updatedAt,
    revision,
  }
}
