import { z } from 'zod'
import { AppError } from '../shared/result'

/** Fault modes a dataset (fixtures `fault`) or a request (`x-sandbox-fault` header) can select. */
export const faultModes = [
  'timeout',
  'reset',
  'http500',
  'html',
  'slow-body',
  'huge-body',
  'rate-limit',
  'zero-received',
  'partial-received',
] as const
export type FaultMode = (typeof faultModes)[number]

/** Fault modes that check the request as usual, then answer 200 with fewer events_received (§7). */
export const receivedFaultModes = ['zero-received', 'partial-received'] as const
export type ReceivedFaultMode = (typeof receivedFaultModes)[number]

export function isReceivedFaultMode(mode: string): mode is ReceivedFaultMode {
  return (receivedFaultModes as readonly string[]).includes(mode)
}

export const assetKinds = ['whatsapp', 'page', 'instagram'] as const

const digits = (label: string, min: number, max: number) =>
  z.string().regex(new RegExp(`^\\d{${min},${max}}$`), `${label} must be ${min}–${max} digits`)

/** A token the sandbox knows. Extra keys are kept (e.g. notes). */
export const sandboxTokenSchema = z.looseObject({
  token: z.string().min(8, 'token must be at least 8 characters').regex(/^\S+$/, 'no whitespace'),
  permissions: z.array(z.string().min(1)),
  expired: z.boolean().optional(),
  /** The system user behind the token, answered by `/me`. */
  userId: digits('userId', 1, 30).optional(),
  name: z.string().optional(),
  /** Datasets granted to the token; absent = every dataset in the fixtures. */
  datasets: z.array(z.string()).optional(),
})

export const sandboxAssetSchema = z.looseObject({
  kind: z.enum(assetKinds),
  id: digits('asset id', 1, 30),
  country: z.string().regex(/^[A-Z]{2}$/, 'country must be an ISO 3166-1 alpha-2 code, e.g. US'),
  /** Click IDs this WhatsApp account knows; when listed, other clids fail R11 (2804087). */
  clids: z.array(z.string().min(1)).optional(),
  name: z.string().optional(),
})

export const sandboxDatasetSchema = z.looseObject({
  id: digits('dataset id', 10, 20),
  name: z.string().min(1),
  assets: z.array(sandboxAssetSchema),
  fault: z.enum(faultModes).optional(),
  ownerBusiness: z.looseObject({ id: z.string(), name: z.string() }).optional(),
})

export const sandboxFixturesSchema = z
  .looseObject({
    /** Strict mode (spec §14, revision 2): also enforce the checks that are assumptions. */
    strict: z.boolean().optional(),
    tokens: z.array(sandboxTokenSchema).min(1, 'at least one token'),
    datasets: z.array(sandboxDatasetSchema),
  })
  .superRefine((fixtures, context) => {
    if ('lenient' in fixtures) {
      context.addIssue({
        code: 'custom',
        path: ['lenient'],
        message:
          'the "lenient" key was replaced by "strict" (spec revision 2, opposite meaning): the sandbox is now lenient by default and enforces only checks backed by Meta\'s docs or live answers. Remove "lenient"; add "strict": true to also enforce the assumption checks.',
      })
    }
    const seenTokens = new Set<string>()
    fixtures.tokens.forEach((token, index) => {
      if (seenTokens.has(token.token)) {
        context.addIssue({
          code: 'custom',
          path: ['tokens', index, 'token'],
          message: 'duplicate token',
        })
      }
      seenTokens.add(token.token)
    })
    const datasetIds = new Set<string>()
    fixtures.datasets.forEach((dataset, index) => {
      if (datasetIds.has(dataset.id)) {
        context.addIssue({
          code: 'custom',
          path: ['datasets', index, 'id'],
          message: 'duplicate dataset id',
        })
      }
      datasetIds.add(dataset.id)
    })
    fixtures.tokens.forEach((token, tokenIndex) => {
      token.datasets?.forEach((id, index) => {
        if (!datasetIds.has(id)) {
          context.addIssue({
            code: 'custom',
            path: ['tokens', tokenIndex, 'datasets', index],
            message: `unknown dataset ${id}`,
          })
        }
      })
    })
  })

export type SandboxToken = z.infer<typeof sandboxTokenSchema>
export type SandboxAsset = z.infer<typeof sandboxAssetSchema>
export type SandboxDataset = z.infer<typeof sandboxDatasetSchema>
export type SandboxFixtures = z.infer<typeof sandboxFixturesSchema>

/** Validates fixtures; the error names where they came from and every bad key path. */
export function parseSandboxFixtures(value: unknown, source: string): SandboxFixtures {
  const parsed = sandboxFixturesSchema.safeParse(value)
  if (parsed.success) return parsed.data
  const issues = parsed.error.issues.map(
    (issue) => `  ${issue.path.length > 0 ? issue.path.join('.') : '(root)'}: ${issue.message}`,
  )
  throw new AppError(
    'invalid_fixtures',
    `invalid sandbox fixtures in ${source}:\n${issues.join('\n')}`,
    issues.map((line) => line.trim()),
  )
}
