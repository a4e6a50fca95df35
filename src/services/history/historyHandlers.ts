import { allHistory, type historyChannels } from '../../shared/contract/historyChannels'
import type { PartialHandlerTable } from '../ipc/handlerTable'
import type { HistoryStore } from './historyStore'

export function createHistoryHandlers(
  history: HistoryStore,
): PartialHandlerTable<keyof typeof historyChannels> {
  return {
    'history.list': (query) => history.list(query ?? allHistory),
    'history.get': ({ id }) => history.get(id),
    'history.delete': ({ id }) => history.delete(id),
    'history.clear': () => history.clear(),
    'history.settings': (change) => history.settings(change),
    'history.checkDuplicates': ({ body }) => history.findAccepted(body),
  }
}
