import { useMemo } from 'react'
import type { AssetFacts } from '../../../../shared/capi/rules/ruleTypes'
import type { ConnectionView } from '../../../../shared/connections/connectionSchema'
import {
  describeSchemaErrors,
  simulateStep,
  StepContact,
  type StepSimulation,
  WorkflowStep,
} from '../../../../shared/step'
import { useWorkbenchStore } from '../../state/store'

const noFacts: Record<string, AssetFacts> = {}

export type StepOutcome =
  | { kind: 'invalid'; errors: string[] }
  | { kind: 'no_connection'; name: string }
  | { kind: 'simulated'; simulation: StepSimulation; connection: ConnectionView }

/** The connection a step names (by name, case-insensitive, or id), from the loaded list. */
export function findStepConnection(
  connections: ConnectionView[],
  name: string,
): ConnectionView | undefined {
  const wanted = name.trim().toLowerCase()
  return connections.find(
    (candidate) => candidate.id === name.trim() || candidate.name.toLowerCase() === wanted,
  )
}

/**
 * What the step would do for the tab's contact, recomputed as the user types: the same shared
 * simulateStep the CLI runs. Invalid input is reported the way `capi step simulate` reports it.
 */
export function useStepSimulation(
  tabId: string,
  now: Date,
  /** What the sandbox said about the selected accounts' links (useAssetLinks). */
  linkFacts: Record<string, AssetFacts> = noFacts,
): StepOutcome | undefined {
  const tab = useWorkbenchStore((state) => state.stepTabs[tabId])
  const connections = useWorkbenchStore((state) => state.connections)
  return useMemo(() => {
    if (!tab) return undefined
    const step = WorkflowStep.safeParse(tab.step)
    const contact = StepContact.safeParse(tab.contact)
    const errors = [
      ...(step.success ? [] : describeSchemaErrors(step.error).map((line) => `Step: ${line}`)),
      ...(contact.success
        ? []
        : describeSchemaErrors(contact.error).map((line) => `Contact: ${line}`)),
    ]
    if (!step.success || !contact.success) return { kind: 'invalid', errors }
    const connection = findStepConnection(connections, step.data.connection)
    if (!connection) return { kind: 'no_connection', name: step.data.connection }
    const code = tab.testEventCode.trim()
    const simulation = simulateStep(step.data, contact.data, connection, now, {
      linkFacts,
      ...(code ? { testEventCode: code } : {}),
    })
    return { kind: 'simulated', simulation, connection }
  }, [tab, connections, now, linkFacts])
}
