import { describe, expect, it } from 'vitest'
import type { PresetSummary } from '../../../../shared/contract/presetsChannels'
import { buildPresetTree } from './presetTree'

function preset(id: string, name: string, tags: string[] = []): PresetSummary {
  const slash = id.lastIndexOf('/')
  return {
    id,
    folder: slash === -1 ? '' : id.slice(0, slash),
    kind: 'draft',
    name,
    description: '',
    tags,
    channel: 'whatsapp',
    eventName: 'Purchase',
    updatedAt: '',
    revision: '0123456789abcdef',
  }
}

const presets = [
  preset('acme/eu/lead', 'Lead EU', ['eu']),
  preset('acme/purchase', 'Purchase'),
  preset('zeta', 'Zeta'),
]
const describeRows = (rows: ReturnType<typeof buildPresetTree>) =>
  rows.map(
    (row) =>
      `${'  '.repeat(row.depth)}${row.kind === 'folder' ? `${row.expanded ? 'v' : '>'} ${row.name}/ (${row.count})` : row.preset.name}`,
  )

describe('buildPresetTree', () => {
  it('lists folders first, then presets, honouring collapsed folders and empty folders', () => {
    expect(
      describeRows(buildPresetTree(presets, ['acme', 'acme/eu', 'empty'], '', { 'acme/eu': true })),
    ).toEqual(['v acme/ (2)', '  > eu/ (1)', '  Purchase', 'v empty/ (0)', 'Zeta'])
  })

  it('shows only matches and their folders, expanded, when filtering (by name, tag or id)', () => {
    expect(
      describeRows(buildPresetTree(presets, ['acme', 'acme/eu', 'empty'], 'EU', { acme: true })),
    ).toEqual(['v acme/ (1)', '  v eu/ (1)', '    Lead EU'])
  })
})
