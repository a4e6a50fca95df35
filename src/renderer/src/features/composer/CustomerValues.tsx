import { memo, useState } from 'react'
import {
  customerFieldLabels,
  type CustomerField,
} from '../../../../shared/capi/normalize/customerFields'
import { useWorkbenchStore } from '../../state/store'
import { TextField } from './Field'
import { setCustomerValue } from './draftUpdates'

const placeholders: Partial<Record<CustomerField, string>> = {
  em: 'name@example.com or {{contact.email}}',
  ph: '+1 650 555 1212 or {{contact.phone}}',
  db: 'YYYYMMDD',
  ge: 'f or m',
  country: 'Two letters, e.g. BR',
}

/**
 * One customer field: one input per value (Meta takes several), plus "Add another". Memoized: its
 * props rarely change and it selects its own values, so a keystroke in one customer field renders
 * that field again, not all of them.
 */
export const CustomerValues = memo(function CustomerValues({
  tabId,
  field,
}: {
  tabId: string
  field: CustomerField
}) {
  const values = useWorkbenchStore((state) => state.composerTabs[tabId]?.draft.customer[field])
  const updateDraft = useWorkbenchStore((state) => state.updateDraft)
  const [slots, setSlots] = useState(1)
  const count = Math.max(values?.length ?? 0, slots)
  return (
    <div className="customer-field">
      {Array.from({ length: count }, (_, index) => (
        <TextField
          key={index}
          tabId={tabId}
          path={`customer.${field}.${index}`}
          label={
            index === 0 ? customerFieldLabels[field] : `${customerFieldLabels[field]} ${index + 1}`
          }
          placeholder={placeholders[field]}
          value={values?.[index]}
          onChange={(value) =>
            updateDraft(tabId, (draft) => setCustomerValue(draft, field, index, value))
          }
        />
      ))}
      {(values?.length ?? 0) >= count ? (
        <button type="button" className="link-button add-value" onClick={() => setSlots(count + 1)}>
          Add another {customerFieldLabels[field].toLowerCase()}
        </button>
      ) : null}
    </div>
  )
})
