import { activeComposerTabId, computeBuild, findSampleContact } from '../features/composer'
import { activeRawTabId, rawProblems } from '../features/raw'
import type { Command, CommandContext } from './command'

/** The problem F8 last went to, per tab, so F8 / Shift+F8 walk the list like VS Code's. */
const positions = new Map<string, number>()

/** F8 / Shift+F8 in the raw request editor: the next / previous problem after the last reveal. */
function goToRawProblem({ store }: CommandContext, tabId: string, step: 1 | -1): void {
  const state = store.getState()
  const tab = state.rawTabs[tabId]
  if (!tab) return
  const connection = state.connections.find((candidate) => candidate.id === tab.connectionId)
  const problems = rawProblems(tab.text, connection)
  if (problems.length === 0) {
    state.notify({ level: 'info', message: 'No problems in the raw request.' })
    return
  }
  const at = state.rawReveal?.tabId === tabId ? state.rawReveal.from : undefined
  const problem =
    step === 1
      ? (problems.find((candidate) => at === undefined || candidate.from > at) ?? problems[0])
      : ([...problems].reverse().find((candidate) => at === undefined || candidate.from < at) ??
        problems[problems.length - 1])
  if (problem) state.revealRaw(tabId, problem.from, problem.to)
}

function activeProblems({ store }: CommandContext) {
  const tabId = activeComposerTabId(store)
  const state = store.getState()
  const tab = tabId ? state.composerTabs[tabId] : undefined
  if (!tabId || !tab) return undefined
  const connection = state.connections.find((candidate) => candidate.id === tab.connectionId)
  const { problems } = computeBuild(
    tabId,
    tab.draft,
    connection,
    findSampleContact(state, tab.sampleContactId)?.contact,
  )
  return { tabId, problems }
}

function goToProblem(context: CommandContext, step: 1 | -1): void {
  const rawTabId = activeRawTabId(context.store)
  if (rawTabId) return goToRawProblem(context, rawTabId, step)
  const found = activeProblems(context)
  if (!found || found.problems.length === 0) {
    context.store.getState().notify({ level: 'info', message: 'No problems in the open event.' })
    return
  }
  const count = found.problems.length
  const previous = positions.get(found.tabId)
  const index =
    previous === undefined ? (step === 1 ? 0 : count - 1) : (previous + step + count) % count
  positions.set(found.tabId, index)
  const problem = found.problems[index]
  if (!problem) return
  const state = context.store.getState()
  state.focusField(found.tabId, problem.path)
  state.notify({
    level:
      problem.severity === 'error' ? 'error' : problem.severity === 'warning' ? 'warning' : 'info',
    message: `Problem ${index + 1} of ${count}: ${problem.message}`,
  })
}

export const nextProblem: Command = {
  id: 'problems.next',
  title: 'Go to Next Problem',
  category: 'Problems',
  keybinding: 'F8',
  isEnabled: (context) =>
    activeRawTabId(context.store) !== undefined || activeProblems(context) !== undefined,
  run: (context) => goToProblem(context, 1),
}

export const previousProblem: Command = {
  id: 'problems.previous',
  title: 'Go to Previous Problem',
  category: 'Problems',
  keybinding: 'Shift+F8',
  isEnabled: (context) =>
    activeRawTabId(context.store) !== undefined || activeProblems(context) !== undefined,
  run: (context) => goToProblem(context, -1),
}

/** Opens the Problems panel and puts focus on its first problem (or the panel itself). */
export const focusProblems: Command = {
  id: 'problems.focus',
  title: 'Focus Problems',
  category: 'Problems',
  keybinding: 'Ctrl+Shift+M',
  run: ({ store }) => {
    store.getState().showPanel('problems')
    requestAnimationFrame(() => focusPanelContent())
  },
}

/** The first focusable element of the panel's content, else the active panel tab. */
export function focusPanelContent(): boolean {
  const content = document.querySelector<HTMLElement>('.panel-content')
  const target =
    content?.querySelector<HTMLElement>(
      'button, [href], input, select, textarea, [tabindex="0"]',
    ) ?? document.querySelector<HTMLElement>('.panel-tab.active')
  target?.focus()
  return Boolean(target)
}
