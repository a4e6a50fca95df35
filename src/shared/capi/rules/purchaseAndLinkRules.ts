import { metaDocs } from '../evidence/evidence'
import { isCurrencyCode } from '../model/currencies'
import { findRestrictedCountry } from '../regions/restrictedCountries'
import { channelOf, idDigits } from './channelRules'
import type { EventRule } from './eventRules'
import { type Finding, isPresent, isRecord, ruleFinding } from './finding'
import type { AssetKind } from './ruleTypes'

const numericText = /^-?(\d+(\.\d*)?|\.\d+)$/

/** A finite number or a numeric string (Meta's samples show both); the sign is checked apart. */
export function isNumericValue(value: unknown): boolean {
  if (typeof value === 'number') return Number.isFinite(value)
  return typeof value === 'string' && numericText.test(value.trim())
}

function isNegative(value: unknown): boolean {
  if (typeof value === 'number') return value < 0
  return typeof value === 'string' && value.trim().startsWith('-') && Number(value) !== 0
}

/** Events whose currency Meta checks (2804081): OrderCreated live (Sept 2026), Purchase in the docs. */
const currencyRequired = new Set(['Purchase', 'OrderCreated'])

/**
 * R17 (spec §6, §14): Purchase and OrderCreated need a currency (2804081); a currency is ISO 4217;
 * Purchase needs a numeric value (validator error, as Meta's docs require it; sandbox: strict mode).
 * Other Order* events without currency, a value without currency, a negative value: validator
 * warnings marked as assumptions; the sandbox accepts them except in strict mode.
 */
export const checkPurchase: EventRule = ({ event, path }) => {
  const customData = isRecord(event['custom_data']) ? event['custom_data'] : {}
  const name = typeof event['event_name'] === 'string' ? event['event_name'] : ''
  const purchase = name === 'Purchase'
  const currency = customData['currency']
  const value = customData['value']
  const base = `${path}.custom_data`
  const findings: Finding[] = []
  if (!isPresent(currency)) {
    if (currencyRequired.has(name)) {
      findings.push(
        ruleFinding(
          'R17',
          'missing_currency',
          `${base}.currency`,
          `There is no currency provided in custom_data for ${name} event.`,
          'Add a three-letter ISO 4217 currency, e.g. USD, to every order and purchase event.',
        ),
      )
    } else if (name.startsWith('Order')) {
      findings.push(
        ruleFinding(
          'R17',
          'order_missing_currency',
          `${base}.currency`,
          `${name} has no custom_data.currency. Meta rejected OrderCreated without one (2804081, Sept 2026); for ${name} its answer is unknown.`,
          'Add a three-letter ISO 4217 currency, e.g. USD.',
          'warning',
        ),
      )
    } else if (value !== undefined) {
      findings.push(
        ruleFinding(
          'R17',
          'value_without_currency',
          `${base}.currency`,
          'custom_data.value is set without a currency, so the amount means nothing.',
          'Add a three-letter ISO 4217 currency beside value, e.g. USD.',
          'warning',
        ),
      )
    }
  } else if (typeof currency !== 'string' || !isCurrencyCode(currency)) {
    findings.push(
      ruleFinding(
        'R17',
        'invalid_currency',
        `${base}.currency`,
        `"${String(currency)}" is not an ISO 4217 currency code.`,
        'Use a three-letter code such as USD, EUR or BRL (any case).',
      ),
    )
  }
  if (purchase && !isNumericValue(value)) {
    findings.push(
      ruleFinding(
        'R17',
        'invalid_value',
        `${base}.value`,
        value === undefined
          ? "A Purchase needs custom_data.value (Meta's docs require it)."
          : 'custom_data.value is not a number.',
        'Send value as a number such as 49.9 (no currency symbol, dot for decimals).',
        { evidence: metaDocs("Meta's docs require currency and value for Purchase") },
      ),
    )
  } else if (value !== undefined && isNegative(value)) {
    findings.push(
      ruleFinding(
        'R17',
        'negative_value',
        `${base}.value`,
        'custom_data.value is negative.',
        'Send the amount of the conversion as a positive number; report refunds with OrderReturned or OrderCanceled.',
        'warning',
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
      const id = idDigits(userData[key])
      if (id !== undefined) return { kind, key, id }
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
    const fix = `Send to the dataset linked to this ${name} (POST /{asset_id}/dataset returns it).`
    switch (asset.kind) {
      case 'instagram':
        return [
          ruleFinding(
            'R18',
            'ig_not_linked',
            assetPath,
            `Instagram account ${asset.id} is not linked to dataset ${ctx.datasetId}.`,
            "Link the account to the dataset in its owning business portfolio, or use that portfolio's dataset.",
          ),
        ]
      case 'whatsapp':
        return [
          ruleFinding(
            'R18',
            'waba_not_linked',
            assetPath,
            `WhatsApp Business account ${asset.id} is not linked to dataset ${ctx.datasetId} (a website pixel, or another WABA's dataset).`,
            "Send to the WABA's own dataset: GET /{waba_id}/dataset returns it (one dataset per WABA).",
          ),
        ]
      case 'page':
        return [
          ruleFinding(
            'R18',
            'page_not_linked',
            assetPath,
            `Page ${asset.id} is not linked to dataset ${ctx.datasetId}.`,
            fix,
          ),
        ]
    }
  }
  const restricted = findRestrictedCountry(facts?.country)
  if (restricted === undefined) return []
  if (asset.kind === 'whatsapp') {
    return [
      ruleFinding(
        'R18',
        'waba_restricted_region',
        assetPath,
        `WhatsApp Business account ${asset.id} is registered in ${restricted.name} (${restricted.code}). No source says Meta blocks CAPI events for a WABA there (it only withholds the WhatsApp Automatic Events API).`,
        'Nothing to change; if Meta answers "Messaging Event Within Messaging Restrictive Region", the region is why.',
        'info',
      ),
    ]
  }
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
