import type { ComponentType } from 'react'
import { EmptyState } from '../ui/EmptyState'

export interface PanelContribution {
  id: string
  title: string
  Panel: ComponentType
}

function NoProblems() {
  return <EmptyState icon="check" title="No problems have been detected in the open event." />
}

function NoResponse() {
  return <EmptyState icon="inspect" title="Send an event to see Meta's answer here." />
}

/** Bottom panel tabs. The composer and inspector replace these with their own views. */
export const panelRegistry: PanelContribution[] = [
  { id: 'problems', title: 'Problems', Panel: NoProblems },
  { id: 'response', title: 'Response', Panel: NoResponse },
]
