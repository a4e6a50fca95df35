import { reformatJson } from '../../../../shared/json/parseJsonText'
import type { WorkbenchStore } from '../../state/store'
import { rawProblems } from './rawProblems'

/**
 * Format (indent 2) or Minify (indent 0) the tab's JSON, keeping every number's digits. Text that
 * does not parse is left alone and the syntax error is shown.
 */
export function formatRawTab(store: WorkbenchStore, tabId: string, indent: 0 | 2): boolean {
  const state = store.getState()
  const tab = state.rawTabs[tabId]
  if (!tab) return false
  const formatted = reformatJson(tab.text, indent)
  if (formatted === undefined) {
    const problem = rawProblems(tab.text, undefined)[0]
    state.notify({
      level: 'warning',
      message: 'The JSON has a syntax error; fix it before formatting.',
      ...(problem
        ? { detail: `Line ${problem.line}, column ${problem.column}: ${problem.message}` }
        : {}),
    })
    if (problem) state.revealRaw(tabId, problem.from, problem.to)
    return false
  }
  state.setRawText(tabId, indent === 2 ? `${formatted}\n` : formatted)
  return true
}
