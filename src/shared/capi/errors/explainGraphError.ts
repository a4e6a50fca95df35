import { assumption, type Evidence, isEvidenceLevel } from '../evidence/evidence'
import { apiPermission, businessUseCaseLimit, graphCodes, tokenSubcodes } from './graphCodes'
import { type CatalogEntry, type GraphErrorExplanation, docs } from './graphErrorExplanation'
import {
  messagingSubcodes,
  restrictedRegion,
  unknownMessagingSubcode,
  unsupportedPostRequest,
} from './messagingSubcodes'
import { retryPolicy, retrySituationForGraphError } from './retryPolicy'
import { sandboxRules } from './sandboxRules'

export interface ExplainOptions {
  /** The sandbox's `x-capi-workbench-rule` response header, e.g. `R18`. */
  ruleHeader?: string
  /** The sandbox's `x-capi-workbench-evidence` header: `meta-docs`, `observed` or `assumption`. */
  evidenceHeader?: string
}

/** Generic advice for an answer the catalog has no row for. */
const notInCatalog = assumption('not in the catalog: generic advice')

interface GraphErrorFields {
  code?: number
  subcode?: number
  type?: string
  isTransient?: boolean
  userTitle?: string
  userMessage?: string
  message?: string
  fbtraceId?: string
}

/**
 * English title of the restricted-region error as respond.io reports it. Used only as a last
 * resort (no sandbox rule header, no known subcode): Meta localizes error_user_title, so a
 * non-English answer falls through to the generic code-100 row instead of being misread.
 */
const restrictedRegionEnglishTitle = 'Messaging Event Within Messaging Restrictive Region'

function parseBody(body: unknown): unknown {
  if (typeof body !== 'string') return body
  try {
    return JSON.parse(body)
  } catch {
    return undefined
  }
}

function optionalString(value: unknown): string | undefined {
  return typeof value === 'string' && value.length > 0 ? value : undefined
}

function optionalInteger(value: unknown): number | undefined {
  if (typeof value === 'number' && Number.isInteger(value)) return value
  if (typeof value === 'string' && /^\d+$/.test(value)) return Number(value)
  return undefined
}

function readGraphError(body: unknown): GraphErrorFields | undefined {
  const parsed = parseBody(body)
  if (typeof parsed !== 'object' || parsed === null) return undefined
  const error = (parsed as { error?: unknown }).error
  if (typeof error !== 'object' || error === null) return undefined
  const fields = error as Record<string, unknown>
  return {
    code: optionalInteger(fields.code),
    subcode: optionalInteger(fields.error_subcode),
    type: optionalString(fields.type),
    isTransient: typeof fields.is_transient === 'boolean' ? fields.is_transient : undefined,
    userTitle: optionalString(fields.error_user_title),
    userMessage: optionalString(fields.error_user_msg),
    message: optionalString(fields.message),
    fbtraceId: optionalString(fields.fbtrace_id),
  }
}

interface CatalogMatch {
  entry: CatalogEntry
  /** False when only a fallback (generic advice) matched: unknown code or subcode. */
  known: boolean
}

function codeHundredEntry(error: GraphErrorFields, ruleHeader?: string): CatalogMatch {
  const subcode = error.subcode
  if (subcode !== undefined) {
    const known = messagingSubcodes[subcode]
    if (known) return { entry: known, known: true }
    if (subcode === 33) return { entry: unsupportedPostRequest, known: true }
    if (subcode >= 2804000 && subcode <= 2804999) {
      return { entry: unknownMessagingSubcode, known: false }
    }
    return { entry: graphCodes[100]!, known: false }
  }
  if (ruleHeader === 'R18') return { entry: restrictedRegion, known: true }
  const sandboxRule = ruleHeader ? sandboxRules[ruleHeader] : undefined
  if (sandboxRule) return { entry: sandboxRule, known: true }
  if (error.userTitle === restrictedRegionEnglishTitle)
    return { entry: restrictedRegion, known: true }
  return { entry: graphCodes[100]!, known: true }
}

function entryForError(
  error: GraphErrorFields,
  httpStatus: number,
  ruleHeader?: string,
): CatalogMatch {
  const code = error.code
  if (code === 100) return codeHundredEntry(error, ruleHeader)
  if (code === 190 && error.subcode !== undefined) {
    const token = tokenSubcodes[error.subcode]
    return token ? { entry: token, known: true } : { entry: graphCodes[190]!, known: false }
  }
  if (code !== undefined && code >= 200 && code <= 299) return { entry: apiPermission, known: true }
  if (code !== undefined && code >= 80000 && code <= 80014) {
    return { entry: businessUseCaseLimit, known: true }
  }
  if (code !== undefined && graphCodes[code]) return { entry: graphCodes[code]!, known: true }
  return { entry: httpOnlyEntry(httpStatus, code), known: false }
}

/** Answers with no Graph error object (proxy pages, gateways) or with an unknown code. */
function httpOnlyEntry(httpStatus: number, code?: number): CatalogEntry {
  const codeText =
    code === undefined ? '' : ` with error code ${code}, which this catalog does not know`
  if (httpStatus >= 500) {
    return {
      title: `Server error (HTTP ${httpStatus})`,
      explanation: `The server answered HTTP ${httpStatus}${codeText}. It may be Meta or a proxy in between; whether the events were counted is unknown.`,
      fix: 'Wait, then resend by hand after checking Events Manager. If it repeats, check the endpoint URL and any proxy.',
      category: 'temporary',
      docsUrl: docs.errorHandling,
      evidence: notInCatalog,
    }
  }
  if (httpStatus === 429) {
    return {
      title: 'Too many requests (HTTP 429)',
      explanation: `The server is throttling requests${codeText}.`,
      fix: 'Wait at least 60 seconds, then resend by hand.',
      category: 'throttle',
      docsUrl: docs.rateLimiting,
      evidence: notInCatalog,
    }
  }
  if (httpStatus === 404 && code === undefined) {
    return {
      title: 'Not found (HTTP 404)',
      explanation: 'The server does not know this path; it did not answer like the Graph API.',
      fix: 'Check the endpoint base URL and the version (e.g. https://graph.facebook.com and v26.0).',
      category: 'unknown',
      docsUrl: docs.messaging,
      evidence: notInCatalog,
    }
  }
  return {
    title:
      code === undefined ? `Unexpected answer (HTTP ${httpStatus})` : `Graph API error ${code}`,
    explanation: `The server answered HTTP ${httpStatus}${codeText}.`,
    fix: "Read Meta's message below and the raw response; keep the fbtrace_id for a bug report.",
    category: httpStatus === 401 ? 'token' : httpStatus === 403 ? 'permission' : 'unknown',
    docsUrl: docs.errorHandling,
    evidence: notInCatalog,
  }
}

/** The explanation's evidence: the catalog row's, unless the sandbox said it answered on an assumption. */
function evidenceOf(entry: CatalogEntry, header: string | undefined): Evidence {
  if (!isEvidenceLevel(header) || header === entry.evidence.level) return entry.evidence
  if (header === 'assumption') {
    return assumption("the sandbox answered in strict mode: Meta's behaviour is unknown")
  }
  return { level: header }
}

/**
 * Explains a Graph API error answer in plain words (spec §12) with the retry advice of §10 and the
 * evidence behind it (§14). `known` is false when only generic advice matched (unknown code or
 * subcode). Branches only on code, subcode, HTTP status and the sandbox's headers — never on
 * Meta's message text, which is localized (the one exception is restrictedRegionEnglishTitle).
 */
export function explainGraphErrorDetailed(
  responseBody: unknown,
  httpStatus: number,
  options: ExplainOptions = {},
): { explanation: GraphErrorExplanation; known: boolean } {
  const error = readGraphError(responseBody) ?? {}
  const ruleHeader = optionalString(options.ruleHeader?.trim())
  const { entry, known } = entryForError(error, httpStatus, ruleHeader)
  const situation =
    entry === restrictedRegion
      ? 'fix_first'
      : entry.category === 'throttle' && error.code === undefined
        ? 'throttled'
        : retrySituationForGraphError(error.code, httpStatus, error.isTransient)
  const rule = retryPolicy[situation]
  const explanation: GraphErrorExplanation = {
    title: entry.title,
    explanation: entry.explanation,
    fix: entry.fix,
    retryable: rule.retryable,
    retryAdvice:
      entry === restrictedRegion
        ? 'Resending gives the same answer while the asset is registered in a restricted region.'
        : rule.advice,
    docsUrl: entry.docsUrl,
    category: entry.category,
    evidence: evidenceOf(entry, options.evidenceHeader?.trim()),
  }
  if (error.code !== undefined) explanation.code = error.code
  if (error.subcode !== undefined) explanation.subcode = error.subcode
  if (error.userTitle !== undefined) explanation.metaTitle = error.userTitle
  const metaMessage = error.userMessage ?? error.message
  if (metaMessage !== undefined) explanation.metaMessage = metaMessage
  if (error.isTransient !== undefined) explanation.isTransient = error.isTransient
  if (error.fbtraceId !== undefined) explanation.fbtraceId = error.fbtraceId
  if (ruleHeader !== undefined) explanation.rule = ruleHeader
  return { explanation, known }
}

/** Explains a Graph API error answer in plain words (see explainGraphErrorDetailed). */
export function explainGraphError(
  responseBody: unknown,
  httpStatus: number,
  options: ExplainOptions = {},
): GraphErrorExplanation {
  return explainGraphErrorDetailed(responseBody, httpStatus, options).explanation
}
