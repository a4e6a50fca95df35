import { channelIdBodyKeys, type ChannelIdKey } from '../../../../shared/capi/model/channels'
import {
  customDataBodyKeys,
  type CustomDataDraftKey,
} from '../../../../shared/capi/model/customDataKeys'
import type { EventDraft } from '../../../../shared/capi/model/eventDraft'
import type { BuiltRequest } from './computeBuild'

export type HashedValue = BuiltRequest['hashed'][number]

export interface PreviewAnnotations {
  /** Hash → the value it came from, for the hover text. */
  hashes: Map<string, HashedValue>
  /** JSON path (`data.0.user_data.ctwa_clid`) → the variable text typed in the draft. */
  variables: Map<string, string>
}

const variablePattern = /\{\{\s*[\w.]+\s*\}\}/

/** What the preview marks: hashed values (with their normalized value) and resolved variables. */
export function previewAnnotations(draft: EventDraft, request: BuiltRequest): PreviewAnnotations {
  const hashes = new Map<string, HashedValue>()
  const variables = new Map<string, string>()
  for (const entry of request.hashed) {
    hashes.set(entry.hash, entry)
    if (entry.variable) variables.set(`hash:${entry.hash}`, entry.variable)
  }
  for (const [key, value] of Object.entries(draft.ids)) {
    if (typeof value === 'string' && variablePattern.test(value)) {
      variables.set(`data.0.user_data.${channelIdBodyKeys[key as ChannelIdKey]}`, value)
    }
  }
  for (const [key, value] of Object.entries(draft.customData)) {
    const bodyKey = customDataBodyKeys[key as CustomDataDraftKey]
    if (bodyKey && typeof value === 'string' && variablePattern.test(value)) {
      variables.set(`data.0.custom_data.${bodyKey}`, value)
    }
  }
  return { hashes, variables }
}
