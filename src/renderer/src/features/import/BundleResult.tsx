import { useState } from 'react'
import type { ConflictDecision, ImportPlanItem } from '../../../../shared/contract/transferChannels'
import { useApi } from '../../api/ApiContext'
import { useWorkbenchStore } from '../../state/store'
import { Button } from '../../ui/Button'
import { refreshContacts } from '../contacts'
import { refreshPresets } from '../presets'

const choices: { value: ConflictDecision; label: string }[] = [
  { value: 'keepBoth', label: 'Keep both' },
  { value: 'replace', label: 'Replace mine' },
  { value: 'skip', label: 'Skip' },
]

/** A preset bundle's contents; every conflict must be decided before anything is imported. */
export function BundleResult({
  text,
  items,
  contacts = [],
  onDone,
}: {
  text: string
  items: ImportPlanItem[]
  /** The bundle's sample contacts; a taken name is imported renamed, never overwritten. */
  contacts?: { name: string; conflict: boolean }[]
  onDone: () => void
}) {
  const api = useApi()
  const [decisions, setDecisions] = useState<Record<string, ConflictDecision>>({})
  const conflicts = items.filter((item) => item.conflict && !item.problem)
  const undecided = conflicts.filter((item) => !decisions[item.id]).length
  const runImport = async () => {
    const result = await api['transfer.importBundle']({ text, decisions })
    const state = useWorkbenchStore.getState()
    if (!result.ok) {
      state.notify({
        level: 'error',
        message: result.error.message,
        ...(result.error.details ? { detail: result.error.details.join(', ') } : {}),
      })
      return
    }
    const added = result.value.contacts.imported
    state.notify({
      level: 'success',
      message: `Imported ${result.value.imported.length} preset(s); ${result.value.skipped.length} skipped.`,
      ...(added.length > 0
        ? {
            detail: `Contacts: ${added
              .map((item) => (item.renamedFrom ? `${item.name} (name taken)` : item.name))
              .join(', ')}.`,
          }
        : {}),
    })
    await refreshPresets({ store: useWorkbenchStore, api })
    if (added.length > 0) await refreshContacts({ store: useWorkbenchStore, api })
    onDone()
  }
  return (
    <section className="import-result" aria-label="Bundle contents">
      <h3>
        {items.length} preset{items.length === 1 ? '' : 's'} in this bundle
        {conflicts.length > 0 ? ` — ${conflicts.length} already exist` : ''}
      </h3>
      <ul className="import-drafts">
        {items.map((item) => (
          <li key={item.id}>
            <span className="mono">{item.id}</span> <strong>{item.name}</strong>
            {item.problem ? (
              <span className="import-fix"> cannot be imported: {item.problem}</span>
            ) : null}
            {item.conflict && !item.problem ? (
              <select
                aria-label={`What to do with ${item.id}`}
                value={decisions[item.id] ?? ''}
                onChange={(event) =>
                  setDecisions({ ...decisions, [item.id]: event.target.value as ConflictDecision })
                }
              >
                <option value="" disabled>
                  Exists — choose…
                </option>
                {choices.map((choice) => (
                  <option key={choice.value} value={choice.value}>
                    {choice.label}
                  </option>
                ))}
              </select>
            ) : null}
          </li>
        ))}
      </ul>
      {contacts.length > 0 ? (
        <>
          <h3>
            {contacts.length} contact{contacts.length === 1 ? '' : 's'}
          </h3>
          <ul className="import-drafts">
            {contacts.map((contact) => (
              <li key={contact.name}>
                <strong>{contact.name}</strong>
                {contact.conflict ? (
                  <span className="import-fix">
                    {' '}
                    a different contact has this name: imported as “{contact.name} (imported)”
                  </span>
                ) : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <Button icon="cloud-download" disabled={undecided > 0} onClick={() => void runImport()}>
        {undecided > 0
          ? `Decide ${undecided} conflict${undecided === 1 ? '' : 's'} first`
          : 'Import presets'}
      </Button>
    </section>
  )
}
