import type { ComponentType } from 'react'
import { ComposerEditor } from '../features/composer'
import { ConnectionEditor } from '../features/connections'
import { ImportEditor } from '../features/import'
import { StepEditor } from '../features/step'
import { TestEventsEditor } from '../features/testEvents'
import { RawRequestEditor } from '../features/raw'
import { SettingsEditor } from '../features/settings'
import { LazyContactEditor } from '../features/contacts'
import type { EditorTab } from '../state/editorSlice'
import { KeyboardShortcutsEditor } from './KeyboardShortcutsEditor'
import { WelcomeEditor } from './WelcomeEditor'

export interface EditorContribution {
  kind: string
  Editor: ComponentType<{ tab: EditorTab }>
}

/** Editor kinds that can be opened in a tab. Features add theirs. */
export const editorRegistry: EditorContribution[] = [
  { kind: 'welcome', Editor: WelcomeEditor },
  { kind: 'composer', Editor: ComposerEditor },
  { kind: 'import', Editor: ImportEditor },
  { kind: 'connection', Editor: ConnectionEditor },
  { kind: 'shortcuts', Editor: KeyboardShortcutsEditor },
  { kind: 'workflow-step', Editor: StepEditor },
  { kind: 'test-events', Editor: TestEventsEditor },
  { kind: 'raw', Editor: RawRequestEditor },
  { kind: 'settings', Editor: SettingsEditor },
  { kind: 'contact', Editor: LazyContactEditor },
]
