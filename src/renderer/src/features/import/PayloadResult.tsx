import type { EventDraft } from '../../../../shared/capi/model/eventDraft'
import type { PayloadImport } from '../../../../shared/contract/transferChannels'
import type { WorkbenchApi } from '../../../../shared/contract/api'
import { useApi } from '../../api/ApiContext'
import { useWorkbenchStore } from '../../state/store'
import { Button } from '../../ui/Button'
import { Codicon } from '../../ui/Codicon'
import { refreshPresets } from '../presets'

const severityIcons = { error: 'error', warning: 'warning', info: 'info' } as const
let importCounter = 0

function openAsDraft(draft: EventDraft, title: string): void {
  const state = useWorkbenchStore.getState()
  const tabId = `composer:import-${Date.now().toString(36)}-${++importCounter}`
  state.putComposerTab(tabId, { draft })
  state.openTab({ kind: 'composer', id: tabId, title, dirty: true })
}

async function saveAsPreset(api: WorkbenchApi, draft: EventDraft, name: string): Promise<void> {
  const context = { store: useWorkbenchStore, api }
  const result = await api['presets.save']({
    folder: 'imported',
    content: {
      name,
      description: 'Imported from a customer’s payload.',
      tags: ['imported'],
      draft,
    },
  })
  const state = useWorkbenchStore.getState()
  if (!result.ok) {
    state.notify({
      level: 'error',
      message: 'The preset was not saved.',
      detail: result.error.message,
    })
    return
  }
  state.notify({
    level: 'success',
    message: `Saved preset "${result.value.preset.name}" in imported/.`,
  })
  await refreshPresets(context)
}

/** What an imported payload became: drafts to open or save, dropped secrets, and every problem. */
export function PayloadResult({ result }: { result: PayloadImport }) {
  const api = useApi()
  const { source, drafts, problems, dropped, notes } = result
  const where = [
    source.endpoint,
    source.apiVersion,
    source.datasetId && `dataset ${source.datasetId}`,
  ]
    .filter(Boolean)
    .join(' · ')
  return (
    <section className="import-result" aria-label="Import result">
      <h3>
        {drafts.length} event{drafts.length === 1 ? '' : 's'} read from{' '}
        {source.kind === 'curl' ? 'a cURL command' : 'the payload'}
        {where ? <span className="import-where"> — {where}</span> : null}
      </h3>
      {dropped.length > 0 ? (
        <p className="import-dropped">
          <Codicon name="shield" /> Dropped, not kept anywhere: {dropped.join(', ')}.
        </p>
      ) : null}
      {notes.map((note) => (
        <p key={note} className="import-note">
          {note}
        </p>
      ))}
      <ul className="import-drafts">
        {drafts.map((draft, index) => {
          const title = `${draft.eventName || 'Event'} (imported)`
          return (
            <li key={index}>
              <span className="mono">data[{index}]</span>{' '}
              <strong>{draft.eventName || '(no name)'}</strong> · {draft.channel}
              {draft.eventId ? ` · event_id ${draft.eventId}` : ''}
              <Button
                variant="secondary"
                icon="go-to-file"
                onClick={() => openAsDraft(draft, title)}
              >
                Open as draft
              </Button>
              <Button
                variant="secondary"
                icon="save"
                onClick={() => void saveAsPreset(api, draft, title)}
              >
                Save as preset
              </Button>
              <details className="import-draft-json">
                <summary>Show the draft</summary>
                <pre className="mono">{JSON.stringify(draft, null, 2)}</pre>
              </details>
            </li>
          )
        })}
      </ul>
      <h3>
        {problems.length === 0
          ? 'No problems found'
          : `${problems.length} problem${problems.length === 1 ? '' : 's'}`}
      </h3>
      <ul className="import-problems">
        {problems.map((problem, index) => (
          <li
            key={`${problem.path}-${problem.code}-${index}`}
            className={`import-problem import-severity-${problem.severity}`}
          >
            <Codicon name={severityIcons[problem.severity]} label={problem.severity} />
            <span className="mono import-path">{problem.path}</span>
            <span>
              {problem.message}
              {problem.fix ? <span className="import-fix"> {problem.fix}</span> : null}
            </span>
          </li>
        ))}
      </ul>
    </section>
  )
}
