import { exportStepFiles } from '../features/step'
import type { Command } from './command'

/** The active Workflow Step tab as the files `capi step simulate` reads (step.json + contact.json). */
export const exportStep: Command = {
  id: 'step.exportFiles',
  title: 'Export Step as Files…',
  category: 'Workflow Step',
  isEnabled: ({ store }) => {
    const { activeTabId, stepTabs } = store.getState()
    return Boolean(activeTabId && stepTabs[activeTabId])
  },
  run: ({ store }) => {
    const tabId = store.getState().activeTabId
    if (tabId) exportStepFiles(store, tabId)
  },
}
