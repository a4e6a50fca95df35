import { lazy, type ComponentType } from 'react'
import { ComposerEditor } from '../features/composer'
import { LazyCompareEditor } from '../features/compare'
import { LazyContactEditor } from '../features/contacts'
import type { EditorTab } from '../state/editorSlice'
import { WelcomeEditor } from './WelcomeEditor'

type EditorComponent = ComponentType<{ tab: EditorTab }>

/** An editor loaded the first time a tab of its kind opens (its own chunk). */
function lazyEditor(load: () => Promise<EditorComponent>): EditorComponent {
  return lazy(() => load().then((Editor) => ({ default: Editor })))
}

export interface EditorContribution {
  kind: string
  Editor: EditorComponent
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
    Editor: lazyEditor(() => import('../features/import/ImportEditor').then((m) => m.ImportEditor)),
  },
  {
    kind: 'connection',
    Editor: lazyEditor(() =>
      import('../features/connections/ConnectionEditor').then((m) => m.ConnectionEditor),
    ),
  },
  {
    kind: 'shortcuts',
    Editor: lazyEditor(() =>
      import('./KeyboardShortcutsEditor').then((m) => m.KeyboardShortcutsEditor),
    ),
  },
  {
    kind: 'workflow-step',
    Editor: lazyEditor(() => import('../features/step/StepEditor').then((m) => m.StepEditor)),
  },
  {
    kind: 'test-events',
    Editor: lazyEditor(() =>
      import('../features/testEvents/TestEventsEditor').then((m) => m.TestEventsEditor),
    ),
  },
  {
    kind: 'raw',
    Editor: lazyEditor(() =>
      import('../features/raw/RawRequestEditor').then((m) => m.RawRequestEditor),
    ),
  },
  {
    kind: 'settings',
    Editor: lazyEditor(() =>
      import('../features/settings/SettingsEditor').then((m) => m.SettingsEditor),
    ),
  },
  // Compare brings its own Suspense and chunk (jsondiffpatch and the diff view).
  { kind: 'compare', Editor: LazyCompareEditor },
  { kind: 'contact', Editor: LazyContactEditor },
]
