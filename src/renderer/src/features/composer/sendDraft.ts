import { hasTestEventCode } from '../../../../shared/capi/request/sendGate'
import type { WorkbenchApi } from '../../../../shared/contract/api'
import type { ConnectionView } from '../../../../shared/connections/connectionSchema'
import { createAnnouncer } from '../../state/createAnnouncer'
import type { WorkbenchStore } from '../../state/store'
import { showSendResult } from '../inspector'
import { computeBuild } from './computeBuild'
import { emptySendSettings, parseSendSettings } from '../sendSettings'
import { findSampleContact } from './sampleContacts'
import { sendBlocker } from './sendBlocker'

let sendCounter = 0
/** The last send's notification: the next send replaces it, so they never pile up. */
const announce = createAnnouncer()

/**
 * "Send test event" (button and Ctrl+Enter). Refuses drafts with errors (the Problems panel opens),
 * asks for confirmation without a test event code (with the duplicate guard's findings), sends
 * through main, shows the answer in the Response panel and a notification. The draft is never
 * changed or lost, whatever happens.
 */
export async function sendDraft(
  store: WorkbenchStore,
  api: WorkbenchApi,
  tabId: string,
  options: { confirmed?: boolean } = {},
): Promise<void> {
  const state = store.getState()
  const tab = state.composerTabs[tabId]
  if (!tab || tab.send.status === 'sending') return
  const connection = state.connections.find((candidate) => candidate.id === tab.connectionId)
  const blocked = sendBlocker(state, tabId)
  if (blocked || !connection) {
    announce(store, {
      level: 'warning',
      message: blocked?.reason ?? 'Choose a connection before sending.',
    })
    if (blocked?.action === 'openConnections') state.showView('connections')
    else state.focusField(tabId, 'connection.datasetId')
    return
  }
  const sample = findSampleContact(state, tab.sampleContactId)?.contact
  const build = computeBuild(tabId, tab.draft, connection, sample)
  const errors = build.problems.filter((problem) => problem.severity === 'error')
  if (errors.length > 0) {
    announce(store, {
      level: 'error',
      message: `Fix ${errors.length === 1 ? 'the problem' : `${errors.length} problems`} before sending.`,
      detail: errors[0]?.message,
    })
    state.showPanel('problems')
    if (errors[0]) state.focusField(tabId, errors[0].path)
    return
  }
  const sendSettings = parseSendSettings(tab.sendSettings ?? emptySendSettings)
  if (sendSettings.errors.length > 0) {
    announce(store, {
      level: 'error',
      message: 'Fix the send settings (extra headers, timeout) before sending.',
      detail: sendSettings.errors[0],
    })
    return
  }
  if (!hasTestEventCode(build.request.body) && !options.confirmed) {
    const check = await api['history.checkDuplicates']({ body: build.request.body })
    store.getState().setSendStatus(tabId, {
      status: 'confirm',
      duplicates: check.ok ? check.value.matches : [],
    })
    return
  }
  const requestId = `send-${Date.now().toString(36)}-${++sendCounter}`
  const target = `${tab.draft.eventName || 'Event'} → ${connection.name} (dataset ${connection.datasetId})`
  const starting = store.getState()
  starting.setResponse(tabId, undefined)
  starting.setSendStatus(tabId, { status: 'sending', requestId, startedAt: Date.now(), target })
  if (starting.activeTabId === tabId) {
    store.setState({ responseOverride: undefined })
    starting.showPanel('response')
  }
  const result = await api['events.send']({
    draft: tab.draft,
    connectionId: connection.id,
    requestId,
    ...(sample ? { contact: sample.contact, workflow: sample.workflow } : {}),
    // Confirmed in the dialog that showed the duplicate guard's findings.
    ...(options.confirmed ? { confirmNoTestCode: true, allowDuplicate: true } : {}),
    ...(tab.presetId ? { presetId: tab.presetId } : {}),
    ...(sendSettings.headers ? { headers: sendSettings.headers } : {}),
    ...(sendSettings.timeoutMs ? { timeoutMs: sendSettings.timeoutMs } : {}),
  })
  const after = store.getState()
  if (!result.ok) {
    after.setSendStatus(tabId, { status: 'failed', message: result.error.message })
    announce(store, {
      level: 'error',
      message: 'The event was not sent.',
      detail: result.error.message,
    })
    return
  }
  after.setSendStatus(tabId, { status: 'done', outcome: result.value.outcome })
  showSendResult(store, tabId, result.value, `${tab.draft.eventName} via ${connection.name}`)
  if (result.value.outcome === 'accepted') {
    const test = hasTestEventCode(build.request.body)
    announce(store, {
      level: 'success',
      message: test ? 'Conversions API test event sent' : 'Conversions API event sent',
      detail: test
        ? `events_received: ${result.value.eventsReceived ?? 0}. Open Events Manager → Test events to see it.`
        : `events_received: ${result.value.eventsReceived ?? 0}. A real event: it appears in Events Manager's Overview (after a delay), not under Test events.`,
    })
    const saved = await rememberTestCode(api, connection, tab.draft.testEventCode)
    if (saved) {
      const state = store.getState()
      state.setConnections(
        state.connections.map((candidate) => (candidate.id === saved.id ? saved : candidate)),
      )
    }
  } else {
    announce(store, {
      level: 'error',
      message: result.value.explanation?.title ?? 'Meta did not accept the event.',
      detail: 'The Response panel explains the answer and how to fix it.',
    })
  }
}

/** The test event code is remembered per connection, so the next draft starts with it. */
async function rememberTestCode(
  api: WorkbenchApi,
  connection: ConnectionView,
  code: string | undefined,
): Promise<ConnectionView | undefined> {
  const trimmed = code?.trim()
  if (!trimmed || trimmed === connection.testEventCode) return undefined
  const { id, name, portfolioName, businessAccountName, datasetId, apiVersion, endpoint, assets } =
    connection
  const result = await api['connections.save']({
    id,
    name,
    portfolioName,
    businessAccountName,
    datasetId,
    apiVersion,
    endpoint,
    assets,
    testEventCode: trimmed,
  })
  return result.ok ? result.value : undefined
}
