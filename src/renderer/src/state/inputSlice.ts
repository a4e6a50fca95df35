import type { StateCreator } from 'zustand'
import type { WorkbenchState, WorkbenchStore } from './store'

/** One choice of a quick pick: `value` is what the pick resolves with. */
export interface PickItem {
  value: string
  label: string
  detail?: string
}

/** A one-line question in VS Code's quick-input style (Save As asks for a name with it). */
export interface InputRequest {
  title: string
  prompt: string
  value: string
  /** Returns a message when the value cannot be accepted. */
  validate?: (value: string) => string | undefined
  /** A quick pick: the text filters these, Enter takes the highlighted one and resolves its value. */
  items?: PickItem[]
  resolve: (value: string | undefined) => void
}

export interface InputSlice {
  inputRequest: InputRequest | undefined
  setInputRequest: (request: InputRequest | undefined) => void
}

export const createInputSlice: StateCreator<WorkbenchState, [], [], InputSlice> = (set) => ({
  inputRequest: undefined,
  setInputRequest: (inputRequest) => set({ inputRequest }),
})

/** Asks for a line of text; resolves undefined when the person presses Esc. */
export function askText(
  store: WorkbenchStore,
  request: Omit<InputRequest, 'resolve'>,
): Promise<string | undefined> {
  store.getState().inputRequest?.resolve(undefined)
  return new Promise((resolve) => store.getState().setInputRequest({ ...request, resolve }))
}

/** Asks to pick one of `items` (typing filters them); resolves its value, or undefined on Esc. */
export function askPick(
  store: WorkbenchStore,
  request: { title: string; prompt: string; items: PickItem[] },
): Promise<string | undefined> {
  return askText(store, { ...request, value: '' })
}
