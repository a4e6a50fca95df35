import { channelInfo, type MessagingChannel } from '../../../../shared/capi/model/channels'
import type { CommandContext } from '../../commands/command'
import { askText } from '../../state/inputSlice'
import { rawBodyFacts } from '../../../../shared/presets/presetFacts'
import { savePresetFromTab } from '../presets'
import { presetSendSettings } from './rawPresetSettings'

function defaultName(text: string): string {
  const { eventName, channel } = rawBodyFacts(text)
  const label = channel in channelInfo ? channelInfo[channel as MessagingChannel].label : channel
  return ['Raw', eventName, label].filter(Boolean).join(' – ')
}

/**
 * Ctrl+S in a Raw Request tab: the body (as text, byte for byte), the connection's name and the
 * tab's send settings become a raw preset, or update the one the tab came from. `saveAs` asks for
 * a name and always writes a new preset.
 */
export async function saveRawPreset(
  context: CommandContext,
  tabId: string,
  options: { saveAs?: boolean } = {},
): Promise<boolean> {
  const { store } = context
  const tab = store.getState().rawTabs[tabId]
  if (!tab) return false
  const settings = presetSendSettings(tab.sendSettings)
  if (!settings.ok) {
    store.getState().notify({
      level: 'error',
      message: 'The preset was not saved: fix the send settings first.',
      detail: settings.errors.join(' '),
    })
    return false
  }
  let asName: string | undefined
  if (options.saveAs) {
    asName = await askText(store, {
      title: 'Save As',
      prompt: 'Name of the new raw preset',
      value: defaultName(tab.text),
      validate: (value) => (value.trim() === '' ? 'A preset needs a name.' : undefined),
    })
    if (asName === undefined) return false
  }
  const state = store.getState()
  const latest = state.rawTabs[tabId] ?? tab
  const connectionName = state.connections.find(
    (connection) => connection.id === latest.connectionId,
  )?.name
  return savePresetFromTab(context, {
    tabId,
    presetId: latest.presetId,
    ...(asName !== undefined ? { asName } : {}),
    content: {
      kind: 'raw',
      name: defaultName(latest.text),
      body: latest.text,
      ...(connectionName ? { connectionName } : {}),
      ...(settings.value ? { sendSettings: settings.value } : {}),
    },
    onSaved: (stored) => store.getState().setRawPreset(tabId, stored.id),
  })
}
