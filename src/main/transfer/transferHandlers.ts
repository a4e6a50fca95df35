import type { transferChannels } from '../../shared/contract/transferChannels'
import { toCurl } from '../../shared/redact'
import { AppError } from '../../shared/result'
import type { HistoryStore } from '../history/historyStore'
import type { PresetStore } from '../presets/presetStore'
import type { PartialHandlerTable } from '../ipc/handlerTable'
import { importPayload } from './importPayload'
import { exportBundle, importBundle, planImport } from './presetBundle'

export interface TransferDependencies {
  presets: PresetStore
  history: HistoryStore
  now: () => Date
}

export function createTransferHandlers(
  deps: TransferDependencies,
): PartialHandlerTable<keyof typeof transferChannels> {
  return {
    'transfer.export': ({ scope }) => exportBundle(deps.presets, scope, deps.now()),
    'transfer.previewImport': async ({ text }) => ({
      items: await planImport(deps.presets, text, deps.now()),
    }),
    'transfer.importBundle': ({ text, decisions }) =>
      importBundle(deps.presets, text, decisions ?? {}, deps.now()),
    'transfer.importPayload': ({ text }) =>
      importPayload(text, Math.floor(deps.now().getTime() / 1000)),
    'transfer.copyAs': async ({ format, historyId }) => {
      if (historyId === undefined) {
        throw new AppError('invalid_input', 'Say which history entry to copy.')
      }
      const entry = await deps.history.get(historyId)
      return { text: copyText(format, entry.request), problems: [] }
    },
  }
}

function copyText(
  format: 'curl' | 'body',
  request: { method: string; url: string; headers: Record<string, string>; body?: string },
): string {
  if (format === 'curl') return toCurl(request)
  try {
    return JSON.stringify(JSON.parse(request.body ?? ''), null, 2)
  } catch {
    return request.body ?? ''
  }
}
