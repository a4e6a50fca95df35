import type { RefObject } from 'react'
import { useWorkbenchStore } from '../../state/store'
import { useDraftFields } from './useDraftFields'
import { Field, TextField } from './Field'
import { setTopLevel } from './draftUpdates'

const fields = ['partnerAgent', 'notes'] as const

/**
 * The draft's notes (never sent; an import keeps the fields the draft does not model here) and
 * `partner_agent` (sent as-is: Meta attributes the event to that platform).
 */
export function NotesSection({ tabId }: { tabId: string }) {
  const draft = useDraftFields(tabId, fields)
  const updateDraft = useWorkbenchStore((state) => state.updateDraft)
  if (!draft) return null
  return (
    <fieldset className="composer-section">
      <legend>Notes and attribution</legend>
      <TextField
        tabId={tabId}
        path="partnerAgent"
        label={
          <>
            Partner agent (partner_agent) <span className="optional">optional</span>
          </>
        }
        mono
        placeholder="e.g. respondio"
        hint="Sent as-is: Meta attributes the event to that platform. Leave empty unless a partner sends it."
        value={draft.partnerAgent}
        onChange={(value) =>
          updateDraft(tabId, (current) => setTopLevel(current, 'partnerAgent', value))
        }
      />
      <Field
        tabId={tabId}
        path="notes"
        label={
          <>
            Notes <span className="optional">never sent</span>
          </>
        }
        hint="For you and your team: the ticket, what the customer said. Saved with the preset, not sent to Meta."
      >
        {({ ref, ...control }) => (
          <textarea
            {...control}
            ref={ref as unknown as RefObject<HTMLTextAreaElement>}
            rows={3}
            value={draft.notes ?? ''}
            onChange={(event) => {
              const notes = event.target.value
              updateDraft(tabId, (current) => {
                const { notes: _old, ...rest } = current
                return notes === '' ? rest : { ...rest, notes }
              })
            }}
          />
        )}
      </Field>
    </fieldset>
  )
}
