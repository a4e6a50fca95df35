import { z } from 'zod'
import { slowAnswerMs } from '../capi/sendResult'
import { defaultApiVersion, metaGraphUrl } from '../connections/connectionSchema'

/**
 * The Workbench's settings, VS Code style: flat dotted keys in `settings.json` in the data
 * directory over these defaults. Each key validates on its own, so one bad value falls back to its
 * default without taking the others with it.
 */
export const settingsShape = {
  'send.timeoutMs': z.number().int().min(1500).max(60_000).default(10_000),
  'send.slowThresholdMs': z.number().int().min(100).max(60_000).default(slowAnswerMs),
  'history.size': z.number().int().min(10).max(100_000).default(1000),
  'connections.defaultApiVersion': z
    .string()
    .regex(/^v\d{1,3}\.\d$/, 'A Graph API version looks like v26.0.')
    .default(defaultApiVersion),
  'connections.defaultEndpoint': z
    .string()
    .url()
    .refine((url) => /^https?:\/\//.test(url), 'An http or https URL.')
    .default(metaGraphUrl),
  'workbench.theme': z.enum(['system', 'dark', 'light']).default('system'),
  /** Command id → keybinding (`Ctrl+Alt+Enter`), used in browser mode where the browser keeps some keys. */
  'keybindings.browserMode': z
    .record(
      z.string().min(1).max(100),
      z
        .string()
        .regex(
          /^((Ctrl|Shift|Alt)\+)*[^ +]+( ((Ctrl|Shift|Alt)\+)*[^ +]+)?$/,
          'A keybinding looks like Ctrl+Alt+Enter.',
        ),
    )
    .default({}),
} as const

export type SettingKey = keyof typeof settingsShape
export const settingKeys = Object.keys(settingsShape) as SettingKey[]

export const WorkbenchSettings = z.object(settingsShape)
export type WorkbenchSettings = z.infer<typeof WorkbenchSettings>

/** A partial change from the Settings editor (each value is checked against its key). */
export const SettingsChange = WorkbenchSettings.partial().strict()
export type SettingsChange = z.input<typeof SettingsChange>

export const defaultSettings: WorkbenchSettings = WorkbenchSettings.parse({})

export const SettingsProblem = z.object({
  /** The key at fault; absent for a file-level problem (broken JSON, not an object). */
  key: z.string().optional(),
  severity: z.enum(['error', 'warning']),
  message: z.string(),
  line: z.number().int(),
  column: z.number().int(),
})
export type SettingsProblem = z.infer<typeof SettingsProblem>

export const SettingsState = z.object({
  /** What applies: the defaults overlaid with every valid user value. */
  values: WorkbenchSettings,
  /** Keys the user's file sets with a valid value. */
  userKeys: z.array(z.string()),
  /** Keys this Workbench does not know: kept in the file, flagged here. */
  unknownKeys: z.array(z.string()),
  problems: z.array(SettingsProblem),
  /** The file could not be read as a JSON object: defaults apply and saving is refused. */
  broken: z.boolean(),
  path: z.string(),
})
export type SettingsState = z.infer<typeof SettingsState>
