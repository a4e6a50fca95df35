import { jsonLocations, lineColumn } from '../json/jsonLocations'
import { parseJsonText } from '../json/parseJsonText'
import {
  defaultSettings,
  settingKeys,
  settingsShape,
  type SettingKey,
  type SettingsProblem,
  type WorkbenchSettings,
} from './settingsSchema'

export interface ReadSettings {
  values: WorkbenchSettings
  userKeys: SettingKey[]
  unknownKeys: string[]
  problems: SettingsProblem[]
  broken: boolean
}

function isSettingKey(key: string): key is SettingKey {
  return (settingKeys as string[]).includes(key)
}

/**
 * The effective settings from the text of `settings.json` (undefined: no file). A file that is not
 * a JSON object is reported with its line and column and the defaults apply; a bad value is
 * reported at its line and its default applies; unknown keys are flagged (and left in the file).
 */
export function readSettingsText(text: string | undefined): ReadSettings {
  const result: ReadSettings = {
    values: { ...defaultSettings },
    userKeys: [],
    unknownKeys: [],
    problems: [],
    broken: false,
  }
  if (text === undefined || text.trim() === '') return result
  const parsed = parseJsonText(text)
  if (!parsed.ok) {
    const where = lineColumn(text, parsed.offset)
    result.broken = true
    result.problems.push({
      severity: 'error',
      message: `settings.json is not valid JSON: ${parsed.message}. The defaults apply until it is fixed; the file is not overwritten.`,
      ...where,
    })
    return result
  }
  const value = JSON.parse(text) as unknown
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    result.broken = true
    result.problems.push({
      severity: 'error',
      message: 'settings.json must be a JSON object ({"send.timeoutMs": 10000, ...}).',
      line: 1,
      column: 1,
    })
    return result
  }
  const spans = jsonLocations(text)
  const where = (key: string) => lineColumn(text, spans.get(key)?.keyFrom ?? 0)
  const values: Record<string, unknown> = { ...result.values }
  for (const [key, raw] of Object.entries(value as Record<string, unknown>)) {
    if (!isSettingKey(key)) {
      result.unknownKeys.push(key)
      result.problems.push({
        key,
        severity: 'warning',
        message: `Unknown setting "${key}": kept in the file, not used.`,
        ...where(key),
      })
      continue
    }
    const checked = settingsShape[key].safeParse(raw)
    if (!checked.success) {
      result.problems.push({
        key,
        severity: 'error',
        message: `${key}: ${checked.error.issues[0]?.message ?? 'invalid value'}. The default (${JSON.stringify(defaultSettings[key])}) applies.`,
        ...where(key),
      })
      continue
    }
    values[key] = checked.data
    result.userKeys.push(key)
  }
  result.values = values as WorkbenchSettings
  return result
}
