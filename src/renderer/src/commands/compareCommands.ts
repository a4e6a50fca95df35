import type { HistorySummary } from '../../../shared/contract/historyChannels'
import {
  compareHistoryEntries,
  compareWithActiveEditor,
  hasComparableEditor,
} from '../features/compare'
import { timeLabel } from '../features/history'
import { askPick, type PickItem } from '../state/inputSlice'
import type { Command, CommandContext } from './command'

const outcomeWords: Record<HistorySummary['outcome'], string> = {
  accepted: 'accepted',
  meta_error: 'Meta error',
  network_error: 'network error',
  partial: 'partly accepted',
  unknown: 'outcome unknown',
}

function pickItem(entry: HistorySummary): PickItem {
  return {
    value: entry.id,
    label:
      `${entry.eventNames.join(', ') || '(no event)'} · ${entry.status ?? ''} ${outcomeWords[entry.outcome]}`.replace(
        '·  ',
        '· ',
      ),
    detail: [
      timeLabel(entry.time),
      entry.connectionName ?? entry.endpoint,
      entry.testEventCode,
      entry.errorTitle,
    ]
      .filter(Boolean)
      .join(' · '),
  }
}

/** The newest recorded sends as quick-pick items (none: the person is told). */
async function historyItems({ store, api }: CommandContext): Promise<PickItem[] | undefined> {
  const result = await api['history.list']({ limit: 200 })
  if (!result.ok || result.value.entries.length === 0) {
    store.getState().notify({
      level: result.ok ? 'info' : 'error',
      message: result.ok ? 'Nothing sent yet: History is empty.' : 'History could not be read.',
      ...(result.ok ? {} : { detail: result.error.message }),
    })
    return undefined
  }
  return result.value.entries.map(pickItem)
}

export const compareCommands: Command[] = [
  {
    id: 'compare.historyEntries',
    title: 'Compare Two History Entries…',
    category: 'Compare',
    run: async (context) => {
      const items = await historyItems(context)
      if (!items) return
      const first = await askPick(context.store, {
        title: 'Compare Two History Entries (1 of 2)',
        prompt: 'Pick the first send',
        items,
      })
      if (!first) return
      const second = await askPick(context.store, {
        title: 'Compare Two History Entries (2 of 2)',
        prompt: 'Pick the send to compare it with',
        items: items.filter((item) => item.value !== first),
      })
      if (second) await compareHistoryEntries(context, first, second)
    },
  },
  {
    id: 'compare.activeEditorWithHistory',
    title: 'Compare Active Editor with History Entry…',
    category: 'Compare',
    isEnabled: hasComparableEditor,
    run: async (context) => {
      const items = await historyItems(context)
      if (!items) return
      const id = await askPick(context.store, {
        title: 'Compare Active Editor with History Entry',
        prompt: 'Pick the recorded send to put next to the active editor',
        items,
      })
      if (id) await compareWithActiveEditor(context, id)
    },
  },
  {
    id: 'compare.selectedHistoryEntries',
    title: 'Compare Selected Sends',
    category: 'History',
    isEnabled: ({ store }) => store.getState().historyCompareSelection.length === 2,
    run: async (context) => {
      const [first, second] = context.store.getState().historyCompareSelection
      if (first && second) await compareHistoryEntries(context, first, second)
    },
  },
]
