import { create } from 'zustand'
import { createEditorSlice, type EditorSlice } from './editorSlice'
import { createLayoutSlice, type LayoutSlice } from './layoutSlice'
import { createNotificationSlice, type NotificationSlice } from './notificationSlice'

/** The one bound store. Each feature adds its slice type here and its creator below. */
export type WorkbenchState = LayoutSlice & EditorSlice & NotificationSlice

export function createWorkbenchStore() {
  return create<WorkbenchState>()((...args) => ({
    ...createLayoutSlice(...args),
    ...createEditorSlice(...args),
    ...createNotificationSlice(...args),
  }))
}

export const useWorkbenchStore = createWorkbenchStore()
export type WorkbenchStore = typeof useWorkbenchStore
