import {
  settingsShape,
  type SettingsChange,
  type WorkbenchSettings,
} from '../../../../shared/settings/settingsSchema'

/** The Settings editor's fields as typed (text), so a half-typed value is never lost. */
export interface SettingsForm {
  timeoutSeconds: string
  slowMs: string
  historySize: string
  apiVersion: string
  endpoint: string
  theme: WorkbenchSettings['workbench.theme']
  /** `command.id: Ctrl+Alt+Enter`, one a line. */
  keybindings: string
}

export function formFromSettings(values: WorkbenchSettings): SettingsForm {
  return {
    timeoutSeconds: String(values['send.timeoutMs'] / 1000),
    slowMs: String(values['send.slowThresholdMs']),
    historySize: String(values['history.size']),
    apiVersion: values['connections.defaultApiVersion'],
    endpoint: values['connections.defaultEndpoint'],
    theme: values['workbench.theme'],
    keybindings: Object.entries(values['keybindings.browserMode'])
      .map(([command, keys]) => `${command}: ${keys}`)
      .join('\n'),
  }
}

/** The change to save and the problems by field (each checked with the key's own zod schema). */
export function changeFromForm(form: SettingsForm): {
  change: SettingsChange
  problems: Partial<Record<keyof SettingsForm, string>>
} {
  const problems: Partial<Record<keyof SettingsForm, string>> = {}
  const change: Record<string, unknown> = {}
  function take(field: keyof SettingsForm, key: keyof typeof settingsShape, value: unknown) {
    const checked = settingsShape[key].safeParse(value)
    if (checked.success) change[key] = checked.data
    else problems[field] = checked.error.issues[0]?.message ?? 'Invalid value.'
  }
  const seconds = Number(form.timeoutSeconds)
  if (
    form.timeoutSeconds.trim() === '' ||
    !Number.isFinite(seconds) ||
    seconds < 1.5 ||
    seconds > 60
  )
    problems.timeoutSeconds = 'From 1.5 to 60 seconds.'
  else take('timeoutSeconds', 'send.timeoutMs', Math.round(seconds * 1000))
  take('slowMs', 'send.slowThresholdMs', Number(form.slowMs))
  take('historySize', 'history.size', Number(form.historySize))
  take('apiVersion', 'connections.defaultApiVersion', form.apiVersion.trim())
  take('endpoint', 'connections.defaultEndpoint', form.endpoint.trim())
  take('theme', 'workbench.theme', form.theme)
  const bindings: Record<string, string> = {}
  for (const line of form.keybindings.split('\n')) {
    if (line.trim() === '') continue
    const colon = line.indexOf(':')
    if (colon <= 0) {
      problems.keybindings = `"${line.trim()}" is not "command.id: Keys".`
      continue
    }
    bindings[line.slice(0, colon).trim()] = line.slice(colon + 1).trim()
  }
  if (!problems.keybindings) take('keybindings', 'keybindings.browserMode', bindings)
  return { change: change as SettingsChange, problems }
}
