import type { PresetSendSettings } from '../../../../shared/presets/presetSchema'
import { emptySendSettings, parseSendSettings, type SendSettings } from '../sendSettings'

/** A raw preset's saved headers and timeout as the tab's typed fields (`name: value` lines, seconds). */
export function sendSettingsOfPreset(saved: PresetSendSettings | undefined): SendSettings {
  if (!saved) return emptySendSettings
  return {
    headersText: Object.entries(saved.headers ?? {})
      .map(([name, value]) => `${name}: ${value}`)
      .join('\n'),
    timeoutText: saved.timeoutMs === undefined ? '' : String(saved.timeoutMs / 1000),
  }
}

/** The tab's typed send settings as a raw preset keeps them; `errors` when they do not parse. */
export function presetSendSettings(
  settings: SendSettings,
): { ok: true; value: PresetSendSettings | undefined } | { ok: false; errors: string[] } {
  const parsed = parseSendSettings(settings)
  if (parsed.errors.length > 0) return { ok: false, errors: parsed.errors }
  const value: PresetSendSettings = {
    ...(parsed.headers ? { headers: parsed.headers } : {}),
    ...(parsed.timeoutMs !== undefined ? { timeoutMs: parsed.timeoutMs } : {}),
  }
  return { ok: true, value: Object.keys(value).length > 0 ? value : undefined }
}
