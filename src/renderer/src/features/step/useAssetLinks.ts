import { useEffect, useState } from 'react'
import type { AssetFacts } from '../../../../shared/capi/rules/ruleTypes'
import type { AssetKind, ConnectionView } from '../../../../shared/connections/connectionSchema'
import type { AssetLinkAnswer } from '../../../../shared/contract/assetLinkChannels'
import { useApi } from '../../api/ApiContext'
import { useWorkbenchStore } from '../../state/store'

/** Per selected account: the answer to "is it linked to the dataset?", or that it is being asked. */
export type AssetLinks = Partial<
  Record<
    AssetKind,
    | { status: 'asking' }
    | { status: 'answered'; answer: AssetLinkAnswer }
    | { status: 'failed'; message: string }
  >
>

const kinds: AssetKind[] = ['whatsapp', 'page', 'instagram']

/**
 * Asks main (`connections.assetLink`) whether each account the step selects is linked to the
 * connection's dataset, a moment after the ID stops changing: a sandbox connection asks the
 * sandbox, a Meta connection answers from what the connection lists and its last check.
 */
export function useAssetLinks(tabId: string, connection: ConnectionView | undefined): AssetLinks {
  const api = useApi()
  const assets = useWorkbenchStore((state) => state.stepTabs[tabId]?.step.assets)
  const [links, setLinks] = useState<AssetLinks>({})
  const wanted = kinds
    .map((kind) => [kind, assets?.[kind]?.trim() ?? ''] as const)
    .filter(([, id]) => /^\d{1,30}$/.test(id))
  const key = connection
    ? `${connection.id}|${connection.updatedAt}|${wanted.map(([kind, id]) => `${kind}:${id}`).join(',')}`
    : ''

  useEffect(() => {
    if (!connection || wanted.length === 0) {
      setLinks({})
      return
    }
    let current = true
    setLinks(Object.fromEntries(wanted.map(([kind]) => [kind, { status: 'asking' }])))
    const timer = setTimeout(() => {
      for (const [kind, assetId] of wanted) {
        void api['connections.assetLink']({ connectionId: connection.id, kind, assetId }).then(
          (result) => {
            if (!current) return
            setLinks((before) => ({
              ...before,
              [kind]: result.ok
                ? { status: 'answered', answer: result.value }
                : { status: 'failed', message: result.error.message },
            }))
          },
        )
      }
    }, 400)
    return () => {
      current = false
      clearTimeout(timer)
    }
    // `key` names everything the question depends on (connection, its last change, the IDs).
  }, [key, api])
  return links
}

/** What the sandbox said, as the simulation's link facts (`kind:id` → linked datasets). */
export function linkFactsOf(links: AssetLinks): Record<string, AssetFacts> {
  const facts: Record<string, AssetFacts> = {}
  for (const entry of Object.values(links)) {
    if (entry?.status !== 'answered') continue
    const { answer } = entry
    if (answer.source !== 'sandbox' || answer.linked === null) continue
    facts[`${answer.kind}:${answer.assetId}`] = { linkedDatasetIds: answer.linkedDatasetIds }
  }
  return facts
}
