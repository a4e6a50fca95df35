import { lazy, Suspense } from 'react'
import type { EditorTab } from '../../state/editorSlice'
import { EmptyState } from '../../ui/EmptyState'

const ContactEditor = lazy(() =>
  import('./ContactEditor').then((module) => ({ default: module.ContactEditor })),
)

/** The contact editor's code loads when the first contact tab opens (initial JS budget). */
export function LazyContactEditor({ tab }: { tab: EditorTab }) {
  return (
    <Suspense fallback={<EmptyState icon="loading" title="Loading the contact editor…" />}>
      <ContactEditor tab={tab} />
    </Suspense>
  )
}
