import type { StateCreator } from 'zustand'
import type { PresetSummary } from '../../../../shared/contract/presetsChannels'
import type { Preset } from '../../../../shared/presets/presetSchema'
import type { WorkbenchState } from '../../state/store'

export interface PresetConflict {
  presetId: string
  /** The revision now on disk; absent when the file was removed. */
  revision?: string
  message: string
  /** Set by "Keep mine": the next save replaces whatever is on disk. */
  overwrite?: boolean
}

export interface QuarantineMessage {
  file: string
  message: string
}

export interface PresetsSlice {
  presets: PresetSummary[]
  presetFolders: string[]
  presetsLoaded: boolean
  presetsError: string | undefined
  quarantineMessages: QuarantineMessage[]
  presetFilter: string
  /** A preset id, or `folder:<path>` for a folder. */
  selectedPresetNode: string | undefined
  collapsedFolders: Record<string, true>
  /** What is being renamed inline (a preset id), or `new-folder` while a folder is being named. */
  presetEditing: string | undefined
  /** A preset cut with Ctrl+X, waiting for Ctrl+V on a folder (the keyboard's drag and drop). */
  presetCut: string | undefined
  /** The revision each composer tab's preset had when the tab opened or last saved, by tab id. */
  tabRevisions: Record<string, string>
  /** Tabs with unsaved edits whose preset changed on disk: shown, never overwritten. */
  presetConflicts: Record<string, PresetConflict>
  lastDeleted: { id: string; preset: Preset } | undefined
  setPresetListing: (listing: { presets: PresetSummary[]; folders: string[] }) => void
  setPresetsError: (message: string | undefined) => void
  addQuarantineMessages: (messages: QuarantineMessage[]) => void
  dismissQuarantineMessage: (message: string) => void
  setPresetFilter: (filter: string) => void
  selectPresetNode: (node: string | undefined) => void
  toggleFolder: (folder: string) => void
  setPresetEditing: (editing: string | undefined) => void
  setPresetCut: (id: string | undefined) => void
  setTabRevision: (tabId: string, revision: string | undefined) => void
  setPresetConflict: (tabId: string, conflict: PresetConflict | undefined) => void
  setLastDeleted: (deleted: { id: string; preset: Preset } | undefined) => void
}

export const createPresetsSlice: StateCreator<WorkbenchState, [], [], PresetsSlice> = (
  set,
  get,
) => ({
  presets: [],
  presetFolders: [],
  presetsLoaded: false,
  presetsError: undefined,
  quarantineMessages: [],
  presetFilter: '',
  selectedPresetNode: undefined,
  collapsedFolders: {},
  presetEditing: undefined,
  presetCut: undefined,
  tabRevisions: {},
  presetConflicts: {},
  lastDeleted: undefined,
  setPresetListing: ({ presets, folders }) =>
    set({ presets, presetFolders: folders, presetsLoaded: true, presetsError: undefined }),
  setPresetsError: (message) => set({ presetsError: message, presetsLoaded: true }),
  addQuarantineMessages: (messages) => {
    const known = new Set(get().quarantineMessages.map((item) => item.message))
    const fresh = messages.filter((item) => !known.has(item.message))
    if (fresh.length > 0) set({ quarantineMessages: [...get().quarantineMessages, ...fresh] })
  },
  dismissQuarantineMessage: (message) =>
    set({
      quarantineMessages: get().quarantineMessages.filter((item) => item.message !== message),
    }),
  setPresetFilter: (presetFilter) => set({ presetFilter }),
  selectPresetNode: (selectedPresetNode) => set({ selectedPresetNode }),
  toggleFolder: (folder) => {
    const collapsed = { ...get().collapsedFolders }
    if (collapsed[folder]) delete collapsed[folder]
    else collapsed[folder] = true
    set({ collapsedFolders: collapsed })
  },
  setPresetEditing: (presetEditing) => set({ presetEditing }),
  setPresetCut: (presetCut) => set({ presetCut }),
  setTabRevision: (tabId, revision) => {
    const tabRevisions = { ...get().tabRevisions }
    if (revision === undefined) delete tabRevisions[tabId]
    else tabRevisions[tabId] = revision
    set({ tabRevisions })
  },
  setPresetConflict: (tabId, conflict) => {
    const presetConflicts = { ...get().presetConflicts }
    if (conflict === undefined) delete presetConflicts[tabId]
    else presetConflicts[tabId] = conflict
    set({ presetConflicts })
  },
  setLastDeleted: (lastDeleted) => set({ lastDeleted }),
})
