import { useState } from 'react'
import type { MessagingChannel } from '../../../../shared/capi/model/channels'
import { useWorkbenchStore } from '../../state/store'
import { formatFields, parseNestedFields } from './fieldLines'
import { StepStoredContact } from './StepStoredContact'

const channels: { channel: MessagingChannel; label: string }[] = [
  { channel: 'whatsapp', label: 'WhatsApp' },
  { channel: 'messenger', label: 'Messenger' },
  { channel: 'instagram', label: 'Instagram' },
]

/** The contact the step runs for: channel, its IDs, contact fields and workflow variables. */
export function StepContactForm({ tabId }: { tabId: string }) {
  const contact = useWorkbenchStore((state) => state.stepTabs[tabId]?.contact)
  const update = useWorkbenchStore((state) => state.updateStepContact)
  const [fieldsText, setFieldsText] = useState(() => formatFields(contact?.contact ?? {}))
  const [workflowText, setWorkflowText] = useState(() => formatFields(contact?.workflow ?? {}))
  if (!contact) return null
  const base = `step-${tabId}-contact`.replace(/[^A-Za-z0-9_-]/g, '-')
  const fromAd = typeof contact.ctwa_clid === 'string'
  return (
    <form
      className="step-contact"
      aria-label="Contact"
      onSubmit={(event) => event.preventDefault()}
    >
      <fieldset className="composer-section">
        <legend>Contact</legend>
        <StepStoredContact
          tabId={tabId}
          onPicked={(picked) => {
            setFieldsText(formatFields(picked.contact ?? {}))
            setWorkflowText(formatFields(picked.workflow ?? {}))
          }}
        />
        <div className="segmented" role="radiogroup" aria-label="Conversation channel">
          {channels.map(({ channel, label }) => (
            <label
              key={channel}
              className={`segment${contact.channel === channel ? ' selected' : ''}`}
            >
              <input
                type="radio"
                name={`${base}-channel`}
                checked={contact.channel === channel}
                onChange={() => update(tabId, (current) => ({ ...current, channel }))}
              />
              {label}
            </label>
          ))}
        </div>
        {contact.channel === 'whatsapp' ? (
          <div className="field">
            <label className="step-check">
              <input
                type="checkbox"
                checked={fromAd}
                onChange={(event) =>
                  update(tabId, (current) => ({
                    ...current,
                    ctwa_clid: event.target.checked ? '' : null,
                  }))
                }
              />
              Came from a click-to-WhatsApp ad
            </label>
            {fromAd ? (
              <input
                aria-label="ctwa_clid"
                placeholder="ctwa_clid from the referral of the first message"
                value={contact.ctwa_clid ?? ''}
                onChange={(event) =>
                  update(tabId, (current) => ({ ...current, ctwa_clid: event.target.value }))
                }
              />
            ) : (
              <div className="field-hint">An organic chat: no ctwa_clid.</div>
            )}
          </div>
        ) : null}
        {contact.channel !== 'whatsapp' ? (
          <div className="field">
            <label className="field-label" htmlFor={`${base}-id`}>
              {contact.channel === 'messenger'
                ? 'PSID (page-scoped user ID)'
                : 'IGSID (Instagram-scoped user ID)'}
            </label>
            <input
              id={`${base}-id`}
              inputMode="numeric"
              value={(contact.channel === 'messenger' ? contact.psid : contact.igsid) ?? ''}
              onChange={(event) => {
                const value = event.target.value === '' ? null : event.target.value
                update(tabId, (current) =>
                  current.channel === 'messenger'
                    ? { ...current, psid: value }
                    : { ...current, igsid: value },
                )
              }}
            />
          </div>
        ) : null}
        <div className="field">
          <label className="field-label" htmlFor={`${base}-fields`}>
            Contact fields <span className="muted">one per line: name: value</span>
          </label>
          <textarea
            id={`${base}-fields`}
            rows={5}
            spellCheck={false}
            value={fieldsText}
            onChange={(event) => {
              setFieldsText(event.target.value)
              const fields = parseNestedFields(event.target.value)
              update(tabId, (current) => ({ ...current, contact: fields }))
            }}
          />
        </div>
        <div className="field">
          <label className="field-label" htmlFor={`${base}-workflow`}>
            Workflow variables <span className="muted">one per line: name: value</span>
          </label>
          <textarea
            id={`${base}-workflow`}
            rows={3}
            spellCheck={false}
            value={workflowText}
            onChange={(event) => {
              setWorkflowText(event.target.value)
              const workflow = parseNestedFields(event.target.value)
              update(tabId, (current) => ({ ...current, workflow }))
            }}
          />
        </div>
      </fieldset>
    </form>
  )
}
