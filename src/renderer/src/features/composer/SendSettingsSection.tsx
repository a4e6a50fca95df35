import { useWorkbenchStore } from '../../state/store'
import { emptySendSettings, SendSettingsFields } from '../sendSettings'

/** This tab's extra request headers and timeout (shown in the request as sent and in cURL). */
export function SendSettingsSection({ tabId }: { tabId: string }) {
  const settings = useWorkbenchStore((state) => state.composerTabs[tabId]?.sendSettings)
  const setSettings = useWorkbenchStore((state) => state.setComposerSendSettings)
  return (
    <fieldset className="composer-section">
      <legend>Send settings</legend>
      <div className="raw-settings composer-send-settings">
        <SendSettingsFields
          idPrefix={`composer-${tabId}`}
          settings={settings ?? emptySendSettings}
          onChange={(change) => setSettings(tabId, change)}
        />
      </div>
    </fieldset>
  )
}
