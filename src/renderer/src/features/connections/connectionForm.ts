import {
  type AssetKind,
  assetKinds,
  ConnectionFields,
  type ConnectionView,
  defaultApiVersion,
  metaGraphUrl,
} from '../../../../shared/connections/connectionSchema'
import type { ChannelInput } from '../../../../shared/contract'

export interface AssetForm {
  id: string
  country: string
  name: string
}

/** What the editor holds while typing: plain strings, checked with the shared schema. */
export interface ConnectionForm {
  name: string
  portfolioName: string
  businessAccountName: string
  datasetId: string
  apiVersion: string
  endpointKind: 'meta' | 'sandbox' | 'custom'
  endpointUrl: string
  testEventCode: string
  assets: Record<AssetKind, AssetForm>
}

export const defaultSandboxUrl = 'http://127.0.0.1:8765'

const emptyAsset: AssetForm = { id: '', country: '', name: '' }

/** Where a new connection starts (the settings' defaults). */
export interface NewConnectionDefaults {
  apiVersion: string
  /** https://graph.facebook.com = Meta; a loopback URL = the sandbox; anything else is custom. */
  endpoint: string
}

function defaultEndpoint(url: string | undefined): ConnectionView['endpoint'] {
  if (!url || url.replace(/\/+$/, '') === metaGraphUrl) return { kind: 'meta' }
  const host = (() => {
    try {
      return new URL(url).hostname
    } catch {
      return ''
    }
  })()
  return ['127.0.0.1', 'localhost', '[::1]'].includes(host)
    ? { kind: 'sandbox', url }
    : { kind: 'custom', url }
}

export function formFromConnection(
  connection?: ConnectionView,
  defaults?: NewConnectionDefaults,
): ConnectionForm {
  const assets = Object.fromEntries(
    assetKinds.map((kind) => {
      const asset = connection?.assets[kind]
      return [
        kind,
        asset ? { id: asset.id, country: asset.country, name: asset.name ?? '' } : emptyAsset,
      ]
    }),
  ) as Record<AssetKind, AssetForm>
  const endpoint = connection?.endpoint ?? defaultEndpoint(defaults?.endpoint)
  return {
    name: connection?.name ?? '',
    portfolioName: connection?.portfolioName ?? '',
    businessAccountName: connection?.businessAccountName ?? '',
    datasetId: connection?.datasetId ?? '',
    apiVersion: connection?.apiVersion ?? defaults?.apiVersion ?? defaultApiVersion,
    endpointKind: endpoint.kind,
    endpointUrl: endpoint.kind === 'meta' ? '' : endpoint.url,
    testEventCode: connection?.testEventCode ?? '',
    assets,
  }
}

type SaveInput = ChannelInput<'connections.save'>

/** The save input: blank optional fields and blank asset rows are left out. */
export function saveInputFromForm(form: ConnectionForm, id?: string): SaveInput {
  const assets: NonNullable<SaveInput['assets']> = {}
  for (const kind of assetKinds) {
    const asset = form.assets[kind]
    if (asset.id.trim() === '' && asset.country.trim() === '' && asset.name.trim() === '') continue
    assets[kind] = {
      id: asset.id,
      country: asset.country,
      ...(asset.name.trim() ? { name: asset.name } : {}),
    }
  }
  return {
    ...(id ? { id } : {}),
    name: form.name,
    portfolioName: form.portfolioName,
    businessAccountName: form.businessAccountName,
    datasetId: form.datasetId,
    apiVersion: form.apiVersion,
    endpoint:
      form.endpointKind === 'meta'
        ? { kind: 'meta' }
        : {
            kind: form.endpointKind,
            url: form.endpointUrl || (form.endpointKind === 'sandbox' ? defaultSandboxUrl : ''),
          },
    assets,
    ...(form.testEventCode.trim() ? { testEventCode: form.testEventCode } : {}),
  }
}

/** Field path (`datasetId`, `assets.page.country`, `endpoint.url`) → first problem. */
export function formProblems(form: ConnectionForm): Record<string, string> {
  const { id: _id, ...fields } = saveInputFromForm(form)
  const parsed = ConnectionFields.safeParse(fields)
  const problems: Record<string, string> = {}
  if (parsed.success) return problems
  for (const issue of parsed.error.issues) {
    const path = issue.path.map(String).join('.')
    problems[path] ??= issue.message
  }
  return problems
}
