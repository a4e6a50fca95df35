import { useEffect, useMemo, useState } from 'react'
import type { EditorTab } from '../../state/editorSlice'
import { useWorkbenchStore } from '../../state/store'
import { StepAccounts } from './StepAccounts'
import { StepConnectionSection } from './StepConnectionSection'
import { StepContactForm } from './StepContactForm'
import { StepCustomer } from './StepCustomer'
import { StepEventType } from './StepEventType'
import { StepOutcomePanel } from './StepOutcomePanel'
import { StepToolbar } from './StepToolbar'
import { useConnectionList } from '../connections'
import { linkFactsOf, useAssetLinks } from './useAssetLinks'
import { findStepConnection, useStepSimulation } from './useStepSimulation'
import { useStepPresetTab } from './useStepPresetTab'
import '../composer/composer.css'
import './step.css'

/** The clock the simulation uses, ticking each minute so event_time stays current. */
function useMinuteClock(): Date {
  const [now, setNow] = useState(() => new Date())
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), 60_000)
    return () => clearInterval(timer)
  }, [])
  return now
}

/**
 * The Workflow Step editor (tab kind `workflow-step`): respond.io's step form, the contact beside
 * it, and what the step would do for that contact.
 */
export function StepEditor({ tab }: { tab: EditorTab }) {
  useConnectionList()
  const ready = useWorkbenchStore((state) => state.stepTabs[tab.id] !== undefined)
  const connectionName = useWorkbenchStore((state) => state.stepTabs[tab.id]?.step.connection)
  const connections = useWorkbenchStore((state) => state.connections)
  const now = useMinuteClock()
  useStepPresetTab(tab)
  const connection =
    connectionName === undefined ? undefined : findStepConnection(connections, connectionName)
  const links = useAssetLinks(tab.id, connection)
  const linkFacts = useMemo(() => linkFactsOf(links), [links])
  const outcome = useStepSimulation(tab.id, now, linkFacts)
  if (!ready || connectionName === undefined)
    return <div className="composer-loading">Opening…</div>
  const hints = outcome?.kind === 'simulated' ? outcome.simulation.hints : undefined
  return (
    <div className="composer step-editor" data-testid="step-editor">
      <StepToolbar tabId={tab.id} />
      <div className="step-body">
        <form
          className="composer-form step-form"
          aria-label="Workflow step"
          onSubmit={(event) => event.preventDefault()}
        >
          <StepConnectionSection tabId={tab.id} connection={connection} />
          <StepAccounts tabId={tab.id} connection={connection} links={links} />
          <StepEventType tabId={tab.id} />
          <StepCustomer tabId={tab.id} hints={hints} />
        </form>
        <div className="step-side">
          <StepContactForm tabId={tab.id} />
          <StepOutcomePanel tabId={tab.id} outcome={outcome} />
        </div>
      </div>
    </div>
  )
}
