import { useEffect, useState } from 'react'
import { customerFields } from '../../../../shared/capi/normalize/customerFields'
import { useWorkbenchStore } from '../../state/store'
import { Codicon } from '../../ui/Codicon'
import { CustomerValues } from './CustomerValues'
import { SampleContactPicker } from './SampleContactPicker'
import { variableExamples } from './sampleContacts'

const firstFields = ['em', 'ph'] as const
const moreFields = customerFields.filter((field) => field !== 'em' && field !== 'ph')

/** Customer information (hashed before sending): email and phone first, the rest behind "More fields". */
export function CustomerSection({ tabId }: { tabId: string }) {
  const customer = useWorkbenchStore((state) => state.composerTabs[tabId]?.draft.customer)
  const focus = useWorkbenchStore((state) => state.fieldFocus)
  const filledMore = moreFields.some((field) => (customer?.[field]?.length ?? 0) > 0)
  const [open, setOpen] = useState(filledMore)
  useEffect(() => {
    const path = focus?.tabId === tabId ? focus.path : ''
    if (moreFields.some((field) => path.startsWith(`customer.${field}.`))) setOpen(true)
  }, [focus, tabId])
  return (
    <fieldset className="composer-section">
      <legend>Customer information</legend>
      <p className="section-note">
        Normalized and hashed (SHA-256) before sending. Variables such as{' '}
        {variableExamples.map((example, index) => (
          <span key={example}>
            {index > 0 ? ', ' : ''}
            <code>{example}</code>
          </span>
        ))}{' '}
        are filled from the sample contact.
      </p>
      <SampleContactPicker tabId={tabId} />
      <div className="field-grid">
        {firstFields.map((field) => (
          <CustomerValues key={field} tabId={tabId} field={field} />
        ))}
      </div>
      <button
        type="button"
        className="disclosure"
        aria-expanded={open}
        onClick={() => setOpen(!open)}
      >
        <Codicon name={open ? 'chevron-down' : 'chevron-right'} /> More fields
        <span className="optional"> name, gender, birth date, address, external ID</span>
      </button>
      {open ? (
        <div className="field-grid">
          {moreFields.map((field) => (
            <CustomerValues key={field} tabId={tabId} field={field} />
          ))}
        </div>
      ) : null}
    </fieldset>
  )
}
