import { checkStepFiles, stepEventNames } from '../../../../shared/step'
import type { CommandContext } from '../../commands/command'
import { askText } from '../../state/inputSlice'
import { savePresetFromTab } from '../presets'
import type { StepTab } from './stepSlice'

export function defaultStepName(tab: StepTab): string {
  const event = stepEventNames[tab.step.event]
  const connection = tab.step.connection.trim()
  return `Workflow step: ${event} on ${tab.contact.channel}${connection ? ` (${connection})` : ''}`
}

/**
 * Ctrl+S in a Workflow Step tab: the step (capi step simulate's step.json) and its contact become
 * a step preset, or update the one the tab came from. `saveAs` asks for a name and always writes a
 * new preset. A step the CLI would not read (no connection, a bad account ID) is not saved.
 */
export async function saveStepPreset(
  context: CommandContext,
  tabId: string,
  options: { saveAs?: boolean } = {},
): Promise<boolean> {
  const { store } = context
  const tab = store.getState().stepTabs[tabId]
  if (!tab) return false
  const checked = checkStepFiles(tab.step, tab.contact)
  if (!checked.ok) {
    store.getState().notify({
      level: 'error',
      message: 'The step was not saved: fix it first.',
      detail: checked.problems.join('\n'),
    })
    return false
  }
  let asName: string | undefined
  if (options.saveAs) {
    asName = await askText(store, {
      title: 'Save As',
      prompt: 'Name of the new workflow step preset',
      value: defaultStepName(tab),
      validate: (value) => (value.trim() === '' ? 'A preset needs a name.' : undefined),
    })
    if (asName === undefined) return false
  }
  return savePresetFromTab(context, {
    tabId,
    presetId: tab.presetId,
    ...(asName !== undefined ? { asName } : {}),
    content: {
      kind: 'step',
      name: defaultStepName(tab),
      connectionName: checked.step.connection,
      step: checked.step,
      contact: checked.contact,
    },
    onSaved: (stored) => store.getState().setStepPreset(tabId, stored.id),
  })
}
