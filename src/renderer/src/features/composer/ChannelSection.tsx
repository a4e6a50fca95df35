import {
  channelIdKeys,
  channelIdLabels,
  channelInfo,
  messagingChannels,
  type ChannelIdKey,
} from '../../../../shared/capi/model/channels'
import { useWorkbenchStore } from '../../state/store'
import { TextField } from './Field'
import { applyConnectionDefaults, assetIdOrigin, setChannel, setChannelId } from './draftUpdates'
import { useComposerConnection } from './useComposerBuild'
import { useDraftFields } from './useDraftFields'

const placeholders: Partial<Record<ChannelIdKey, string>> = {
  ctwaClid: 'referral.ctwa_clid of the first message',
  pageScopedUserId: 'Webhook sender.id',
  igSid: 'Webhook sender.id',
}

/** The channel and its identifiers (sent as-is in user_data, never hashed). */
export function ChannelSection({ tabId }: { tabId: string }) {
  // Only the fields shown here: a keystroke in another section does not render this one again.
  const draft = useDraftFields(tabId, ['channel', 'ids'])
  const updateDraft = useWorkbenchStore((state) => state.updateDraft)
  const connection = useComposerConnection(tabId)
  if (!draft) return null
  const info = channelInfo[draft.channel]
  const origin = assetIdOrigin(draft, connection)
  const assetHint =
    origin.kind === 'connection'
      ? `From the connection "${connection?.name ?? ''}" (${origin.country ?? 'country not set'}).`
      : origin.kind === 'typed' && connection
        ? `Typed here, not the connection's${origin.connectionAssetId ? ` (${connection.name} uses ${origin.connectionAssetId})` : ''}.`
        : undefined
  return (
    <fieldset className="composer-section">
      <legend>Channel</legend>
      <div className="segmented" role="radiogroup" aria-label="Channel" data-field-path="channel">
        {messagingChannels.map((channel) => (
          <label key={channel} className={`segment${draft.channel === channel ? ' selected' : ''}`}>
            <input
              type="radio"
              name={`channel-${tabId}`}
              value={channel}
              checked={draft.channel === channel}
              onChange={() =>
                updateDraft(tabId, (current) => {
                  const next = setChannel(current, channel)
                  return connection ? applyConnectionDefaults(next, connection) : next
                })
              }
            />
            {channelInfo[channel].label}
          </label>
        ))}
      </div>
      <div className="field-grid">
        {channelIdKeys(draft.channel).map((key) => (
          <TextField
            key={key}
            tabId={tabId}
            path={`ids.${key}`}
            mono
            label={
              <>
                {channelIdLabels[key]}
                {info.optionalIds.includes(key) ? (
                  <span className="optional"> optional</span>
                ) : null}
              </>
            }
            placeholder={placeholders[key]}
            hint={key === info.assetIdKey ? assetHint : undefined}
            value={draft.ids[key]}
            onChange={(value) => updateDraft(tabId, (current) => setChannelId(current, key, value))}
          />
        ))}
      </div>
    </fieldset>
  )
}
