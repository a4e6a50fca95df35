import { channelInfo, type ChannelIdKey, type MessagingChannel } from '../capi/model/channels'
import { draftSchemaVersion, type EventDraft } from '../capi/model/eventDraft'
import { customerFieldLabels, customerFields, type CustomerField } from '../capi/normalize'
import { resolveText, type VariableSource } from '../capi/variables/resolveVariables'
import type { AssetKind } from '../connections/connectionSchema'
import { stepEventNames, type StepContact, type WorkflowStep } from './stepSchema'

/** The step's account per channel (seed: WhatsApp Business account, Facebook Page, Instagram account). */
export const channelAssetKind: Record<MessagingChannel, AssetKind> = {
  whatsapp: 'whatsapp',
  messenger: 'page',
  instagram: 'instagram',
}

/** The contact ID each channel needs beside the account (spec §4). */
export const contactIdOf: Record<
  MessagingChannel,
  { key: 'ctwa_clid' | 'psid' | 'igsid'; draftKey: ChannelIdKey }
> = {
  whatsapp: { key: 'ctwa_clid', draftKey: 'ctwaClid' },
  messenger: { key: 'psid', draftKey: 'pageScopedUserId' },
  instagram: { key: 'igsid', draftKey: 'igSid' },
}

/** A customer field the step fills but this contact leaves empty (the field is not sent). */
export interface EmptyCustomerField {
  field: CustomerField
  raw: string
  why: string
}

export interface StepDraft {
  draft: EventDraft
  source: Required<VariableSource>
  /** Customer fields whose text is empty or whose variables are empty or unknown for this contact. */
  emptyFields: EmptyCustomerField[]
}

function present(value: string | null | undefined): value is string {
  return typeof value === 'string' && value.trim() !== ''
}

/**
 * The Workbench draft a step produces for one contact: the contact's channel, the selected account
 * of that channel and the contact's ID, the event (Lead → LeadSubmitted), currency and value for a
 * Purchase, and the customer fields that are not empty for this contact. Variables stay in the
 * draft (the request builder resolves them against `source`, as SendService does).
 */
export function stepToDraft(
  step: WorkflowStep,
  contact: StepContact,
  testEventCode?: string,
): StepDraft {
  const source = { contact: contact.contact ?? {}, workflow: contact.workflow ?? {} }
  const channel = contact.channel
  const ids: EventDraft['ids'] = {}
  const assetId = step.assets[channelAssetKind[channel]]
  if (present(assetId)) ids[channelInfo[channel].assetIdKey] = assetId.trim()
  const contactId = contact[contactIdOf[channel].key]
  if (present(contactId)) ids[contactIdOf[channel].draftKey] = contactId.trim()

  const customer: EventDraft['customer'] = {}
  const emptyFields: EmptyCustomerField[] = []
  for (const field of customerFields) {
    const raw = step.customer[field]
    if (raw === undefined || raw === null) continue
    if (raw.trim() === '') continue
    const resolved = resolveText(raw, source)
    const unresolved = resolved.errors.find(
      (error) => error.reason === 'unknown' || error.reason === 'empty',
    )
    if (unresolved !== undefined) {
      emptyFields.push({ field, raw, why: unresolved.message })
      continue
    }
    if (resolved.errors.length === 0 && resolved.value.trim() === '') {
      emptyFields.push({
        field,
        raw,
        why: `${customerFieldLabels[field]} is blank for this contact.`,
      })
      continue
    }
    customer[field] = [raw]
  }

  const draft: EventDraft = {
    schemaVersion: draftSchemaVersion,
    channel,
    eventName: stepEventNames[step.event],
    eventTime: { mode: 'now' },
    ids,
    customData:
      step.event === 'Purchase' ? { currency: step.currency, value: String(step.value) } : {},
    customer,
  }
  if (present(testEventCode)) draft.testEventCode = testEventCode.trim()
  return { draft, source, emptyFields }
}
