import type { Problem } from '../rules/ruleTypes'
import { findRestrictedCountry } from './restrictedCountries'

export interface KnownAsset {
  kind: 'whatsapp' | 'page' | 'instagram'
  id: string
  country?: string
}

const assetKeys = [
  ['whatsapp_business_account_id', 'whatsapp', 'WhatsApp Business account'],
  ['page_id', 'page', 'Facebook Page'],
  ['ig_account_id', 'instagram', 'Instagram account'],
  ['instagram_business_account_id', 'instagram', 'Instagram account'],
] as const

/**
 * A raw body sent through a stored connection: the composer's warning for an asset of the
 * connection registered in a restricted region (the body itself carries no country).
 */
export function restrictedAssetWarnings(
  body: Record<string, unknown>,
  assets: readonly KnownAsset[] | undefined,
): Problem[] {
  const problems: Problem[] = []
  if (!assets || !Array.isArray(body.data)) return problems
  body.data.forEach((event: unknown, index) => {
    const userData = (event as { user_data?: unknown } | null)?.user_data
    if (typeof userData !== 'object' || userData === null) return
    for (const [key, kind, label] of assetKeys) {
      const id = (userData as Record<string, unknown>)[key]
      const asset = assets.find((candidate) => candidate.kind === kind && candidate.id === id)
      const country = findRestrictedCountry(asset?.country)
      if (asset === undefined || country === undefined) continue
      problems.push({
        path: `data.${index}.user_data.${key}`,
        severity: 'warning',
        code: 'region.restricted_asset',
        message: `The ${label} ${asset.id} is registered in ${country.name} (${country.code}), a restricted region: Meta may reject the event with "Messaging Event Within Messaging Restrictive Region".`,
        fix: 'Nothing in the payload can fix this. Send a test event first; if Meta refuses, the event cannot be reported for this asset.',
      })
    }
  })
  return problems
}
