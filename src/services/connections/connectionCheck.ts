import type {
  CheckProblem,
  ConnectionCheckReport,
} from '../../shared/connections/connectionCheckReport'
import { type AssetKind, assetKinds } from '../../shared/connections/connectionSchema'
import {
  assetLabels,
  channelPermissionRules,
  messengerBusinessPermissions,
} from './channelPermissions'
import { type CheckGraph, GraphCheckError, type TokenDebugInfo } from './checkGraph'
import type { StoredConnection } from './connectionDocument'
import { connectionAdvice } from './checkAdvice'
import { describeGraphFailure, invalidTokenProblem, scrubToken } from './checkProblems'

type Report = ConnectionCheckReport

const soonMilliseconds = 7 * 24 * 60 * 60 * 1000

/**
 * Asks Meta (or the sandbox) whether a connection can send events: token valid and when it
 * expires, permissions per channel, dataset found, assets linked to the dataset. Never throws for a
 * Graph failure; every failure becomes a problem with a fix. Messages never contain the token.
 */
export async function checkConnection(
  connection: StoredConnection,
  graph: CheckGraph,
  token: string,
  now: Date,
  endpoint: string,
): Promise<Report> {
  const problems: CheckProblem[] = []
  const report: Report = {
    at: now.toISOString(),
    outcome: 'passed',
    summary: '',
    endpoint,
    apiVersion: connection.apiVersion,
    token: { valid: null, via: 'none', expiresAt: null, neverExpires: false },
    permissions: { known: false, granted: [], declined: [] },
    channels: [],
    dataset: { id: connection.datasetId, found: null },
    assets: [],
    problems,
  }
  const scrub = (error: unknown) => scrubToken(error, token)
  let debug: TokenDebugInfo | undefined
  let refusal: string | undefined
  try {
    debug = await graph.debugToken()
  } catch (error) {
    const failure = scrub(error)
    if (failure.kind === 'network') {
      problems.push(describeGraphFailure(failure, 'reach the endpoint'))
      return finish(report)
    }
    refusal = failure.message
  }
  if (debug) {
    report.token = { ...report.token, valid: debug.isValid, via: 'debug_token' }
    if (debug.type) report.token.type = debug.type
    if (debug.appId) report.token.appId = debug.appId
    if (debug.expiresAt !== undefined) {
      report.token.neverExpires = debug.expiresAt === 0
      if (debug.expiresAt > 0)
        report.token.expiresAt = new Date(debug.expiresAt * 1000).toISOString()
    }
  }
  try {
    report.identity = await graph.getMe()
    if (report.token.via === 'none') report.token = { ...report.token, valid: true, via: 'me' }
  } catch (error) {
    const failure = scrub(error)
    if (report.token.via === 'none') {
      if (failure.kind === 'network') {
        problems.push(describeGraphFailure(failure, 'reach the endpoint'))
        return finish(report)
      }
      report.token = { ...report.token, valid: false, via: 'me' }
      refusal = failure.message
    }
  }
  if (report.token.valid === false) {
    const metaSaid = debug?.error ? scrub(new Error(debug.error)).message : refusal
    problems.push(invalidTokenProblem(metaSaid))
    return finish(report)
  }
  addExpiryProblem(report, now)
  problems.push(...connectionAdvice(connection, now))
  await readPermissions(report, graph, debug, scrub)
  addChannelProblems(report, connection)
  await readDataset(report, graph, connection, scrub)
  await readAssets(report, graph, connection, scrub)
  return finish(report)
}

function addExpiryProblem(report: Report, now: Date): void {
  if (!report.token.expiresAt) return
  const left = new Date(report.token.expiresAt).getTime() - now.getTime()
  if (left > soonMilliseconds) return
  report.problems.push({
    severity: left <= 0 ? 'error' : 'warning',
    code: 'token_expiring',
    message:
      left <= 0
        ? `The token expired on ${report.token.expiresAt}.`
        : `The token expires soon, on ${report.token.expiresAt}.`,
    fix: 'Use a system user token that does not expire (Business Settings → System users → Generate token, expiry "Never"), then set it again.',
  })
}

async function readPermissions(
  report: Report,
  graph: CheckGraph,
  debug: TokenDebugInfo | undefined,
  scrub: (error: unknown) => GraphCheckError,
): Promise<void> {
  try {
    const list = await graph.getPermissions()
    report.permissions = {
      known: true,
      granted: list.filter((entry) => entry.status === 'granted').map((entry) => entry.permission),
      declined: list.filter((entry) => entry.status !== 'granted').map((entry) => entry.permission),
    }
  } catch (error) {
    if (debug?.scopes) {
      report.permissions = { known: true, granted: [...debug.scopes], declined: [] }
      return
    }
    const failure = describeGraphFailure(scrub(error), 'read the token’s permissions')
    report.problems.push({ ...failure, severity: 'warning' })
  }
  report.permissions.granted.sort()
  report.permissions.declined.sort()
}

function addChannelProblems(report: Report, connection: StoredConnection): void {
  const granted = new Set(report.permissions.granted)
  const anyAsset = assetKinds.some((kind) => connection.assets[kind])
  for (const rule of channelPermissionRules) {
    const inUse = Boolean(connection.assets[rule.assetKind])
    const missing = report.permissions.known
      ? rule.required.filter((permission) => !granted.has(permission))
      : []
    report.channels.push({ channel: rule.channel, inUse, required: rule.required, missing })
    if (missing.length > 0 && (inUse || !anyAsset)) {
      report.problems.push({
        severity: inUse ? 'error' : 'warning',
        code: 'permission_missing',
        message: `${rule.label} events need ${missing.join(' and ')}, which the token does not have.`,
        fix: rule.fix,
      })
    }
  }
  if (
    connection.assets.page &&
    report.permissions.known &&
    !messengerBusinessPermissions.some((permission) => granted.has(permission))
  ) {
    report.problems.push({
      severity: 'warning',
      code: 'permission_missing',
      message:
        'One of Meta’s Messenger guides also asks for business_management (or ads_read / ads_management); the token has none of them.',
      fix: 'If Messenger events are rejected for permissions, add business_management (or ads_read) to the system user’s token.',
    })
  }
}

async function readDataset(
  report: Report,
  graph: CheckGraph,
  connection: StoredConnection,
  scrub: (error: unknown) => GraphCheckError,
): Promise<void> {
  try {
    const dataset = await graph.getDataset(connection.datasetId)
    report.dataset = {
      id: connection.datasetId,
      found: true,
      ...(dataset.name ? { name: dataset.name } : {}),
    }
  } catch (error) {
    const failure = scrub(error)
    if (failure.kind === 'graph' && failure.code === 100) {
      report.dataset.found = false
      report.problems.push({
        severity: 'error',
        code: 'dataset_not_found',
        message: `Dataset ${connection.datasetId} does not exist or this token cannot see it (${failure.message}).`,
        fix: 'Copy the dataset ID from Events Manager → Data sources, and give the token’s system user access to the dataset in Business Settings → Data sources → Datasets.',
      })
    } else {
      report.problems.push(describeGraphFailure(failure, 'read the dataset'))
    }
  }
}

async function readAssets(
  report: Report,
  graph: CheckGraph,
  connection: StoredConnection,
  scrub: (error: unknown) => GraphCheckError,
): Promise<void> {
  for (const kind of assetKinds) {
    const asset = connection.assets[kind]
    if (!asset) continue
    const entry = {
      kind,
      id: asset.id,
      country: asset.country,
      linked: null as boolean | null,
      linkedDatasetIds: [] as string[],
    }
    report.assets.push(entry)
    try {
      entry.linkedDatasetIds = await graph.getAssetDatasets(kind, asset.id)
      entry.linked = entry.linkedDatasetIds.includes(connection.datasetId)
      if (!entry.linked)
        report.problems.push(
          notLinkedProblem(kind, asset.id, connection.datasetId, entry.linkedDatasetIds),
        )
    } catch (error) {
      const failure = describeGraphFailure(
        scrub(error),
        `read which dataset the ${assetLabels[kind]} ${asset.id} is linked to`,
      )
      report.problems.push({ ...failure, severity: 'warning' })
    }
  }
}

function notLinkedProblem(
  kind: AssetKind,
  assetId: string,
  datasetId: string,
  linked: string[],
): CheckProblem {
  const label = assetLabels[kind]
  const elsewhere = linked.length > 0 ? ` It is linked to ${linked.join(', ')} instead.` : ''
  return {
    severity: 'error',
    code: 'asset_not_linked',
    message: `The ${label} ${assetId} is not linked to dataset ${datasetId}.${elsewhere} Events for it will not be attributed, and (as respond.io notes) an asset not linked to the dataset does not even show up in the dataset list.`,
    fix: `In Events Manager, open dataset ${datasetId} → Settings → connected assets and link the ${label}.${elsewhere ? ' Unlinking it from its current dataset loses the signals that dataset holds for it, so check with the customer first.' : ''}`,
  }
}

function finish(report: Report): Report {
  const errors = report.problems.filter((problem) => problem.severity === 'error').length
  const warnings = report.problems.filter((problem) => problem.severity === 'warning').length
  report.outcome = errors > 0 ? 'failed' : warnings > 0 ? 'warnings' : 'passed'
  report.summary = summarize(report, errors, warnings)
  return report
}

function summarize(report: Report, errors: number, warnings: number): string {
  const parts: string[] = []
  if (report.token.valid === true) {
    const expiry = report.token.neverExpires
      ? 'never expires'
      : report.token.expiresAt
        ? `expires ${report.token.expiresAt.slice(0, 10)}`
        : 'expiry unknown'
    parts.push(`token valid (${expiry})`)
  } else if (report.token.valid === false) parts.push('token not valid')
  else parts.push('endpoint not reached')
  if (report.dataset.found === true)
    parts.push(
      `dataset ${report.dataset.name ? `"${report.dataset.name}"` : report.dataset.id} found`,
    )
  if (report.dataset.found === false) parts.push('dataset not found')
  if (report.assets.length > 0) {
    const linked = report.assets.filter((asset) => asset.linked === true).length
    parts.push(`${linked} of ${report.assets.length} assets linked`)
  }
  const counts = [
    errors > 0 ? `${errors} error${errors > 1 ? 's' : ''}` : '',
    warnings > 0 ? `${warnings} warning${warnings > 1 ? 's' : ''}` : '',
  ].filter(Boolean)
  const first = parts.join(', ')
  return `${first.charAt(0).toUpperCase()}${first.slice(1)}${counts.length > 0 ? `; ${counts.join(', ')}` : ''}.`
}
