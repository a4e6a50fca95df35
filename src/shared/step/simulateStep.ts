import { channelInfo } from '../capi/model/channels'
import { customerFieldLabels, customerFields, nobleSha256, type Sha256 } from '../capi/normalize'
import { buildEventRequest } from '../capi/request/buildEventRequest'
import type { EventRequest, HashedValue } from '../capi/request/requestTypes'
import type { AssetFacts, Problem } from '../capi/rules/ruleTypes'
import { validateRequestBody } from '../capi/rules/validateRequestBody'
import type { VariableSource } from '../capi/variables/resolveVariables'
import type { EventDraft } from '../capi/model/eventDraft'
import { type ConnectionFields, connectionTarget } from '../connections/connectionSchema'
import { findRestrictedCountry } from '../capi/regions/restrictedCountries'
import { matchHints, type MatchHints } from './matchHints'
import { type StepContact, type WorkflowStep } from './stepSchema'
import { channelAssetKind, contactIdOf, stepToDraft } from './stepToDraft'

/** Why the step would send nothing; `code` is stable, `message` speaks the seed's terms. */
export interface StepReason {
  code:
    | 'no_account_selected'
    | 'channel_not_selected'
    | 'no_ctwa_clid'
    | 'no_psid'
    | 'no_igsid'
    | 'customer_empty'
    | 'asset_not_linked'
    | 'restricted_region'
    | 'rejected'
  message: string
  /** Draft path of the field concerned, where there is one. */
  path?: string
}

/** Something worth knowing that does not stop the send. */
export interface StepNote {
  code: string
  message: string
  path?: string
}

/** The connection the step names (never a token). */
export type StepConnection = Pick<
  ConnectionFields,
  'name' | 'datasetId' | 'apiVersion' | 'endpoint' | 'assets'
>

export interface SimulateOptions {
  sha256?: Sha256
  testEventCode?: string
  /**
   * Links learned from a check (a connection check or the sandbox's `/{asset}/dataset`), for
   * assets the connection does not list. Key: `kind:id`.
   */
  linkFacts?: Record<string, AssetFacts>
  /**
   * The connection is not stored here (a customer's business account the engineer does not hold):
   * its linked accounts and their countries are unknown, so links and regions are judged only from
   * `linkFacts`, and a note says what was not checked.
   */
  connectionUnknown?: boolean
}

export interface StepSimulation {
  wouldSend: boolean
  reasons: StepReason[]
  notes: StepNote[]
  request: { url: string; body: EventRequest['body'] }
  /** What SendService is given to send it: the draft and the contact's variables. */
  draft: EventDraft
  source: Required<VariableSource>
  problems: Problem[]
  hashed: HashedValue[]
  hints: MatchHints
}

const channelWords = { whatsapp: 'WhatsApp', messenger: 'Messenger', instagram: 'Instagram' }

/**
 * What respond.io's "Send Conversions API Event" step would do for one contact: the exact request,
 * or every reason it would send nothing (seed: "If not selected, no WhatsApp related events will be
 * sent", "If all fields are empty, the event will not be sent", the FAQ on Pages not linked to the
 * dataset, the restricted-region note), plus Meta's own rules (the shared validator).
 */
export function simulateStep(
  step: WorkflowStep,
  contact: StepContact,
  connection: StepConnection,
  now: Date,
  options: SimulateOptions = {},
): StepSimulation {
  const { draft, source, emptyFields } = stepToDraft(step, contact, options.testEventCode)
  const channel = contact.channel
  const info = channelInfo[channel]
  const kind = channelAssetKind[channel]
  const word = channelWords[channel]
  const target = connectionTarget(connection)
  const built = buildEventRequest(draft, target, {
    now,
    sha256: options.sha256 ?? nobleSha256,
    contact: source.contact,
    workflow: source.workflow,
  })
  const reasons: StepReason[] = []
  const notes: StepNote[] = []
  const covered = new Set<string>()
  const assetPath = `ids.${info.assetIdKey}`

  const selected = Object.values(step.assets).filter((id) => typeof id === 'string' && id !== '')
  if (selected.length === 0) {
    reasons.push({
      code: 'no_account_selected',
      message:
        'The step selects no account: select at least one of the WhatsApp Business account, the Facebook Page and the Instagram account for the event to be sent.',
    })
  }
  const assetId = draft.ids[info.assetIdKey]
  if (assetId === undefined) {
    covered.add(assetPath)
    reasons.push({
      code: 'channel_not_selected',
      path: assetPath,
      message: `The contact's conversation is on ${word}, but the step selects no ${info.assetLabel}. If not selected, no ${word} related events will be sent.`,
    })
  }

  const contactId = contactIdOf[channel]
  const contactIdPath = `ids.${contactId.draftKey}`
  if (draft.ids[contactId.draftKey] === undefined) {
    covered.add(contactIdPath)
    reasons.push(missingContactId(channel, contactIdPath))
  }

  const sentFields = Object.keys(draft.customer)
  // What reaches the body: a filled field can still be left out (its value rejected by the
  // normalization), and then the event carries no customer information either.
  const userData = (built.body.data[0]?.user_data ?? {}) as Record<string, unknown>
  const hashedSent = customerFields.filter((field) => userData[field] !== undefined)
  if (sentFields.length > 0 && hashedSent.length === 0) {
    reasons.push({
      code: 'customer_empty',
      path: 'customer',
      message: `No customer information field would be sent for this contact: every filled field (${sentFields.join(', ')}) is left out of the request (rejected by the normalization, see the other reasons). If all fields are empty, the event will not be sent.`,
    })
  }
  if (sentFields.length === 0) {
    const filled = emptyFields.map((entry) => entry.field)
    reasons.push({
      code: 'customer_empty',
      path: 'customer',
      message:
        filled.length === 0
          ? 'The step fills no customer information field; at least one is required. If all fields are empty, the event will not be sent.'
          : `Every customer information field is empty for this contact (${filled.join(', ')}). If all fields are empty, the event will not be sent.`,
    })
  }
  for (const entry of emptyFields) {
    notes.push({
      code: 'customer_field_empty',
      path: `customer.${entry.field}`,
      message: `${customerFieldLabels[entry.field]} (${entry.field}) is left out: ${forThisContact(entry.why)} (assumption: the step leaves a field whose variable is empty out of the event, as it does an empty field).`,
    })
  }

  if (assetId !== undefined) {
    linkAndRegion(built.body, connection, now, options, kind, assetId, assetPath, reasons, notes)
  }

  for (const problem of built.problems) {
    if (problem.severity !== 'error') {
      const shown =
        (problem.code === 'advice.no_customer_info' && hashedSent.length === 0) ||
        (problem.code.startsWith('region.restricted') &&
          reasons.some((reason) => reason.code === 'restricted_region'))
      if (!shown) notes.push({ code: problem.code, path: problem.path, message: problem.message })
      continue
    }
    if (covered.has(problem.path)) continue
    reasons.push({
      code: 'rejected',
      path: problem.path,
      message: problem.code.startsWith('variables.')
        ? `The step cannot fill ${problem.path} for this contact: ${forThisContact(problem.message)}`
        : problem.code === 'customer.rejected'
          ? `${problem.message} The Workbench normalizes customer information as Meta's Business SDK does (capi-normalization.md), and the SDK refuses such a value instead of sending it (assumption: the step, which normalizes the same way, does not send the event with it). ${problem.fix}`.trim()
          : `Meta would reject the event: ${problem.message} ${problem.fix}`.trim(),
    })
  }

  return {
    wouldSend: reasons.length === 0,
    reasons,
    notes,
    request: { url: built.url, body: built.body },
    draft,
    source,
    problems: built.problems,
    hashed: built.hashed,
    hints: matchHints(built.body.data[0]),
  }
}

function missingContactId(channel: StepContact['channel'], path: string): StepReason {
  if (channel === 'whatsapp') {
    return {
      code: 'no_ctwa_clid',
      path,
      message:
        'The WhatsApp conversation did not come from a click-to-WhatsApp ad: the contact has no ctwa_clid (an organic chat, or an ad in WhatsApp Status). Meta needs the CTWA click ID to attribute a WhatsApp event (2804071 "Missing CTWA clid"), so this conversation cannot be reported.',
    }
  }
  if (channel === 'messenger') {
    return {
      code: 'no_psid',
      path,
      message:
        'The contact has no PSID (page-scoped user ID, the webhook sender.id): Meta needs page_scoped_user_id beside the Page for a Messenger event.',
    }
  }
  return {
    code: 'no_igsid',
    path,
    message:
      'The contact has no IGSID (Instagram-scoped user ID, the webhook sender.id): Meta needs ig_sid for an Instagram event (2804075 "Missing ig_sid").',
  }
}

/** R18 through the shared validator, with the connection's assets as the registry of links. */
function linkAndRegion(
  body: EventRequest['body'],
  connection: StepConnection,
  now: Date,
  options: SimulateOptions,
  kind: 'whatsapp' | 'page' | 'instagram',
  assetId: string,
  path: string,
  reasons: StepReason[],
  notes: StepNote[],
): void {
  const known = connection.assets[kind]
  if (
    options.connectionUnknown === true &&
    (connection.datasetId.trim() === '' || options.linkFacts?.[`${kind}:${assetId}`] === undefined)
  ) {
    notes.push({
      code: 'connection_unknown',
      path,
      message: `The connection "${connection.name}" is not stored here, so whether the selected account is linked to ${connection.datasetId.trim() === '' ? 'the dataset' : `dataset ${connection.datasetId}`} and where it is registered (restricted regions) were not checked. Add the connection (capi connection add, with its accounts and countries) to check them.`,
    })
    return
  }
  // What a check learned (the sandbox's answer) wins over the connection's list; the list gives
  // the country, which a link lookup does not return.
  const lookupAsset = (assetKind: typeof kind, id: string): AssetFacts | undefined => {
    const listed = connection.assets[assetKind]
    const learned = options.linkFacts?.[`${assetKind}:${id}`]
    if (listed !== undefined && listed.id === id) {
      return {
        country: listed.country,
        linkedDatasetIds: learned?.linkedDatasetIds ?? [connection.datasetId],
      }
    }
    return learned
  }
  const findings = validateRequestBody(body, {
    nowSeconds: Math.floor(now.getTime() / 1000),
    datasetId: connection.datasetId,
    lookupAsset,
  }).filter((problem) => problem.code.startsWith('R18.'))
  const label = channelInfo[kind === 'page' ? 'messenger' : kind].assetLabel
  for (const finding of findings) {
    if (finding.code.includes('not_linked')) {
      const listed = known === undefined ? `lists no ${label}` : `lists ${known.id} as its ${label}`
      const learned = options.linkFacts?.[`${kind}:${assetId}`]
      const why =
        learned === undefined
          ? `The connection "${connection.name}" ${listed} linked to the dataset.`
          : `Asked just now, the sandbox says it is linked to ${learned.linkedDatasetIds.length > 0 ? `dataset ${learned.linkedDatasetIds.join(', ')}` : 'no dataset'}.`
      reasons.push({
        code: 'asset_not_linked',
        path,
        message: `${finding.message} ${why} respond.io's step only offers accounts linked to the dataset (its FAQ: link the dataset to the Facebook Page, Instagram account or WhatsApp Business account in Events Manager); Meta rejects the event otherwise.`,
      })
      continue
    }
    const country = findRestrictedCountry(lookupAsset(kind, assetId)?.country)
    if (kind === 'whatsapp') {
      notes.push({
        code: 'region.whatsapp_note',
        path,
        message: `The WhatsApp Business account is registered in ${country?.name ?? 'a restricted region'}: no source says CAPI events are blocked for WhatsApp there (Meta only withholds the WhatsApp Automatic Events API), so this is a note, not a reason.`,
      })
      continue
    }
    reasons.push({
      code: 'restricted_region',
      path,
      message: `${finding.message} Because of the ePrivacy Directive (EPD), CAPI events through Facebook Pages and Instagram accounts registered in a restricted region (EU, Norway, Iceland, Liechtenstein, United Kingdom, Japan) may be blocked.`,
    })
  }
  // A Page or Instagram account whose country nobody gave (the connection does not list it, and a
  // link lookup does not return one) cannot be checked for a restricted region: say so.
  const facts = lookupAsset(kind, assetId)
  if (
    kind !== 'whatsapp' &&
    facts !== undefined &&
    (facts.country ?? '').trim() === '' &&
    !reasons.some((reason) => reason.code === 'asset_not_linked' && reason.path === path)
  ) {
    notes.push({
      code: 'region_unknown',
      path,
      message: `Where the ${label} ${assetId} is registered is not known here (${known?.id === assetId ? `the connection "${connection.name}" gives no country for it` : "the connection does not list it, and the sandbox's link answer carries no country"}), so the restricted-region check (EU, Norway, Iceland, Liechtenstein, United Kingdom, Japan) was not made. Add the account with its country to the connection to check it.`,
    })
  }
}

/** Variable messages speak of "the sample contact" (the composer's word); the step has a contact. */
function forThisContact(message: string): string {
  return message
    .replace(/for the sample (contact|workflow)/g, 'for this contact')
    .replace(/the sample (contact|workflow)/g, "the contact's $1 data")
}
