import type { WorkbenchStore } from '../../state/store'
import type { StepTab } from './stepSlice'

let stepCounter = 0

/** Opens a new Workflow Step tab (optionally pre-filled); returns its tab id. */
export function newStepTab(store: WorkbenchStore, initial?: Partial<StepTab>): string {
  const state = store.getState()
  let id: string
  do {
    id = `workflow-step:${++stepCounter}`
  } while (state.tabs.some((tab) => tab.id === id))
  const first = state.connections[0]
  const connectionName = initial?.step?.connection ?? first?.name ?? ''
  state.openStepTab(id, {
    ...initial,
    ...(initial?.step
      ? {}
      : {
          step: {
            connection: connectionName,
            assets: { whatsapp: first?.assets.whatsapp?.id ?? '', page: null, instagram: null },
            event: 'Purchase',
            currency: 'USD',
            value: '',
            customer: { em: '{{contact.email}}', ph: '{{contact.phone}}' },
          },
        }),
  })
  state.openTab({ kind: 'workflow-step', id, title: `Workflow step ${stepCounter}` })
  return id
}
