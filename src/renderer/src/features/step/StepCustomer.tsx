import {
  customerFieldLabels,
  customerFields,
  type CustomerField,
} from '../../../../shared/capi/normalize'
import type { MatchHints } from '../../../../shared/step'
import { useWorkbenchStore } from '../../state/store'
import { Button } from '../../ui/Button'
import { MatchHintsPanel } from './MatchHintsPanel'

/** Customer information: email and phone pre-filled with the contact's variables, more on demand. */
export function StepCustomer({ tabId, hints }: { tabId: string; hints: MatchHints | undefined }) {
  const customer = useWorkbenchStore((state) => state.stepTabs[tabId]?.step.customer)
  const updateStep = useWorkbenchStore((state) => state.updateStep)
  if (!customer) return null
  const base = `step-${tabId}-customer`.replace(/[^A-Za-z0-9_-]/g, '-')
  const shown = customerFields.filter((field) => customer[field] !== undefined)
  const more = customerFields.filter((field) => customer[field] === undefined)
  const set = (field: CustomerField, value: string | undefined) =>
    updateStep(tabId, (step) => {
      const next = { ...step.customer }
      if (value === undefined) delete next[field]
      else next[field] = value
      return { ...step, customer: next }
    })
  return (
    <fieldset className="composer-section">
      <legend>Customer information</legend>
      <p className="section-note">
        Use contact fields or workflow variables. At least one field is required: if all fields are
        empty, the event will not be sent.
      </p>
      <div className="step-customer">
        <div>
          {shown.map((field) => (
            <div className="field step-customer-field" key={field}>
              <label className="field-label" htmlFor={`${base}-${field}`}>
                {customerFieldLabels[field]} <code>{field}</code>
              </label>
              <div className="field-row">
                <input
                  id={`${base}-${field}`}
                  value={customer[field] ?? ''}
                  placeholder={`{{contact.${field === 'em' ? 'email' : field === 'ph' ? 'phone' : 'field'}}}`}
                  onChange={(event) => set(field, event.target.value)}
                />
                <Button
                  variant="icon"
                  icon="close"
                  aria-label={`Remove ${customerFieldLabels[field]}`}
                  title="Remove"
                  onClick={() => set(field, undefined)}
                />
              </div>
            </div>
          ))}
          {more.length > 0 ? (
            <label className="field-hint step-add-field">
              Add a field{' '}
              <select
                aria-label="Add a customer information field"
                value=""
                onChange={(event) => {
                  const field = event.target.value as CustomerField
                  if (field) set(field, '')
                }}
              >
                <option value="">Choose…</option>
                {more.map((field) => (
                  <option key={field} value={field}>
                    {customerFieldLabels[field]} ({field})
                  </option>
                ))}
              </select>
            </label>
          ) : null}
        </div>
        {hints ? <MatchHintsPanel hints={hints} /> : null}
      </div>
    </fieldset>
  )
}
