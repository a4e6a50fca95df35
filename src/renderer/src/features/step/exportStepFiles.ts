import { stepFiles } from '../../../../shared/step'
import type { WorkbenchStore } from '../../state/store'
import { downloadText } from '../../ui/downloadText'
import { defaultStepName } from './saveStepPreset'

/**
 * "Export Step as Files…": the tab's step as `<name>.step.json` and its contact as
 * `<name>.contact.json`, the files `capi step simulate` reads, through the app's export download.
 */
export function exportStepFiles(
  store: WorkbenchStore,
  tabId: string,
  download: (fileName: string, text: string) => void = downloadText,
): boolean {
  const state = store.getState()
  const tab = state.stepTabs[tabId]
  if (!tab) {
    state.notify({ level: 'info', message: 'Open a Workflow Step tab to export its step.' })
    return false
  }
  const title = state.tabs.find((candidate) => candidate.id === tabId)?.title
  const name = tab.presetId && title ? title : defaultStepName(tab)
  const exported = stepFiles(name, tab.step, tab.contact)
  if (!exported.ok) {
    state.notify({
      level: 'error',
      message: 'The step was not exported: fix it first.',
      detail: exported.problems.join('\n'),
    })
    return false
  }
  const [step, contact] = exported.files
  download(step.fileName, step.text)
  download(contact.fileName, contact.text)
  state.notify({
    level: 'success',
    message: `Exported ${step.fileName} and ${contact.fileName}.`,
    detail: `Reproduce it with: capi step simulate ${step.fileName} --contact ${contact.fileName}`,
  })
  return true
}
