import { assumption, metaDocs, observed } from '../evidence/evidence'
import { channelInfo } from '../model/channels'
import type { EventDraft } from '../model/eventDraft'
import type { ConnectionTarget } from '../request/requestTypes'
import type { Problem } from '../rules/ruleTypes'
import { resolveText, type VariableSource } from '../variables/resolveVariables'
import { findRestrictedCountry, restrictedCountryOfPhone } from './restrictedCountries'

/**
 * The one wording of the restricted-asset finding, for drafts and for raw bodies alike: a warning for
 * a Page or Instagram account, a note for a WhatsApp Business Account (spec §11, revision 2).
 */
function restrictedAssetProblem(
  path: string,
  assetLabel: string,
  assetKind: string,
  asset: { id: string; country?: string },
): Problem | undefined {
  const country = findRestrictedCountry(asset.country)
  if (country === undefined) return undefined
  if (assetKind === 'whatsapp') {
    // Spec §11 (revision 2): the sources speak of Pages and Instagram accounts; a WABA gets a note.
    return {
      path,
      severity: 'info',
      code: 'region.waba_note',
      message: `WABA registered in ${country.name} (${country.code}): a note only; no source says Meta blocks CAPI events for a WABA there.`,
      fix: '',
      evidence: assumption(
        'Meta only withholds the WhatsApp Automatic Events API in the EU, UK and Japan',
      ),
    }
  }
  return {
    path,
    severity: 'warning',
    code: 'region.restricted_asset',
    message:
      `The ${assetLabel} ${asset.id} is registered in ${country.name} (${country.code}), a restricted region. ` +
      'Meta may reject the event with "Messaging Event Within Messaging Restrictive Region": under the EU ePrivacy ' +
      "Directive (and Japan's rules) Meta limits messaging APIs for businesses there. The end customer's location " +
      'may matter too, which the Workbench cannot know.',
    fix: 'Nothing in the payload can fix this. Send a test event first; if Meta refuses, the event cannot be reported for this asset.',
    evidence: observed(
      undefined,
      undefined,
      "reported by respond.io's help page; Meta's Europe/Japan page",
    ),
  }
}

/** The body keys that name a business asset, and which asset of a connection they are. */
const bodyAssetKeys = [
  ['whatsapp_business_account_id', 'whatsapp'],
  ['page_id', 'page'],
  ['ig_account_id', 'instagram'],
  ['instagram_business_account_id', 'instagram'],
] as const

/**
 * A raw Meta body sent through a connection: the draft's warning for each event whose user_data
 * names an asset of the connection registered in a restricted region (the body carries no country).
 */
export function bodyRegionWarnings(
  body: unknown,
  connection: Pick<ConnectionTarget, 'assets'>,
): Problem[] {
  const data = (body as { data?: unknown } | null)?.data
  const assets = connection.assets ?? []
  if (!Array.isArray(data) || assets.length === 0) return []
  const problems: Problem[] = []
  data.forEach((event: unknown, index) => {
    const userData = (event as { user_data?: unknown } | null)?.user_data
    if (typeof userData !== 'object' || userData === null) return
    for (const [key, kind] of bodyAssetKeys) {
      const id = (userData as Record<string, unknown>)[key]
      const asset = assets.find((candidate) => candidate.kind === kind && candidate.id === id)
      if (!asset) continue
      const label = Object.values(channelInfo).find((info) => info.assetKind === kind)?.assetLabel
      const problem = restrictedAssetProblem(
        `data.${index}.user_data.${key}`,
        label ?? kind,
        kind,
        asset,
      )
      if (problem) problems.push(problem)
    }
  })
  return problems
}

/**
 * Before sending: a warning when the business asset of the draft's channel is in a restricted
 * region (spec §11), and a note per customer phone whose calling code is in one.
 * The asset is the connection's asset whose ID is in the draft, or else every asset of that kind.
 */
export function regionWarnings(
  draft: EventDraft,
  connection: Pick<ConnectionTarget, 'assets'>,
  source?: VariableSource,
): Problem[] {
  const info = channelInfo[draft.channel]
  const draftAssetId = draft.ids[info.assetIdKey]?.trim()
  const ofKind = (connection.assets ?? []).filter((asset) => asset.kind === info.assetKind)
  const matching = ofKind.filter((asset) => asset.id === draftAssetId)
  const problems: Problem[] = []
  for (const asset of matching.length > 0 ? matching : ofKind) {
    const problem = restrictedAssetProblem(
      `ids.${info.assetIdKey}`,
      info.assetLabel,
      info.assetKind,
      asset,
    )
    if (problem) problems.push(problem)
  }
  ;(draft.customer.ph ?? []).forEach((raw, index) => {
    const phone = raw.includes('{{') ? resolveText(raw, source) : { value: raw, errors: [] }
    if (phone.errors.length > 0) return
    const country = restrictedCountryOfPhone(phone.value)
    if (country === undefined) return
    problems.push({
      path: `customer.ph.${index}`,
      severity: 'info',
      code: 'region.customer_phone',
      message: `This phone number is from ${country.name} (+${country.callingCode}), a restricted region: Meta may restrict messaging events for people there.`,
      fix: 'Nothing to change; if Meta answers "Messaging Event Within Messaging Restrictive Region", this may be why.',
      evidence: metaDocs('Meta limits messaging APIs for people in Europe and Japan'),
    })
  })
  return problems
}
