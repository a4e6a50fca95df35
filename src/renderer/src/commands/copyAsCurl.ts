import { endpointBaseUrl } from '../../../shared/connections/connectionSchema'
import { toCurl } from '../../../shared/redact'
import { activeComposerTabId } from '../features/composer'
import { shownResponse } from '../features/inspector'
import { copyText } from '../ui/copyText'
import type { Command } from './command'

/**
 * The shown answer's request as sent (token redacted), or else the active draft as a cURL
 * command (token as a placeholder, built by main like a send).
 */
export const copyAsCurl: Command = {
  id: 'composer.copyAsCurl',
  title: 'Copy as cURL',
  category: 'Composer',
  isEnabled: ({ store }) =>
    shownResponse(store.getState()) !== undefined || activeComposerTabId(store) !== undefined,
  run: async ({ store, api }) => {
    const state = store.getState()
    const shown = shownResponse(state)
    let text: string | undefined
    if (shown) text = toCurl(shown.request)
    else {
      const tabId = activeComposerTabId(store)
      const tab = tabId ? state.composerTabs[tabId] : undefined
      if (!tab) return
      const connection = state.connections.find((candidate) => candidate.id === tab.connectionId)
      const result = await api['transfer.copyAs']({
        format: 'curl',
        draft: tab.draft,
        ...(connection
          ? {
              target: {
                endpoint: endpointBaseUrl(connection.endpoint),
                datasetId: connection.datasetId,
                apiVersion: connection.apiVersion,
              },
            }
          : {}),
      })
      if (!result.ok) {
        state.notify({
          level: 'error',
          message: 'Could not build the cURL command.',
          detail: result.error.message,
        })
        return
      }
      text = result.value.text
    }
    try {
      await copyText(text, async (value) => {
        const viaMain = await api['app.copyText']({ text: value })
        return viaMain.ok && viaMain.value.copied
      })
      store
        .getState()
        .notify({ level: 'info', message: 'Copied as cURL (the token is a placeholder).' })
    } catch {
      store.getState().notify({ level: 'error', message: 'The clipboard refused the copy.' })
    }
  },
}
