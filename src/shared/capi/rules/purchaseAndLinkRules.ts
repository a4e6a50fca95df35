import { isCurrencyCode } from '../model/currencies'
import { findRestrictedCountry } from '../regions/restrictedCountries'
import { channelOf } from './channelRules'
import type { EventRule } from './eventRules'
import { type Finding, isPresent, isRecord, ruleFinding } from './finding'
import type { AssetKind } from './ruleTypes'

const numericText = /^(\d+(\.\d*)?|\.\d+)$/

export function isValidValue(value: unknown): boolean {
  if (typeof value === 'number') return Number.isFinite(value) && value >= 0
  return typeof value === 'string' && numericText.test(value.trim())
}

/** R17: Purchase needs currency and value; other events are checked only when they carry one. */
export const checkPurchase: EventRule = ({ event, path }) => {
  const customData = isRecord(event['custom_data']) ? event['custom_data'] : {}
  const purchase = event['event_name'] === 'Purchase'
  const currency = customData['currency']
  const value = customData['value']
  if (!purchase && currency === undefined && value === undefined) return []
  const base = `${path}.custom_data`
  if (!isPresent(currency)) {
    return [
      ruleFinding(
        'R17',
        'missing_currency',
        `${base}.currency`,
        purchase
          ? 'A Purchase needs custom_data.currency.'
          : 'custom_data.value is set without a currency.',
        'Add a three-letter ISO 4217 currency beside value, e.g. USD.',
      ),
    ]
  }
  const findings: Finding[] = []
  if (typeof currency !== 'string' || !isCurrencyCode(currency)) {
    findings.push(
      ruleFinding(
        'R17',
        'invalid_currency_value',
        `${base}.currency`,
        `"${String(currency)}" is not an ISO 4217 currency code.`,
        'Use a three-letter code such as USD, EUR or BRL.',
      ),
    )
  }
  if (value === undefined ? purchase : !isValidValue(value)) {
    findings.push(
      ruleFinding(
        'R17',
        'invalid_currency_value',
        `${base}.value`,
        value === undefined
          ? 'A Purchase needs custom_data.value.'
          : 'custom_data.value is not a number ≥ 0.',
        'Send value as a number such as 49.9 (no currency symbol, dot for decimals).',
      ),
    )
  }
  return findings
}

interface AssetRef {
  kind: AssetKind
  key: string
  id: string
}

function assetOf(
  event: Record<string, unknown>,
  userData: Record<string, unknown>,
): AssetRef | undefined {
  const pick = (kind: AssetKind, keys: string[]): AssetRef | undefined => {
    for (const key of keys) {
      const id = userData[key]
      if (typeof id === 'string' && id.trim() !== '') return { kind, key, id }
    }
    return undefined
  }
  switch (channelOf(event)) {
    case 'whatsapp':
      return pick('whatsapp', ['whatsapp_business_account_id'])
    case 'messenger':
      return pick('page', ['page_id'])
    case 'instagram':
      return pick('instagram', ['ig_account_id', 'instagram_business_account_id'])
    default:
      return undefined
  }
}

const assetNames: Record<AssetKind, string> = {
  whatsapp: 'WhatsApp Business account',
  page: 'Page',
  instagram: 'Instagram account',
}

/** R18: needs the registry (`lookupAsset`); the validator shows the region as a warning. */
export const checkLinksAndRegion: EventRule = ({
  event,
  path,
  userData,
  ctx,
  businessMessaging,
}) => {
  if (!businessMessaging || ctx.lookupAsset === undefined) return []
  const asset = assetOf(event, userData)
  if (asset === undefined) return []
  const facts = ctx.lookupAsset(asset.kind, asset.id)
  const assetPath = `${path}.user_data.${asset.key}`
  const name = assetNames[asset.kind]
  if (
    ctx.datasetId !== undefined &&
    (facts === undefined || !facts.linkedDatasetIds.includes(ctx.datasetId))
  ) {
    return [
      asset.kind === 'instagram'
        ? ruleFinding(
            'R18',
            'ig_not_linked',
            assetPath,
            `Instagram account ${asset.id} is not linked to dataset ${ctx.datasetId}.`,
            "Link the account to the dataset in its owning business portfolio, or use that portfolio's dataset.",
          )
        : ruleFinding(
            'R18',
            'page_not_linked',
            assetPath,
            `${name} ${asset.id} is not linked to dataset ${ctx.datasetId}.`,
            `Send to the dataset linked to this ${name} (POST /{asset_id}/dataset returns it).`,
          ),
    ]
  }
  const restricted = findRestrictedCountry(facts?.country)
  if (restricted === undefined) return []
  return [
    ruleFinding(
      'R18',
      'restricted_region',
      assetPath,
      `${name} ${asset.id} is in ${restricted.name} (${restricted.code}); Meta restricts messaging events there (EU ePrivacy rules and Japan) and may answer "Messaging Event Within Messaging Restrictive Region".`,
      'Nothing to fix in the payload: the restriction depends on where the business and the customer are.',
      'warning',
    ),
  ]
}
