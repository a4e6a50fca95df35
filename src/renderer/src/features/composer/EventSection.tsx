import { eventNameGroups } from '../../../../shared/capi/model/eventNames'
import { useWorkbenchStore } from '../../state/store'
import { useDraftFields } from './useDraftFields'
import { CurrencyPicker } from './CurrencyPicker'
import { EventTimeField } from './EventTimeField'
import { Field, TextField } from './Field'
import { setCustomData, setTopLevel } from './draftUpdates'

const fields = ['eventName', 'eventId', 'customData', 'eventTime'] as const

/** What happened: event name, time, id, and currency and value (required for Purchase). */
export function EventSection({ tabId }: { tabId: string }) {
  const draft = useDraftFields(tabId, fields)
  const updateDraft = useWorkbenchStore((state) => state.updateDraft)
  if (!draft) return null
  const known = eventNameGroups.some((group) => group.names.includes(draft.eventName))
  const purchase = draft.eventName === 'Purchase'
  return (
    <fieldset className="composer-section">
      <legend>Event</legend>
      <div className="field-grid">
        <Field tabId={tabId} path="eventName" label="Event name">
          {(control) => (
            <select
              {...control}
              value={draft.eventName}
              onChange={(event) =>
                updateDraft(tabId, (current) =>
                  setTopLevel(current, 'eventName', event.target.value),
                )
              }
            >
              {known ? null : (
                <option value={draft.eventName}>{draft.eventName} (not allowed)</option>
              )}
              {eventNameGroups.map((group) => (
                <optgroup key={group.group} label={group.label}>
                  {group.names.map((name) => (
                    <option key={name} value={name}>
                      {name}
                    </option>
                  ))}
                </optgroup>
              ))}
            </select>
          )}
        </Field>
        <TextField
          tabId={tabId}
          path="eventId"
          label={
            <>
              Event ID <span className="optional">optional</span>
            </>
          }
          mono
          placeholder="e.g. order-10042"
          value={draft.eventId}
          onChange={(value) =>
            updateDraft(tabId, (current) => setTopLevel(current, 'eventId', value))
          }
        />
        <Field
          tabId={tabId}
          path="customData.currency"
          label={purchase ? 'Currency' : 'Currency (optional)'}
        >
          {(control) => (
            <CurrencyPicker
              control={control}
              value={draft.customData.currency}
              onChange={(code) =>
                updateDraft(tabId, (current) => setCustomData(current, 'currency', code))
              }
            />
          )}
        </Field>
        <TextField
          tabId={tabId}
          path="customData.value"
          label={purchase ? 'Value' : 'Value (optional)'}
          mono
          placeholder="49.90"
          value={draft.customData.value}
          onChange={(value) =>
            updateDraft(tabId, (current) => setCustomData(current, 'value', value))
          }
        />
        <TextField
          tabId={tabId}
          path="customData.orderId"
          label={
            <>
              Order ID <span className="optional">optional</span>
            </>
          }
          mono
          value={draft.customData.orderId}
          onChange={(value) =>
            updateDraft(tabId, (current) => setCustomData(current, 'orderId', value))
          }
        />
      </div>
      <Field tabId={tabId} path="eventTime" label="Event time">
        {(control) => (
          <EventTimeField
            control={control}
            value={draft.eventTime}
            onChange={(eventTime) => updateDraft(tabId, (current) => ({ ...current, eventTime }))}
          />
        )}
      </Field>
    </fieldset>
  )
}
