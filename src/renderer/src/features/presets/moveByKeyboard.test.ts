import type { KeyboardEvent } from 'react'
import { describe, expect, it } from 'vitest'
import { createEmptyDraft } from '../../../../shared/capi/model/eventDraft'
import type { WorkbenchApi } from '../../../../shared/contract/api'
import type { PresetSummary } from '../../../../shared/contract/presetsChannels'
import { createWorkbenchStore } from '../../state/store'
import { moveByKeyboard } from './moveByKeyboard'
import type { TreeRow } from './presetTree'

const summary: PresetSummary = {
  id: 'purchase',
  folder: '',
  kind: 'draft',
  name: 'Purchase',
  description: '',
  tags: [],
  channel: 'whatsapp',
  eventName: 'Purchase',
  updatedAt: '',
  revision: '0000000000000001',
}

function key(key: string, ctrlKey = false) {
  return { key, ctrlKey, metaKey: false, preventDefault: () => {} } as unknown as KeyboardEvent
}

describe('moving a preset with the keyboard', () => {
  it('cuts with Ctrl+X and moves into the folder where Ctrl+V is pressed', async () => {
    const moves: unknown[] = []
    const api = {
      'presets.move': async (input: unknown) => {
        moves.push(input)
        return {
          ok: true,
          value: {
            id: 'acme/purchase',
            revision: '0000000000000002',
            preset: {
              schemaVersion: 1,
              name: 'Purchase',
              description: '',
              tags: [],
              draft: createEmptyDraft('whatsapp'),
              createdAt: '',
              updatedAt: '',
            },
          },
        }
      },
      'presets.list': async () => ({
        ok: true,
        value: { presets: [], folders: ['acme'], quarantined: [] },
      }),
    } as unknown as WorkbenchApi
    const store = createWorkbenchStore(window.localStorage)
    store.setState({ presets: [summary] } as never)
    const context = { store, api }
    const presetRow: TreeRow = { kind: 'preset', node: 'purchase', preset: summary, depth: 0 }
    const folderRow: TreeRow = {
      kind: 'folder',
      node: 'folder:acme',
      folder: 'acme',
      name: 'acme',
      depth: 0,
      expanded: true,
      count: 0,
    }

    moveByKeyboard(key('x', true), presetRow, context)
    const cut = store.getState().presetCut
    moveByKeyboard(key('v', true), folderRow, context)
    await new Promise((resolve) => setTimeout(resolve, 0))
    expect({ cut, moves, after: store.getState().presetCut }).toEqual({
      cut: 'purchase',
      moves: [{ id: 'purchase', folder: 'acme' }],
      after: undefined,
    })
  })

  it('forgets the cut preset on Escape, so Ctrl+V does nothing', () => {
    const store = createWorkbenchStore(window.localStorage)
    const context = { store, api: {} as WorkbenchApi }
    const presetRow: TreeRow = { kind: 'preset', node: 'purchase', preset: summary, depth: 0 }
    moveByKeyboard(key('x', true), presetRow, context)
    moveByKeyboard(key('Escape'), presetRow, context)
    expect(store.getState().presetCut).toBeUndefined()
  })
})
