import { z } from 'zod'
import type { ConnectionTarget } from '../capi/request/requestTypes'

/** Graph API version used when a connection does not say (capi-spec.md §2.2). */
export const defaultApiVersion = 'v26.0'
export const metaGraphUrl = 'https://graph.facebook.com'

export const ApiVersion = z
  .string()
  .trim()
  .regex(/^v\d+\.\d+$/, 'A Graph API version looks like v26.0.')

const loopbackHosts = new Set(['localhost', '127.0.0.1', '[::1]'])

/** Plain http is allowed only to this machine (the sandbox): a token must never cross a network unencrypted. */
export function endpointUrlProblem(text: string): string | undefined {
  let url: URL
  try {
    url = new URL(text)
  } catch {
    return 'Not a URL; write it like https://graph.example.com or http://127.0.0.1:4010.'
  }
  if (url.username || url.password) return 'The URL must not contain a user name or password.'
  if (url.search || url.hash) return 'The URL must not contain a query string or fragment.'
  if (url.protocol === 'https:') return undefined
  if (url.protocol === 'http:' && loopbackHosts.has(url.hostname)) return undefined
  return 'Use https, or http only for this machine (localhost, 127.0.0.1).'
}

export const EndpointUrl = z
  .string()
  .trim()
  .superRefine((text, context) => {
    const problem = endpointUrlProblem(text)
    if (problem) context.addIssue({ code: 'custom', message: problem })
  })
  .transform((text) => text.replace(/\/+$/, ''))

/** Where requests go: Meta's Graph API, the local sandbox, or another URL (a proxy, a mock). */
export const ConnectionEndpoint = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('meta') }),
  z.object({ kind: z.literal('sandbox'), url: EndpointUrl }),
  z.object({ kind: z.literal('custom'), url: EndpointUrl }),
])
export type ConnectionEndpoint = z.infer<typeof ConnectionEndpoint>

export function endpointBaseUrl(endpoint: ConnectionEndpoint): string {
  return endpoint.kind === 'meta' ? metaGraphUrl : endpoint.url
}

export const GraphId = z
  .string()
  .trim()
  .regex(/^\d{1,30}$/, 'A Meta ID is a number (digits only).')

export const CountryCode = z
  .string()
  .trim()
  .transform((text) => text.toUpperCase())
  .pipe(z.string().regex(/^[A-Z]{2}$/, 'A country is a two-letter ISO code such as DE or BR.'))

/** A business asset linked to the dataset; the country drives restricted-region warnings. */
export const ConnectionAsset = z.object({
  id: GraphId,
  country: CountryCode,
  name: z.string().trim().max(200).optional(),
})
export type ConnectionAsset = z.infer<typeof ConnectionAsset>

export const assetKinds = ['whatsapp', 'page', 'instagram'] as const
export const AssetKind = z.enum(assetKinds)
export type AssetKind = z.infer<typeof AssetKind>

export const ConnectionAssets = z
  .object({
    whatsapp: ConnectionAsset.optional(),
    page: ConnectionAsset.optional(),
    instagram: ConnectionAsset.optional(),
  })
  .strict()
export type ConnectionAssets = z.infer<typeof ConnectionAssets>

export const ConnectionName = z
  .string()
  .trim()
  .min(1, 'A connection needs a name.')
  .max(80, 'Keep the name under 80 characters.')
  .refine(
    (name) => !/[/\\]/.test(name) && [...name].every((character) => character.charCodeAt(0) >= 32),
    'A name cannot contain control characters or slashes.',
  )

/** What a person edits: everything except ids, timestamps, check results and the token. */
export const ConnectionFields = z.object({
  name: ConnectionName,
  /** Meta business portfolio, as the customer sees it (free text). */
  portfolioName: z.string().trim().max(200).default(''),
  /** Business account name, as the customer sees it (free text). */
  businessAccountName: z.string().trim().max(200).default(''),
  datasetId: GraphId,
  apiVersion: ApiVersion.default(defaultApiVersion),
  endpoint: ConnectionEndpoint.default({ kind: 'meta' }),
  assets: ConnectionAssets.default({}),
  /** Remembered per connection so the composer can fill it in. */
  testEventCode: z.string().trim().max(100).optional(),
})
export type ConnectionFields = z.infer<typeof ConnectionFields>
export type ConnectionFieldsInput = z.input<typeof ConnectionFields>

export const CheckOutcome = z.enum(['passed', 'warnings', 'failed'])
export type CheckOutcome = z.infer<typeof CheckOutcome>

export const LastCheck = z.object({
  at: z.string(),
  outcome: CheckOutcome,
  summary: z.string(),
})
export type LastCheck = z.infer<typeof LastCheck>

export const ConnectionId = z.string().regex(/^[a-z0-9-]{1,64}$/, 'Not a connection id.')

/** What the renderer and the CLI see. `tokenHint` is like `EAAB…x9Qz`; the token itself never leaves main. */
export const ConnectionView = ConnectionFields.extend({
  id: ConnectionId,
  createdAt: z.string(),
  updatedAt: z.string(),
  lastCheck: LastCheck.optional(),
  hasToken: z.boolean(),
  tokenHint: z.string().optional(),
  tokenSetAt: z.string().optional(),
})
export type ConnectionView = z.infer<typeof ConnectionView>

/** The connection as the request builder wants it: base URL, dataset, version and assets (never a token). */
export function connectionTarget(
  connection: Pick<ConnectionFields, 'datasetId' | 'apiVersion' | 'assets' | 'endpoint'>,
): ConnectionTarget {
  const assets = (['whatsapp', 'page', 'instagram'] as const).flatMap((kind) => {
    const asset = connection.assets[kind]
    return asset ? [{ kind, id: asset.id, country: asset.country }] : []
  })
  return {
    datasetId: connection.datasetId,
    apiVersion: connection.apiVersion,
    endpoint: endpointBaseUrl(connection.endpoint),
    assets,
  }
}
