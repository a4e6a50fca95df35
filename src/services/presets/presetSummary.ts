import type { PresetSummary } from '../../shared/contract/presetsChannels'
import { presetFacts } from '../../shared/presets/presetFacts'
import { folderOf } from '../../shared/presets/presetId'
import {
  PresetContent,
  type Preset,
  type PresetContentInput,
} from '../../shared/presets/presetSchema'
import { redactToken } from '../../shared/redact'
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
  if (parsed.data.kind === 'raw' && redactToken(parsed.data.body) !== parsed.data.body) {
    throw new AppError(
      'invalid_input',
      'The raw body holds an access token (or access_token / appsecret_proof); a preset never keeps one. Remove it and save again: the send takes the token from the keychain.',
    )
  }
  return parsed.data
}

/** What the explorer lists for one preset file. */
export function summarize(id: string, preset: Preset, revision: string): PresetSummary {
  return {
    id,
    kind: preset.kind,
    folder: folderOf(id),
    name: preset.name,
    description: preset.description,
    tags: preset.tags,
    ...(preset.connectionName !== undefined ? { connectionName: preset.connectionName } : {}),
    ...presetFacts(preset),
    updatedAt: preset.updatedAt,
    revision,
  }
}
