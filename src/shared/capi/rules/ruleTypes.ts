import type { Evidence } from '../evidence/evidence'

/**
 * Types shared by the rule table (R1–R19, spec §14), the validator and the sandbox.
 * The validator (`validateRequestBody`) and the sandbox (`findFirstFailure` + `toGraphErrorBody`)
 * run the same rule implementations; these types are the contract between them.
 */

export type RuleId =
  | 'R1'
  | 'R2'
  | 'R3'
  | 'R4'
  | 'R5'
  | 'R6'
  | 'R7'
  | 'R8'
  | 'R9'
  | 'R10'
  | 'R11'
  | 'R12'
  | 'R13'
  | 'R14'
  | 'R15'
  | 'R16'
  | 'R17'
  | 'R18'
  | 'R19'

export type GraphErrorType = 'OAuthException' | 'GraphMethodException'

/** One rule that a request breaks, with the Meta error it maps to. */
export interface RuleFailure {
  rule: RuleId
  httpStatus: number
  code: number
  subcode?: number
  type: GraphErrorType
  title: string
  message: string
  /** Where in the request body, e.g. `data.0.user_data.ctwa_clid`. */
  path?: string
  /** What backs this rejection (`x-capi-workbench-evidence`); `assumption` only in strict mode. */
  evidence: Evidence
}

/** What the sandbox (or a connection) knows about a WhatsApp account, Page or IG account. */
export interface AssetFacts {
  country?: string
  linkedDatasetIds: string[]
  clids?: string[]
}

export type AssetKind = 'whatsapp' | 'page' | 'instagram'

export interface RequestContext {
  nowSeconds: number
  /**
   * Strict mode (spec §14, revision 2): the sandbox also enforces the checks whose evidence is an
   * assumption (WABA region, the long Instagram key alone, Purchase value, negative values, IDs
   * that are not digits, Order* currency). Replaces revision 1's `lenient`, with the opposite default.
   */
  strict: boolean
  /** R1 (expired token / missing permissions are the sandbox's own checks). */
  token: 'missing' | 'unknown' | 'valid'
  /** R2, e.g. `v26.0`. */
  version: string
  datasetId: string
  /** R2: the dataset exists and is granted to the token. */
  datasetAccessible: boolean
  /** R11 (known click IDs) and R18 (asset country). */
  lookupAsset?: (kind: AssetKind, id: string) => AssetFacts | undefined
}

export interface GraphErrorBody {
  error: {
    message: string
    type: string
    code: number
    error_subcode?: number
    is_transient?: boolean
    error_user_title?: string
    error_user_msg?: string
    fbtrace_id: string
  }
}

export type ProblemSeverity = 'error' | 'warning' | 'info'

/** A finding of the validator, shown beside the field it concerns. */
export interface Problem {
  /** Draft path (`ids.ctwaClid`, `customer.em.0`) or body path (`data.0.event_name`). */
  path: string
  severity: ProblemSeverity
  /** Stable code: `R11.missing_clid`, `advice.no_event_id`, ... */
  code: string
  message: string
  fix: string
  /** What backs this finding; a finding whose evidence is `assumption` is never an error. */
  evidence?: Evidence
  /** A `variables.*` finding: the variable it is about (`contact.email`), for a fix that fills it. */
  variable?: string
}

/** Implemented in findFirstFailure.ts: R1..R18 in order, the first failure wins. */
export type FindFirstFailure = (body: unknown, ctx: RequestContext) => RuleFailure | null
/** Implemented in toGraphErrorBody.ts: the §14 error template. */
export type ToGraphErrorBody = (failure: RuleFailure, fbtraceId: string) => GraphErrorBody
/** Implemented in validateRequestBody.ts: every failure plus advisories, with severities. */
export type ValidateRequestBody = (
  body: unknown,
  ctx: Partial<RequestContext> & { nowSeconds: number },
) => Problem[]
