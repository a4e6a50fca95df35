import type { StateCreator } from 'zustand'
import { createDefaultStep, type StepContact, type WorkflowStep } from '../../../../shared/step'
import type { WorkbenchState } from '../../state/store'

/** One Workflow Step tab: the step's form, the contact beside it, the test code and the send state. */
export interface StepTab {
  /** The step preset this tab edits (Ctrl+S writes it again); absent for a new step. */
  presetId?: string
  step: WorkflowStep
  contact: StepContact
  testEventCode: string
  send: { status: 'idle' | 'sending' | 'done' | 'failed'; message?: string }
}

export interface StepSlice {
  stepTabs: Record<string, StepTab>
  openStepTab: (tabId: string, initial?: Partial<StepTab>) => void
  updateStep: (tabId: string, change: (step: WorkflowStep) => WorkflowStep) => void
  updateStepContact: (tabId: string, change: (contact: StepContact) => StepContact) => void
  setStepTestCode: (tabId: string, code: string) => void
  setStepSend: (tabId: string, send: StepTab['send']) => void
  setStepPreset: (tabId: string, presetId: string | undefined) => void
  dropStepTab: (tabId: string) => void
}

/** A WhatsApp contact from a click-to-WhatsApp ad, as in the example. */
export function createDefaultContact(): StepContact {
  return {
    channel: 'whatsapp',
    ctwa_clid: null,
    psid: null,
    igsid: null,
    contact: { email: '', phone: '', first_name: '' },
    workflow: {},
  }
}

export const createStepSlice: StateCreator<WorkbenchState, [], [], StepSlice> = (set, get) => {
  const update = (tabId: string, change: (tab: StepTab) => StepTab) => {
    const tab = get().stepTabs[tabId]
    if (!tab) return
    set({ stepTabs: { ...get().stepTabs, [tabId]: change(tab) } })
  }
  return {
    stepTabs: {},
    openStepTab: (tabId, initial = {}) => {
      if (get().stepTabs[tabId]) return
      const tab: StepTab = {
        step: createDefaultStep(),
        contact: createDefaultContact(),
        testEventCode: '',
        send: { status: 'idle' },
        ...initial,
      }
      set({ stepTabs: { ...get().stepTabs, [tabId]: tab } })
    },
    // An edit of the step or its contact is an unsaved change (Ctrl+S keeps it as a step preset).
    updateStep: (tabId, change) => {
      update(tabId, (tab) => ({ ...tab, step: change(tab.step) }))
      get().setTabDirty(tabId, true)
    },
    updateStepContact: (tabId, change) => {
      update(tabId, (tab) => ({ ...tab, contact: change(tab.contact) }))
      get().setTabDirty(tabId, true)
    },
    setStepTestCode: (tabId, code) => update(tabId, (tab) => ({ ...tab, testEventCode: code })),
    setStepSend: (tabId, send) => update(tabId, (tab) => ({ ...tab, send })),
    setStepPreset: (tabId, presetId) =>
      update(tabId, ({ presetId: _previous, ...tab }) => (presetId ? { ...tab, presetId } : tab)),
    dropStepTab: (tabId) => {
      if (!get().stepTabs[tabId]) return
      const { [tabId]: _closed, ...rest } = get().stepTabs
      set({ stepTabs: rest })
    },
  }
}
