import { useWorkbenchStore } from '../../state/store'

/** Event type: Purchase (currency and total value) or Lead generated (sent as LeadSubmitted). */
export function StepEventType({ tabId }: { tabId: string }) {
  const step = useWorkbenchStore((state) => state.stepTabs[tabId]?.step)
  const updateStep = useWorkbenchStore((state) => state.updateStep)
  if (!step) return null
  const base = `step-${tabId}`.replace(/[^A-Za-z0-9_-]/g, '-')
  return (
    <fieldset className="composer-section">
      <legend>Event type</legend>
      <div className="segmented" role="radiogroup" aria-label="Event type">
        {(['Purchase', 'Lead'] as const).map((event) => (
          <label key={event} className={`segment${step.event === event ? ' selected' : ''}`}>
            <input
              type="radio"
              name={`${base}-event`}
              checked={step.event === event}
              onChange={() =>
                updateStep(tabId, (current) =>
                  event === 'Lead'
                    ? {
                        connection: current.connection,
                        assets: current.assets,
                        event: 'Lead',
                        customer: current.customer,
                      }
                    : {
                        connection: current.connection,
                        assets: current.assets,
                        event: 'Purchase',
                        currency: 'USD',
                        value: '',
                        customer: current.customer,
                      },
                )
              }
            />
            {event === 'Purchase' ? 'Purchase' : 'Lead generated'}
          </label>
        ))}
      </div>
      <div className="field-hint">
        {step.event === 'Purchase'
          ? 'When a purchase is made or a payment is completed.'
          : 'When a lead was obtained through an ad interaction. Sent to Meta as LeadSubmitted.'}
      </div>
      {step.event === 'Purchase' ? (
        <div className="field-row">
          <div className="field">
            <label className="field-label" htmlFor={`${base}-currency`}>
              Purchase currency
            </label>
            <input
              id={`${base}-currency`}
              value={step.currency}
              onChange={(event) =>
                updateStep(tabId, (current) =>
                  current.event === 'Purchase'
                    ? { ...current, currency: event.target.value }
                    : current,
                )
              }
            />
          </div>
          <div className="field">
            <label className="field-label" htmlFor={`${base}-value`}>
              Total purchase value
            </label>
            <input
              id={`${base}-value`}
              placeholder="150000 or {{workflow.order_total}}"
              value={String(step.value)}
              onChange={(event) =>
                updateStep(tabId, (current) =>
                  current.event === 'Purchase'
                    ? { ...current, value: event.target.value }
                    : current,
                )
              }
            />
            <div className="field-hint">A number, a contact field or a workflow variable.</div>
          </div>
        </div>
      ) : null}
    </fieldset>
  )
}
