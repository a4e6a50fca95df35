import type { StoredPreset } from '../../shared/contract/presetsChannels'
import { isValidPresetId } from '../../shared/presets/presetId'
import { AppError } from '../../shared/result'
import type { PresetStore } from '../../services/presets/presetStore'
import { UsageError } from '../cliCommand'

/**
 * The preset `--preset REF` names: its id (`acme/purchase`, as `capi preset list` shows), else its
 * name when exactly one preset has it. Not found or ambiguous → a usage error that says what to type.
 */
export async function findPreset(store: PresetStore, ref: string): Promise<StoredPreset> {
  if (isValidPresetId(ref)) {
    try {
      return await store.get(ref)
    } catch (error) {
      if (!(error instanceof AppError) || error.code !== 'not_found') throw asUsage(error)
    }
  }
  const { presets } = await store.list()
  const named = presets.filter((preset) => preset.name === ref)
  const matches =
    named.length > 0
      ? named
      : presets.filter((preset) => preset.name.toLowerCase() === ref.toLowerCase())
  if (matches.length === 1)
    return store.get(matches[0]!.id).catch((error) => {
      throw asUsage(error)
    })
  if (matches.length > 1) {
    throw new UsageError(
      `${matches.length} presets are named "${ref}": give the id instead (${matches.map((preset) => preset.id).join(', ')}).`,
    )
  }
  throw new UsageError(`there is no preset "${ref}" (capi preset list shows the ids).`)
}

/** A preset that does not load (quarantined just now) is the person's input to fix: exit 2. */
function asUsage(error: unknown): unknown {
  return error instanceof AppError ? new UsageError(error.message) : error
}
