import type { ComponentType } from 'react'
import { ResponsePanel } from '../features/inspector'
import { ProblemsPanel } from '../features/problems'

export interface PanelContribution {
  id: string
  title: string
  Panel: ComponentType
}

/** Bottom panel tabs: the open event's problems and the last answer (the response inspector). */
export const panelRegistry: PanelContribution[] = [
  { id: 'problems', title: 'Problems', Panel: ProblemsPanel },
  { id: 'response', title: 'Response', Panel: ResponsePanel },
]
