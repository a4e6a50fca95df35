import { useMemo } from 'react'
import type { DraftProblem } from './computeBuild'
import { useComposerBuild } from './useComposerBuild'

/**
 * Problems whose path is this field (or, with `nested`, anything under it). Restricted-region
 * warnings are left to the banner above the form, so they are not said twice; a region note (a
 * WhatsApp Business Account's country, spec §11) is not in the banner and stays one line here.
 */
export function useFieldProblems(tabId: string, path: string, nested = false): DraftProblem[] {
  const build = useComposerBuild(tabId)
  return useMemo(
    () =>
      (build?.problems ?? []).filter(
        (problem) =>
          (!problem.code.startsWith('region.') || problem.severity === 'info') &&
          (problem.path === path || (nested && problem.path.startsWith(`${path}.`))),
      ),
    [build, path, nested],
  )
}
