import { z } from 'zod'
import { HistoryChanged } from './historyChannels'
import { PresetsChanged } from './presetsChannels'
import { SendProgress } from './sendProgress'

/** Main → renderer notifications. Each domain adds its own; payloads are validated like inputs. */
export const events = {
  'app.notice': z.object({ level: z.enum(['info', 'warning', 'error']), message: z.string() }),
  'send.progress': SendProgress,
  /** Preset files changed: by the app, or outside it (an editor, git pull); see presetsChannels. */
  'presets.changed': PresetsChanged,
  'history.changed': HistoryChanged,
}

export type EventName = keyof typeof events
export type EventPayload<K extends EventName> = z.infer<(typeof events)[K]>
export const eventNames = Object.keys(events) as EventName[]
