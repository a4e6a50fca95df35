import { prepareRawBody } from '../../../../shared/capi/request/prepareRawBody'
import { hasTestEventCode } from '../../../../shared/capi/request/sendGate'
import type { WorkbenchApi } from '../../../../shared/contract/api'
import { createAnnouncer } from '../../state/createAnnouncer'
import type { WorkbenchStore } from '../../state/store'
import { showSendResult } from '../inspector'
import { parseSendSettings } from '../sendSettings'
import { rawProblems } from './rawProblems'

let sendCounter = 0
/** The last send's notification: the next send replaces it, so they never pile up. */
const announce = createAnnouncer()

/**
 * "Send" in the raw request editor (button, Ctrl+Enter): the same gates as the composer and as
 * `capi send --raw` — JSON and validator errors refuse (the Problems panel opens on the first),
 * a body without a test event code asks first (with the duplicate guard's findings) — then main
 * sends the text byte for byte and the answer opens in the Response panel. The text is never lost.
 */
export async function sendRawRequest(
  store: WorkbenchStore,
  api: WorkbenchApi,
  tabId: string,
  options: { confirmed?: boolean } = {},
): Promise<void> {
  const state = store.getState()
  const tab = state.rawTabs[tabId]
  if (!tab || tab.send.status === 'sending') return
  const connection = state.connections.find((candidate) => candidate.id === tab.connectionId)
  if (!connection) {
    announce(store, { level: 'warning', message: 'Choose a connection before sending.' })
    document.getElementById(`raw-connection-${tabId}`)?.focus()
    return
  }
  const errors = rawProblems(tab.text, connection).filter((problem) => problem.severity === 'error')
  const settings = parseSendSettings(tab.sendSettings)
  if (errors.length > 0 || settings.errors.length > 0) {
    const count = errors.length + settings.errors.length
    announce(store, {
      level: 'error',
      message: `Fix ${count === 1 ? 'the problem' : `${count} problems`} before sending.`,
      detail: errors[0]?.message ?? settings.errors[0],
    })
    if (errors[0]) {
      state.showPanel('problems')
      state.revealRaw(tabId, errors[0].from, errors[0].to)
    }
    return
  }
  const prepared = prepareRawBody(tab.text)
  if (!prepared.ok) return
  if (!hasTestEventCode(prepared.value) && !options.confirmed) {
    const check = await api['history.checkDuplicates']({ body: prepared.value })
    store.getState().setRawSendStatus(tabId, {
      status: 'confirm',
      duplicates: check.ok ? check.value.matches : [],
    })
    return
  }
  const requestId = `raw-${Date.now().toString(36)}-${++sendCounter}`
  store.getState().setRawSendStatus(tabId, { status: 'sending', requestId })
  const result = await api['events.sendRaw']({
    body: tab.text,
    connectionId: connection.id,
    requestId,
    ...(tab.presetId ? { presetId: tab.presetId } : {}),
    // The person saw the duplicate guard's findings in the same confirmation.
    ...(options.confirmed ? { confirmNoTestCode: true, allowDuplicate: true } : {}),
    ...(settings.headers ? { headers: settings.headers } : {}),
    ...(settings.timeoutMs ? { timeoutMs: settings.timeoutMs } : {}),
  })
  const after = store.getState()
  if (!result.ok) {
    after.setRawSendStatus(tabId, { status: 'failed', message: result.error.message })
    announce(store, {
      level: 'error',
      message: 'The raw request was not sent.',
      detail: result.error.message,
    })
    return
  }
  after.setRawSendStatus(tabId, { status: 'done', outcome: result.value.outcome })
  const events = (prepared.value.data as { event_name?: unknown }[] | undefined) ?? []
  const names = events.map((event) => String(event?.event_name ?? '?')).join(', ')
  showSendResult(
    store,
    tabId,
    result.value,
    `Raw request (${names || 'no events'}) via ${connection.name}`,
  )
  const removed =
    result.value.removed.length > 0
      ? ` Removed from the body before sending: ${result.value.removed.join(', ')}.`
      : ''
  if (result.value.outcome === 'accepted') {
    announce(store, {
      level: 'success',
      message: hasTestEventCode(prepared.value)
        ? 'Raw request sent as a test event'
        : 'Raw request sent',
      detail: `events_received: ${result.value.eventsReceived ?? 0}.${removed}`,
    })
  } else {
    announce(store, {
      level: 'error',
      message: result.value.explanation?.title ?? 'Meta did not accept the request.',
      detail: `The Response panel explains the answer and how to fix it.${removed}`,
    })
  }
}
