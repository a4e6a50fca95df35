import { lazy, type ComponentType } from 'react'
import { ComposerEditor } from '../features/composer'
import { LazyCompareEditor } from '../features/compare'
import { LazyContactEditor } from '../features/contacts'
import type { EditorTab } from '../state/editorSlice'
import { WelcomeEditor } from './WelcomeEditor'

export interface EditorContribution {
  kind: string
  Editor: ComponentType<{ tab: EditorTab }>
}

/**
 * Editor kinds that can be opened in a tab. Features add theirs. Only the Welcome page and the
 * composer are in the initial script (the first load must reach an interactive composer within
 * its budget); every other editor is a chunk loaded the first time a tab of its kind opens,
 * under the Suspense fallback in EditorArea.
 */
export const editorRegistry: EditorContribution[] = [
  { kind: 'welcome', Editor: WelcomeEditor },
  { kind: 'composer', Editor: ComposerEditor },
  {
    kind: 'import',
    Editor: lazy(() =>
      import('../features/import/ImportEditor').then((m) => ({ default: m.ImportEditor })),
    ),
  },
  {
    kind: 'connection',
    Editor: lazy(() =>
      import('../features/connections/ConnectionEditor').then((m) => ({
        default: m.ConnectionEditor,
      })),
    ),
  },
  {
    kind: 'shortcuts',
    Editor: lazy(() =>
      import('./KeyboardShortcutsEditor').then((m) => ({ default: m.KeyboardShortcutsEditor })),
    ),
  },
  {
    kind: 'workflow-step',
    Editor: lazy(() =>
      import('../features/step/StepEditor').then((m) => ({ default: m.StepEditor })),
    ),
  },
  {
    kind: 'test-events',
    Editor: lazy(() =>
      import('../features/testEvents/TestEventsEditor').then((m) => ({
        default: m.TestEventsEditor,
      })),
    ),
  },
  {
    kind: 'raw',
    Editor: lazy(() =>
      import('../features/raw/RawRequestEditor').then((m) => ({ default: m.RawRequestEditor })),
    ),
  },
  {
    kind: 'settings',
    Editor: lazy(() =>
      import('../features/settings/SettingsEditor').then((m) => ({ default: m.SettingsEditor })),
    ),
  },
  // Compare brings its own Suspense and chunk (jsondiffpatch and the diff view).
  { kind: 'compare', Editor: LazyCompareEditor },
  { kind: 'contact', Editor: LazyContactEditor },
]
