import { useRef } from 'react'
import { useWorkbenchStore, type WorkbenchState } from '../../state/store'
import type { DraftProblem } from './computeBuild'
import { composerBuildOf } from './useComposerBuild'

const none: DraftProblem[] = []

function fieldProblems(
  state: WorkbenchState,
  tabId: string,
  path: string,
  nested: boolean,
): DraftProblem[] {
  // The same memoized build the preview and the Problems panel use: one computation per keystroke.
  const problems = composerBuildOf(state, tabId)?.problems
  if (!problems) return none
  return problems.filter(
    (problem) =>
      (!problem.code.startsWith('region.') || problem.severity === 'info') &&
      (problem.path === path || (nested && problem.path.startsWith(`${path}.`))),
  )
}

function sameProblems(before: DraftProblem[], after: DraftProblem[]): boolean {
  return (
    before.length === after.length &&
    before.every((problem, index) => JSON.stringify(problem) === JSON.stringify(after[index]))
  )
}

/**
 * Problems whose path is this field (or, with `nested`, anything under it). Restricted-region
 * warnings are left to the banner above the form, so they are not said twice; a region note (a
 * WhatsApp Business Account's country, spec §11) is not in the banner and stays one line here.
 *
 * The same array comes back while the field's problems read the same, so a keystroke in one field
 * does not re-render the other forty (each draft change makes a new build with new problem objects).
 */
export function useFieldProblems(tabId: string, path: string, nested = false): DraftProblem[] {
  // zustand's own useShallow keeps the previous result the same way (a ref read and written by the
  // selector); here the comparison is by content, as each build makes new problem objects.
  const last = useRef<DraftProblem[]>(none)
  return useWorkbenchStore((state) => {
    const next = fieldProblems(state, tabId, path, nested)
    if (!sameProblems(last.current, next)) last.current = next.length === 0 ? none : next
    return last.current
  })
}
