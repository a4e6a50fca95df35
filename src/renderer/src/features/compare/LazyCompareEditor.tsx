import { lazy, Suspense } from 'react'
import type { EditorTab } from '../../state/editorSlice'

/** jsondiffpatch and the diff view load when a Compare tab first shows, not with the workbench. */
const CompareEditor = lazy(() =>
  import('./CompareEditor').then((module) => ({ default: module.CompareEditor })),
)

export function LazyCompareEditor({ tab }: { tab: EditorTab }) {
  return (
    <Suspense fallback={<p className="compare-loading">Loading Compare…</p>}>
      <CompareEditor tab={tab} />
    </Suspense>
  )
}
