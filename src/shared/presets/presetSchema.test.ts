import { describe, expect, it } from 'vitest'
import { createEmptyDraft } from '../capi/model/eventDraft'
import { migratePreset, PresetContent } from './presetSchema'

const time = '2026-11-25T14:00:00.000Z'
const stamps = { schemaVersion: 1, createdAt: time, updatedAt: time }
const bigBody = '{"data":[{"event_name":"Purchase","event_id":12345678901234567890}]}'
const step = {
  connection: 'Acme Brazil',
  assets: { whatsapp: '100000000000001', page: null, instagram: null },
  event: 'Lead',
  customer: { em: '{{contact.email}}' },
}
const contact = { channel: 'whatsapp', ctwa_clid: 'ARAk1', contact: { email: 'a@b.co' } }

describe('migratePreset: kinds', () => {
  it('reads a file without a kind as a draft preset, unchanged otherwise (no rewrite)', () => {
    const draft = createEmptyDraft('whatsapp')
    const parsed = migratePreset({ ...stamps, name: 'A', draft }, time)
    expect(parsed.ok && [parsed.preset.kind, parsed.migrated]).toEqual(['draft', false])
  })

  it('keeps a raw body as text, byte for byte (a big integer keeps its digits)', () => {
    const parsed = migratePreset(
      { ...stamps, kind: 'raw', name: 'Raw', body: bigBody, sendSettings: { timeoutMs: 5000 } },
      time,
    )
    expect(parsed.ok && parsed.preset.kind === 'raw' && parsed.preset.body).toBe(bigBody)
  })

  it('reads a step preset with its step and contact in the CLI file shapes', () => {
    const parsed = migratePreset({ ...stamps, kind: 'step', name: 'Step', step, contact }, time)
    expect(
      parsed.ok && parsed.preset.kind === 'step' && [parsed.preset.step, parsed.preset.contact],
    ).toEqual([step, contact])
  })

  it('migrates a version-0 raw preset like a version-0 draft preset (tags, timestamps)', () => {
    const parsed = migratePreset({ kind: 'raw', name: 'Old', tags: 'a, b', body: '{}' }, time)
    expect(parsed.ok && [parsed.preset.tags, parsed.preset.createdAt, parsed.migrated]).toEqual([
      ['a', 'b'],
      time,
      true,
    ])
  })

  it('names what is wrong: an unknown kind, a raw preset without a body, a step with a bad key', () => {
    const problems = [
      migratePreset({ ...stamps, kind: 'macro', name: 'X' }, time),
      migratePreset({ ...stamps, kind: 'raw', name: 'X', body: { data: [] } }, time),
      migratePreset(
        { ...stamps, kind: 'step', name: 'X', step: { ...step, typo: 1 }, contact },
        time,
      ),
      migratePreset({ ...stamps, name: 'X' }, time),
    ].map((parsed) => (parsed.ok ? 'ok' : parsed.problem))
    expect(problems).toEqual([
      'kind: kind is "draft", "raw" or "step" (absent means "draft")',
      'body: Invalid input: expected string, received object',
      'step: Unrecognized key: "typo"',
      'draft: the preset has no draft',
    ])
  })
})

describe('PresetContent', () => {
  it('takes an editor content without a kind as a draft', () => {
    const parsed = PresetContent.parse({ name: 'A', draft: createEmptyDraft('messenger') })
    expect(parsed.kind).toBe('draft')
  })
})
