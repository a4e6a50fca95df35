import type { AssetFacts, AssetKind } from '../shared/capi/rules/ruleTypes'
import type { SandboxAsset, SandboxDataset, SandboxFixtures, SandboxToken } from './sandboxFixtures'

/** The permission each messaging channel needs to send events (spec §9). */
export const channelPermissions: Record<string, string> = {
  whatsapp: 'whatsapp_business_manage_events',
  messenger: 'page_events',
  instagram: 'instagram_manage_events',
}

export interface FoundAsset {
  asset: SandboxAsset
  datasets: SandboxDataset[]
}

/**
 * The sandbox registry (spec §14 R18): tokens, datasets and the assets linked to them, read from
 * the fixtures. Every asset is listed under the datasets it is linked to.
 */
export class SandboxWorld {
  private readonly datasets: readonly SandboxDataset[]

  private readonly strictOverride: boolean

  /** `strict`: `capi sandbox --strict`, on top of the fixtures' own `"strict": true`. */
  constructor(
    private readonly fixtures: SandboxFixtures,
    strict = false,
  ) {
    this.datasets = fixtures.datasets
    this.strictOverride = strict
  }

  /** Strict mode (spec §14): assumption checks reject too, with evidence `assumption`. */
  get strict(): boolean {
    return this.strictOverride || this.fixtures.strict === true
  }

  findToken(token: string | undefined): SandboxToken | undefined {
    if (token === undefined) return undefined
    return this.fixtures.tokens.find((entry) => entry.token === token)
  }

  findDataset(id: string): SandboxDataset | undefined {
    return this.datasets.find((dataset) => dataset.id === id)
  }

  /** The dataset exists and the token may use it (no `datasets` list on the token = all). */
  isDatasetGranted(id: string, token: SandboxToken | undefined): boolean {
    if (!token || !this.findDataset(id)) return false
    return token.datasets === undefined || token.datasets.includes(id)
  }

  findAsset(id: string, kind?: AssetKind): FoundAsset | undefined {
    let asset: SandboxAsset | undefined
    const datasets: SandboxDataset[] = []
    for (const dataset of this.datasets) {
      const match = dataset.assets.find(
        (candidate) => candidate.id === id && (kind === undefined || candidate.kind === kind),
      )
      if (match) {
        asset ??= match
        datasets.push(dataset)
      }
    }
    return asset ? { asset, datasets } : undefined
  }

  /** What the rule table needs to know about an asset (R11 clids, R18 links and country). */
  lookupAsset(kind: AssetKind, id: string): AssetFacts | undefined {
    const found = this.findAsset(id, kind)
    if (!found) return undefined
    const facts: AssetFacts = {
      country: found.asset.country,
      linkedDatasetIds: found.datasets.map((dataset) => dataset.id),
    }
    const clids = found.datasets.flatMap((dataset) =>
      dataset.assets.filter((asset) => asset.id === id).flatMap((asset) => asset.clids ?? []),
    )
    if (clids.length > 0) facts.clids = [...new Set(clids)]
    return facts
  }

  allDatasets(): readonly SandboxDataset[] {
    return this.datasets
  }

  allTokens(): readonly SandboxToken[] {
    return this.fixtures.tokens
  }
}
