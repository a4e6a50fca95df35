import { openImportTab } from '../features/import'
import type { Command } from './command'

/** Opens the Import tab: a customer's body, `data` array or cURL command, or a preset bundle. */
export const importPayload: Command = {
  id: 'presets.import',
  title: 'Import Payload, cURL Command or Preset Bundle…',
  category: 'Presets',
  run: () => openImportTab(),
}
