import { useApi } from '../../api/ApiContext'
import { useWorkbenchStore } from '../../state/store'
import { Button } from '../../ui/Button'
import { CopyButton } from '../inspector'
import type { StepOutcome } from './useStepSimulation'

/** Save the step as a preset (draft + contact as its sample), or copy the files the CLI reads. */
export function StepToolbar({
  tabId,
  outcome,
}: {
  tabId: string
  outcome: StepOutcome | undefined
}) {
  const api = useApi()
  const tab = useWorkbenchStore((state) => state.stepTabs[tabId])
  const notify = useWorkbenchStore((state) => state.notify)
  if (!tab) return null
  const simulation = outcome?.kind === 'simulated' ? outcome.simulation : undefined
  async function saveAsPreset() {
    if (!simulation || !tab) return
    const channel = tab.contact.channel
    const result = await api['presets.save']({
      folder: 'workflow-steps',
      content: {
        name: `Workflow step: ${tab.step.event} on ${channel} (${tab.step.connection})`,
        description: `respond.io "Send Conversions API Event" step.\n\nStep file:\n${JSON.stringify(tab.step, null, 2)}`,
        tags: ['workflow-step', channel],
        connectionName: tab.step.connection,
        sampleContact: { contact: simulation.source.contact, workflow: simulation.source.workflow },
        draft: simulation.draft,
      },
    })
    if (result.ok) {
      notify({
        level: 'success',
        message: 'The step was saved as a preset in workflow-steps.',
        detail: 'Export it from the Explorer like any preset.',
      })
    } else {
      notify({ level: 'error', message: 'The step was not saved.', detail: result.error.message })
    }
  }
  return (
    <div className="composer-toolbar step-toolbar">
      <span className="composer-summary">
        respond.io step: <strong>Send Conversions API Event</strong>
      </span>
      <Button
        variant="secondary"
        icon="save"
        disabled={!simulation}
        onClick={() => void saveAsPreset()}
      >
        Save as preset
      </Button>
      <CopyButton text={() => JSON.stringify(tab.step, null, 2)} label="Copy step file" showLabel />
      <CopyButton
        text={() => JSON.stringify(tab.contact, null, 2)}
        label="Copy contact file"
        showLabel
      />
    </div>
  )
}
