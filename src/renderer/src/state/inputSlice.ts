import type { StateCreator } from 'zustand'
import type { WorkbenchState, WorkbenchStore } from './store'

/** A one-line question in VS Code's quick-input style (Save As asks for a name with it). */
export interface InputRequest {
  title: string
  prompt: string
  value: string
  /** Returns a message when the value cannot be accepted. */
  validate?: (value: string) => string | undefined
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
