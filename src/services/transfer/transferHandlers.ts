import { reformatJsonText } from './losslessJson'
import { EventDraft } from '../../shared/capi/model/eventDraft'
import { buildEventRequest } from '../../shared/capi/request/buildEventRequest'
import { defaultApiVersion } from '../../shared/capi/versions/graphVersions'
import type { transferChannels } from '../../shared/contract/transferChannels'
import { toCurl } from '../../shared/redact'
import { AppError } from '../../shared/result'
import { nodeSha256 } from '../hashing/nodeSha256'
import type { HistoryStore } from '../history/historyStore'
import type { PresetStore } from '../presets/presetStore'
import type { PartialHandlerTable } from '../ipc/handlerTable'
import { importPayload } from './importPayload'
import type { ContactStore } from '../contacts/contactStore'
import { planBundledContacts } from './bundleContacts'
import { exportBundle, importBundle, parseBundle, planImport } from './presetBundle'

export interface TransferDependencies {
  presets: PresetStore
  /** Bundles carry sample contacts too (absent: presets only). */
  contacts?: ContactStore
  history: HistoryStore
  now: () => Date
}

export function createTransferHandlers(
  deps: TransferDependencies,
): PartialHandlerTable<keyof typeof transferChannels> {
  return {
    'transfer.export': ({ scope }) => exportBundle(deps.presets, scope, deps.now(), deps.contacts),
    'transfer.previewImport': async ({ text }) => ({
      items: await planImport(deps.presets, text, deps.now()),
      contacts: deps.contacts ? await planBundledContacts(deps.contacts, parseBundle(text)) : [],
    }),
    'transfer.importBundle': async ({ text, decisions }) => ({
      contacts: { imported: [], skipped: [] },
      ...(await importBundle(deps.presets, text, decisions ?? {}, deps.now(), deps.contacts)),
    }),
    'transfer.importPayload': ({ text }) =>
      importPayload(text, Math.floor(deps.now().getTime() / 1000)),
    'transfer.copyAs': async ({ format, historyId, draft, target, sampleContact }) => {
      if (historyId !== undefined) {
        const entry = await deps.history.get(historyId)
        return { text: copyText(format, entry.request), problems: [] }
      }
      if (draft === undefined) {
        throw new AppError('invalid_input', 'Say what to copy: a history entry or a draft.')
      }
      const built = buildEventRequest(
        EventDraft.parse(draft),
        {
          endpoint: target?.endpoint ?? 'https://graph.facebook.com',
          apiVersion: target?.apiVersion ?? defaultApiVersion,
          datasetId: target?.datasetId ?? '',
        },
        { now: deps.now(), sha256: nodeSha256, ...sampleContact },
      )
      const request = {
        method: 'POST',
        url: built.url,
        headers: { authorization: 'Bearer <REDACTED>', 'content-type': 'application/json' },
        body: JSON.stringify(built.body),
      }
      return { text: copyText(format, request), problems: built.problems }
    },
  }
}

function copyText(
  format: 'curl' | 'body',
  request: { method: string; url: string; headers: Record<string, string>; body?: string },
): string {
  if (format === 'curl') return toCurl(request)
  try {
    return reformatJsonText(request.body ?? '')
  } catch {
    return request.body ?? ''
  }
}
