import { newStepTab } from '../features/step'
import type { Command } from './command'

/** Opens the Workflow Step editor: reproduce respond.io's "Send Conversions API Event" step. */
export const newWorkflowStep: Command = {
  id: 'step.newWorkflowStep',
  title: 'New Workflow Step (respond.io Send Conversions API Event)',
  category: 'Workflow Step',
  run: ({ store }) => {
    newStepTab(store)
  },
}
