import { useMemo } from 'react'
import type { DraftProblem } from './computeBuild'
import { useComposerBuild } from './useComposerBuild'

/**
 * Problems whose path is this field (or, with `nested`, anything under it). Restricted-region
 * warnings are left to the banner above the form, so they are not said twice.
 */
export function useFieldProblems(tabId: string, path: string, nested = false): DraftProblem[] {
  const build = useComposerBuild(tabId)
  return useMemo(
    () =>
      (build?.problems ?? []).filter(
        (problem) =>
          !problem.code.startsWith('region.') &&
          (problem.path === path || (nested && problem.path.startsWith(`${path}.`))),
      ),
    [build, path, nested],
  )
}
