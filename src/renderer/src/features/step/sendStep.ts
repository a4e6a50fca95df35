import type { WorkbenchApi } from '../../../../shared/contract/api'
import type { ConnectionView } from '../../../../shared/connections/connectionSchema'
import { type StepSimulation, testEventSentMessage } from '../../../../shared/step'
import type { WorkbenchStore } from '../../state/store'
import { showSendResult } from '../inspector'

let sendCounter = 0

/**
 * "Send test event": sends what the simulator shows through main's send service (which builds the
 * request again from the same draft and contact), opens the answer in the Response panel and shows
 * the step's success message.
 */
export async function sendStep(
  store: WorkbenchStore,
  api: WorkbenchApi,
  tabId: string,
  simulation: StepSimulation,
  connection: ConnectionView,
): Promise<void> {
  const state = store.getState()
  const tab = state.stepTabs[tabId]
  if (!tab || tab.send.status === 'sending' || !simulation.wouldSend) return
  if (!tab.testEventCode.trim()) {
    state.setStepSend(tabId, {
      status: 'failed',
      message: 'Add the test ID from Meta Events Manager > Data sources > Test events first.',
    })
    return
  }
  state.setStepSend(tabId, { status: 'sending' })
  const result = await api['events.send']({
    draft: simulation.draft,
    connectionId: connection.id,
    contact: simulation.source.contact,
    workflow: simulation.source.workflow,
    requestId: `step-${Date.now().toString(36)}-${++sendCounter}`,
  })
  const after = store.getState()
  if (!result.ok) {
    after.setStepSend(tabId, { status: 'failed', message: result.error.message })
    after.notify({
      level: 'error',
      message: 'The test event was not sent.',
      detail: result.error.message,
    })
    return
  }
  showSendResult(
    store,
    tabId,
    result.value,
    `${simulation.draft.eventName} (workflow step) via ${connection.name}`,
  )
  if (result.value.outcome === 'accepted') {
    after.setStepSend(tabId, { status: 'done', message: testEventSentMessage })
    after.notify({ level: 'success', message: testEventSentMessage })
  } else {
    const message = result.value.explanation?.title ?? 'Meta did not accept the event.'
    after.setStepSend(tabId, {
      status: 'failed',
      message: `${message} The Response panel explains it.`,
    })
    after.notify({ level: 'error', message, detail: 'The Response panel explains the answer.' })
  }
}
