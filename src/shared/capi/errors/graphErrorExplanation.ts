import { z } from 'zod'
import { type Evidence, evidenceSchema } from '../evidence/evidence'

export const retryables = ['never', 'wait', 'manual', 'unknown'] as const
export const errorCategories = [
  'payload',
  'token',
  'permission',
  'throttle',
  'temporary',
  'region',
  'unknown',
] as const

/** What the inspector, the CLI and history show for an error: plain words, never Meta's text alone. */
export const graphErrorExplanationSchema = z.object({
  title: z.string(),
  explanation: z.string(),
  fix: z.string(),
  retryable: z.enum(retryables),
  retryAdvice: z.string(),
  docsUrl: z.string(),
  category: z.enum(errorCategories),
  code: z.number().int().optional(),
  subcode: z.number().int().optional(),
  /** Meta's own (possibly localized) words, shown as received. */
  metaTitle: z.string().optional(),
  metaMessage: z.string().optional(),
  isTransient: z.boolean().optional(),
  fbtraceId: z.string().optional(),
  /** The sandbox rule that fired (`x-capi-workbench-rule`), when the answer came from the sandbox. */
  rule: z.string().optional(),
  /** What backs this explanation (spec §14): Meta's docs, live answers, or an assumption. */
  evidence: evidenceSchema.optional(),
})

export type GraphErrorExplanation = z.infer<typeof graphErrorExplanationSchema>
export type Retryable = (typeof retryables)[number]
export type ErrorCategory = (typeof errorCategories)[number]

/** One row of the catalog (spec §12); the retry columns come from the retry policy (§10). */
export interface CatalogEntry {
  title: string
  explanation: string
  fix: string
  category: ErrorCategory
  docsUrl: string
  /** What backs this row: Meta's docs, live answers (month, reports) or an assumption. */
  evidence: Evidence
}

export const docs = {
  errorHandling: 'https://developers.facebook.com/docs/graph-api/guides/error-handling',
  messaging:
    'https://developers.facebook.com/docs/marketing-api/conversions-api/business-messaging/',
  parameters: 'https://developers.facebook.com/docs/marketing-api/conversions-api/parameters',
  usingTheApi: 'https://developers.facebook.com/docs/marketing-api/conversions-api/using-the-api',
  rateLimiting: 'https://developers.facebook.com/docs/graph-api/overview/rate-limiting',
  marketingRateLimiting:
    'https://developers.facebook.com/docs/marketing-api/overview/rate-limiting',
  restrictedRegions: 'https://developers.facebook.com/docs/messenger-platform/europe-japan-updates',
  versions: 'https://developers.facebook.com/docs/graph-api/changelog/versions/',
  debugToken: 'https://developers.facebook.com/docs/graph-api/reference/debug_token',
} as const
