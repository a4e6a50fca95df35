import { z } from 'zod'
import { SettingsChange, SettingsState } from '../settings/settingsSchema'
import { channel, noInput } from './channel'

export const settingsChannels = {
  /** The effective settings, the user's keys, unknown keys and problems (with line and column). */
  'settings.get': channel(noInput, SettingsState),
  /**
   * Writes the given keys into settings.json (atomically, owner-only), keeping every other key.
   * Refused (`settings_file_broken`) while the file does not parse: it is never overwritten.
   */
  'settings.save': channel(z.object({ changes: SettingsChange }).strict(), SettingsState),
}
