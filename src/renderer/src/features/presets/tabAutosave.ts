import type {
  AutosaveContentInput,
  AutosaveEntry,
} from '../../../../shared/contract/presetsChannels'
import type { WorkbenchState } from '../../state/store'
import { presetSendSettings, sendSettingsOfPreset } from '../raw/rawPresetSettings'

/** The parts of the state whose tabs are autosaved: composer drafts, raw requests, workflow steps. */
export type AutosavedTabs = Pick<WorkbenchState, 'composerTabs' | 'rawTabs' | 'stepTabs'>

export function autosavedTabsOf(state: WorkbenchState): AutosavedTabs {
  return { composerTabs: state.composerTabs, rawTabs: state.rawTabs, stepTabs: state.stepTabs }
}

export function autosavedTabIds(tabs: AutosavedTabs): string[] {
  return [
    ...Object.keys(tabs.composerTabs),
    ...Object.keys(tabs.rawTabs),
    ...Object.keys(tabs.stepTabs),
  ]
}

/** Whether what an autosave keeps of the tab changed (not its send status or test code). */
export function autosavedPartChanged(
  before: AutosavedTabs,
  after: AutosavedTabs,
  tabId: string,
): boolean {
  const composer = [before.composerTabs[tabId], after.composerTabs[tabId]] as const
  if (composer[1]) {
    return (
      composer[0]?.draft !== composer[1].draft ||
      composer[0]?.connectionId !== composer[1].connectionId ||
      composer[0]?.presetMeta !== composer[1].presetMeta
    )
  }
  const raw = [before.rawTabs[tabId], after.rawTabs[tabId]] as const
  if (raw[1]) {
    return (
      raw[0]?.text !== raw[1].text ||
      raw[0]?.connectionId !== raw[1].connectionId ||
      raw[0]?.sendSettings !== raw[1].sendSettings
    )
  }
  const step = [before.stepTabs[tabId], after.stepTabs[tabId]] as const
  return step[0]?.step !== step[1]?.step || step[0]?.contact !== step[1]?.contact
}

/**
 * What the autosave keeps of an open tab: a composer's draft (no `kind`, the format autosaves
 * always had), a raw request's body exactly as typed, or a workflow step with its contact.
 */
export function autosaveContentOf(
  state: WorkbenchState,
  tabId: string,
): AutosaveContentInput | undefined {
  const nameOf = (connectionId: string | undefined) =>
    state.connections.find((connection) => connection.id === connectionId)?.name
  const composer = state.composerTabs[tabId]
  if (composer) {
    const connectionName = nameOf(composer.connectionId)
    return {
      draft: composer.draft,
      ...(connectionName ? { connectionName } : {}),
      ...(composer.presetMeta ?? {}),
    }
  }
  const raw = state.rawTabs[tabId]
  if (raw) {
    const connectionName = nameOf(raw.connectionId)
    // Send settings typed half-way (not parsing yet) are left out; the body never is.
    const settings = presetSendSettings(raw.sendSettings)
    return {
      kind: 'raw',
      body: raw.text,
      ...(connectionName ? { connectionName } : {}),
      ...(settings.ok && settings.value ? { sendSettings: settings.value } : {}),
    }
  }
  const step = state.stepTabs[tabId]
  if (step) return { kind: 'step', step: step.step, contact: step.contact }
  return undefined
}

/**
 * Puts an autosaved raw request or workflow step back into its tab's state and returns the editor
 * kind to open it in; `undefined` for a composer draft (presetSync restores those).
 */
export function restoreRawOrStep(
  state: WorkbenchState,
  entry: AutosaveEntry,
  connections: WorkbenchState['connections'],
): 'raw' | 'workflow-step' | undefined {
  const { content } = entry
  const presetId = entry.presetId ? { presetId: entry.presetId } : {}
  if (content.kind === 'raw') {
    const connection = connections.find((candidate) => candidate.name === content.connectionName)
    state.putRawTab(entry.key, {
      ...presetId,
      text: content.body,
      template: false,
      sendSettings: sendSettingsOfPreset(content.sendSettings),
      ...(connection ? { connectionId: connection.id } : {}),
    })
    return 'raw'
  }
  if (content.kind === 'step') {
    const current = state.stepTabs[entry.key]
    state.dropStepTab(entry.key)
    state.openStepTab(entry.key, {
      ...presetId,
      ...(current ? { testEventCode: current.testEventCode } : {}),
      step: content.step,
      contact: content.contact,
    })
    return 'workflow-step'
  }
  return undefined
}
