import type { ConnectionCheckReport } from '../../shared/connections/connectionCheckReport'
import {
  type ConnectionView,
  assetKinds,
  endpointBaseUrl,
} from '../../shared/connections/connectionSchema'

const assetNames = { whatsapp: 'WhatsApp', page: 'Page', instagram: 'Instagram' } as const

export function endpointLabel(connection: ConnectionView): string {
  const url = endpointBaseUrl(connection.endpoint)
  return connection.endpoint.kind === 'meta'
    ? `Meta (${url})`
    : `${connection.endpoint.kind} ${url}`
}

function assetLines(connection: ConnectionView): string[] {
  return assetKinds.flatMap((kind) => {
    const asset = connection.assets[kind]
    if (!asset) return []
    const name = asset.name ? ` "${asset.name}"` : ''
    return [`  ${assetNames[kind].padEnd(10)} ${asset.id} (${asset.country})${name}`]
  })
}

/** `capi connection show`: every field except the token, which is only ever a hint. */
export function formatConnection(connection: ConnectionView): string {
  const lines = [
    `Connection "${connection.name}" (id ${connection.id})`,
    `  Endpoint     ${endpointLabel(connection)}`,
    `  API version  ${connection.apiVersion}`,
    `  Dataset      ${connection.datasetId}`,
  ]
  if (connection.portfolioName) lines.push(`  Portfolio    ${connection.portfolioName}`)
  if (connection.businessAccountName) lines.push(`  Business     ${connection.businessAccountName}`)
  if (connection.testEventCode) lines.push(`  Test code    ${connection.testEventCode}`)
  lines.push(
    `  Token        ${connection.hasToken ? `${connection.tokenHint} (in the keychain, set ${connection.tokenSetAt})` : 'none (capi token set NAME)'}`,
  )
  lines.push(
    `  Last check   ${connection.lastCheck ? `${connection.lastCheck.outcome} at ${connection.lastCheck.at}: ${connection.lastCheck.summary}` : 'never'}`,
  )
  const assets = assetLines(connection)
  lines.push(assets.length > 0 ? 'Assets' : 'Assets       none', ...assets)
  return lines.join('\n')
}

/** `capi connection list`: one line per connection. */
export function formatConnectionList(connections: ConnectionView[]): string {
  const width = Math.max(4, ...connections.map((connection) => connection.name.length)) + 2
  const header = `${'NAME'.padEnd(width)}${'DATASET'.padEnd(20)}${'TOKEN'.padEnd(12)}${'LAST CHECK'.padEnd(30)}ENDPOINT`
  const rows = connections.map((connection) => {
    const check = connection.lastCheck
      ? `${connection.lastCheck.outcome} ${connection.lastCheck.at.slice(0, 16).replace('T', ' ')}`
      : 'never'
    return `${connection.name.padEnd(width)}${connection.datasetId.padEnd(20)}${(connection.tokenHint ?? 'none').padEnd(12)}${check.padEnd(30)}${endpointLabel(connection)}`
  })
  return [header, ...rows].join('\n')
}

const marks = { error: '✗', warning: '!', info: 'i' } as const

/** `capi connection check`: what was learned, then each problem with its fix. */
export function formatCheckReport(name: string, report: ConnectionCheckReport): string {
  const token = report.token
  const tokenText =
    token.valid === null
      ? 'not checked (endpoint not reached)'
      : token.valid
        ? `valid, ${token.neverExpires ? 'never expires' : token.expiresAt ? `expires ${token.expiresAt}` : 'expiry unknown'}${token.type ? `, ${token.type}` : ''} (via ${token.via})`
        : 'NOT valid'
  const lines = [
    `Check of "${name}" → ${report.endpoint} (${report.apiVersion}) at ${report.at}`,
    `  Token        ${tokenText}`,
  ]
  if (report.identity) {
    lines.push(
      `  Identity     ${report.identity.name ?? ''} (${report.identity.id})`.replace('  (', ' ('),
    )
  }
  if (report.permissions.known) {
    lines.push(`  Permissions  ${report.permissions.granted.join(', ') || 'none granted'}`)
  }
  for (const channel of report.channels) {
    const state = channel.missing.length > 0 ? `missing ${channel.missing.join(', ')}` : 'ok'
    lines.push(
      `  ${channel.channel.padEnd(12)} ${state}${channel.inUse ? '' : ' (no asset listed)'}`,
    )
  }
  if (report.dataset.found !== null) {
    lines.push(
      `  Dataset      ${report.dataset.id} ${report.dataset.found ? `found${report.dataset.name ? ` "${report.dataset.name}"` : ''}` : 'NOT found'}`,
    )
  }
  for (const asset of report.assets) {
    const state =
      asset.linked === null
        ? 'link unknown'
        : asset.linked
          ? 'linked'
          : `NOT linked${asset.linkedDatasetIds.length > 0 ? ` (linked to ${asset.linkedDatasetIds.join(', ')})` : ''}`
    lines.push(`  ${assetNames[asset.kind].padEnd(12)} ${asset.id} (${asset.country}) ${state}`)
  }
  if (report.problems.length > 0) lines.push('Problems')
  for (const problem of report.problems) {
    lines.push(`  ${marks[problem.severity]} ${problem.message}`, `    fix: ${problem.fix}`)
  }
  lines.push(`Result: ${report.outcome}. ${report.summary}`)
  return lines.join('\n')
}
