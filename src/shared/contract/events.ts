import { z } from 'zod'
import { ContactsChanged } from './contactsChannels'
import { HistoryChanged } from './historyChannels'
import { PresetsChanged } from './presetsChannels'
import { SettingsState } from '../settings/settingsSchema'
import { SendProgress } from './sendProgress'
import { TestEventsReceived } from './testEventsChannels'

/** Main → renderer notifications. Each domain adds its own; payloads are validated like inputs. */
export const events = {
  'app.notice': z.object({ level: z.enum(['info', 'warning', 'error']), message: z.string() }),
  'send.progress': SendProgress,
  /** Preset files changed: by the app, or outside it (an editor, git pull); see presetsChannels. */
  'presets.changed': PresetsChanged,
  'history.changed': HistoryChanged,
  /** A connection was saved, deleted, got or lost its token, or was checked (by the app or the CLI). */
  'connections.changed': z.object({
    id: z.string(),
    change: z.enum(['saved', 'deleted', 'token', 'checked']),
  }),
  /** Events a watched sandbox received (Test events view); see testEventsChannels. */
  'testEvents.received': TestEventsReceived,
  /** settings.json changed (a hand edit, or a save): the settings as they now apply. */
  'settings.changed': SettingsState,
  /** Contacts were saved, duplicated, imported or deleted (by this or another window, or the CLI). */
  'contacts.changed': ContactsChanged,
}

export type EventName = keyof typeof events
export type EventPayload<K extends EventName> = z.infer<(typeof events)[K]>
export const eventNames = Object.keys(events) as EventName[]
