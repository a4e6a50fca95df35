import { findRestrictedCountry } from '../../shared/capi/regions/restrictedCountries'
import { versionAdvice } from '../../shared/capi/versions/versionAdvice'
import type { CheckProblem } from '../../shared/connections/connectionCheckReport'
import { assetKinds } from '../../shared/connections/connectionSchema'
import { assetLabels } from './channelPermissions'
import type { StoredConnection } from './connectionDocument'

/**
 * Advice that needs no Graph call: the API version's expiry and assets in restricted regions (a
 * warning for a Page or Instagram account, a note for a WhatsApp Business account).
 */
export function connectionAdvice(connection: StoredConnection, now: Date): CheckProblem[] {
  const problems: CheckProblem[] = []
  const version = versionAdvice(connection.apiVersion, now)
  if (version && version.severity !== 'info') {
    problems.push({
      severity: version.severity === 'error' ? 'error' : 'warning',
      code: `api_version_${version.kind}`,
      message: version.message,
      fix: version.fix,
    })
  }
  for (const kind of assetKinds) {
    const asset = connection.assets[kind]
    const country = findRestrictedCountry(asset?.country)
    if (!asset || !country) continue
    if (kind === 'whatsapp') {
      // Spec rev. 2 (§11, §14 R18): the sources speak of Pages and Instagram accounts; for a WABA
      // no source says CAPI events are blocked, so its region is a note, not a warning.
      problems.push({
        severity: 'info',
        code: 'waba_restricted_region',
        message: `The WhatsApp Business account ${asset.id} is registered in ${country.name} (${country.code}). No source says Meta blocks CAPI events for a WhatsApp Business account there (it only withholds the WhatsApp Automatic Events API).`,
        fix: 'Nothing to change; if Meta answers "Messaging Event Within Messaging Restrictive Region", the region is why.',
      })
      continue
    }
    problems.push({
      severity: 'warning',
      code: 'restricted_region',
      message: `The ${assetLabels[kind]} ${asset.id} is registered in ${country.name} (${country.code}), a restricted region: Meta may refuse its events with "Messaging Event Within Messaging Restrictive Region". The end customer's location may matter too, which the Workbench cannot know.`,
      fix: 'Nothing in the connection fixes this. Send a test event first; if Meta refuses it, events cannot be reported for this asset.',
    })
  }
  return problems
}
