import { create } from 'zustand'
import { persist, type PersistStorage } from 'zustand/middleware'
import { createEditorSlice, type EditorSlice } from './editorSlice'
import { createInputSlice, type InputSlice } from './inputSlice'
import { createLayoutSlice, type LayoutSlice } from './layoutSlice'
import { createNotificationSlice, type NotificationSlice } from './notificationSlice'
import { createComposerSlice, type ComposerSlice } from '../features/composer/composerSlice'
import { createInspectorSlice, type InspectorSlice } from '../features/inspector/inspectorSlice'
import { createHistorySlice, type HistorySlice } from '../features/history/historySlice'
import { createPresetsSlice, type PresetsSlice } from '../features/presets/presetsSlice'
import { createRawSlice, type RawSlice } from '../features/raw/rawSlice'
import { createSettingsSlice, type SettingsSlice } from '../features/settings/settingsSlice'
import {
  createConnectionsSlice,
  type ConnectionsSlice,
} from '../features/connections/connectionsSlice'
import { createStepSlice, type StepSlice } from '../features/step/stepSlice'
import { createContactsSlice, type ContactsSlice } from '../features/contacts/contactsSlice'

/** The one bound store. Each feature adds its slice type here and its creator below. */
export type WorkbenchState = LayoutSlice &
  EditorSlice &
  InputSlice &
  NotificationSlice &
  ComposerSlice &
  InspectorSlice &
  PresetsSlice &
  HistorySlice &
  ConnectionsSlice &
  StepSlice &
  RawSlice &
  SettingsSlice &
  ContactsSlice

/** Only the layout survives a restart here; documents live in main (presets, autosave). */
export function persistedLayout(state: WorkbenchState) {
  return {
    activeViewId: state.activeViewId,
    sideBarVisible: state.sideBarVisible,
    panelVisible: state.panelVisible,
    theme: state.theme,
    recentCommands: state.recentCommands,
    layoutSizes: state.layoutSizes,
    panelMaximized: state.panelMaximized,
  }
}

type PersistedLayout = ReturnType<typeof persistedLayout>

/**
 * zustand's persist writes on every state change, a keystroke in a draft included; the layout it
 * keeps changes rarely, so a write whose text equals the last one is skipped (a synchronous
 * localStorage write per keystroke cost about a millisecond of the frame).
 */
export function unchangedWritesSkipped<T>(storage: Storage): PersistStorage<T> {
  let last: string | undefined
  return {
    getItem: (name) => {
      const text = storage.getItem(name)
      last = text ?? undefined
      return text === null ? null : JSON.parse(text)
    },
    setItem: (name, value) => {
      const text = JSON.stringify(value)
      if (text === last) return
      last = text
      storage.setItem(name, text)
    },
    removeItem: (name) => {
      last = undefined
      storage.removeItem(name)
    },
  }
}

export function createWorkbenchStore(storage: Storage | undefined = globalThis.localStorage) {
  return create<WorkbenchState>()(
    persist(
      (...args) => ({
        ...createLayoutSlice(...args),
        ...createEditorSlice(...args),
        ...createInputSlice(...args),
        ...createNotificationSlice(...args),
        ...createComposerSlice(...args),
        ...createInspectorSlice(...args),
        ...createPresetsSlice(...args),
        ...createHistorySlice(...args),
        ...createConnectionsSlice(...args),
        ...createStepSlice(...args),
        ...createRawSlice(...args),
        ...createSettingsSlice(...args),
        ...createContactsSlice(...args),
      }),
      {
        name: 'capi-workbench-layout',
        version: 1,
        partialize: persistedLayout,
        ...(storage ? { storage: unchangedWritesSkipped<PersistedLayout>(storage) } : {}),
      },
    ),
  )
}

export const useWorkbenchStore = createWorkbenchStore()
export type WorkbenchStore = typeof useWorkbenchStore
