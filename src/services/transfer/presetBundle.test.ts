import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createEmptyDraft } from '../../shared/capi/model/eventDraft'
import { PresetStore } from '../presets/presetStore'
import { exportBundle, importBundle, planImport } from './presetBundle'

const now = new Date('2026-11-25T14:00:00Z')
const canary = 'EAABcanaryTOKEN1234567890abcdefgh'
let source: PresetStore
let target: PresetStore
const directories: string[] = []

async function store(): Promise<PresetStore> {
  const directory = await mkdtemp(join(tmpdir(), 'capi-bundle-'))
  directories.push(directory)
  return new PresetStore({ directory, now: () => now })
}

function content(name: string, notes?: string) {
  return { name, draft: { ...createEmptyDraft('messenger'), ...(notes ? { notes } : {}) } }
}

beforeEach(async () => {
  source = await store()
  target = await store()
  await source.save({ folder: 'acme', content: content('Purchase', `token was ${canary}`) })
  await source.save({ folder: 'acme/eu', content: content('Lead') })
  await source.save({ content: content('Other') })
})
afterEach(async () => {
  for (const directory of directories.splice(0))
    await rm(directory, { recursive: true, force: true })
})

describe('preset bundles', () => {
  it('exports a preset, a folder with its sub-folders, or everything, never with a token', async () => {
    const one = await exportBundle(source, { kind: 'preset', id: 'acme/purchase' }, now)
    const folder = await exportBundle(source, { kind: 'folder', folder: 'acme' }, now)
    const all = await exportBundle(source, { kind: 'all' }, now)
    const ids = (text: string) =>
      (JSON.parse(text) as { presets: { id: string }[] }).presets.map((item) => item.id)
    expect({
      names: [one.fileName, folder.fileName, all.fileName],
      ids: [ids(one.text), ids(folder.text), ids(all.text)],
      leaked: [one.text, folder.text, all.text].some((text) => text.includes(canary)),
    }).toEqual({
      names: [
        'acme-purchase.capi-presets.json',
        'acme.capi-presets.json',
        'all-presets.capi-presets.json',
      ],
      ids: [
        ['acme/purchase'],
        ['acme/eu/lead', 'acme/purchase'],
        ['acme/eu/lead', 'acme/purchase', 'other'],
      ],
      leaked: false,
    })
  })

  it('imports into an empty store, then asks about every conflict instead of guessing', async () => {
    const { text } = await exportBundle(source, { kind: 'all' }, now)
    const first = await importBundle(target, text, {}, now)
    const plan = await planImport(target, text, now)
    await expect(importBundle(target, text, { other: 'skip' }, now)).rejects.toMatchObject({
      code: 'decision_needed',
      details: ['acme/eu/lead', 'acme/purchase'],
    })
    const second = await importBundle(
      target,
      text,
      { 'acme/eu/lead': 'keepBoth', 'acme/purchase': 'replace', other: 'skip' },
      now,
    )
    expect({
      first: first.imported.map((item) => [item.id, item.action]),
      conflicts: plan.map((item) => [item.id, item.conflict]),
      second,
      finalIds: (await target.list()).presets.map((preset) => preset.id),
    }).toEqual({
      first: [
        ['acme/eu/lead', 'new'],
        ['acme/purchase', 'new'],
        ['other', 'new'],
      ],
      conflicts: [
        ['acme/eu/lead', true],
        ['acme/purchase', true],
        ['other', true],
      ],
      second: {
        imported: [
          { from: 'acme/eu/lead', id: 'acme/eu/lead-imported', action: 'keepBoth' },
          { from: 'acme/purchase', id: 'acme/purchase', action: 'replace' },
        ],
        skipped: [{ id: 'other', reason: 'skipped: a preset with this id exists' }],
      },
      finalIds: ['acme/eu/lead', 'acme/eu/lead-imported', 'acme/purchase', 'other'],
    })
  })

  it('never overwrites without a decision, even when the bundle names one id twice', async () => {
    const text = JSON.stringify({
      format: 'capi-workbench-presets',
      schemaVersion: 1,
      exportedAt: now.toISOString(),
      scope: 'everything',
      presets: [
        { id: 'twice', preset: { name: 'First', draft: createEmptyDraft('whatsapp') } },
        { id: 'twice', preset: { name: 'Second', draft: createEmptyDraft('whatsapp') } },
      ],
    })
    const result = await importBundle(target, text, {}, now)
    expect([result, (await target.get('twice')).preset.name]).toEqual([
      {
        imported: [{ from: 'twice', id: 'twice', action: 'new' }],
        skipped: [{ id: 'twice', reason: 'skipped: a preset with this id exists already' }],
      },
      'First',
    ])
  })

  it('refuses a file that is not a bundle, and skips a broken entry', async () => {
    await expect(planImport(target, '{"presets": []}', now)).rejects.toMatchObject({
      code: 'invalid_input',
    })
    const text = JSON.stringify({
      format: 'capi-workbench-presets',
      schemaVersion: 1,
      exportedAt: now.toISOString(),
      scope: 'everything',
      presets: [
        { id: '../escape', preset: {} },
        { id: 'ok', preset: { name: 'Ok', draft: createEmptyDraft('whatsapp') } },
      ],
    })
    expect(await importBundle(target, text, {}, now)).toEqual({
      imported: [{ from: 'ok', id: 'ok', action: 'new' }],
      skipped: [{ id: '../escape', reason: 'the id is not a plain path of names' }],
    })
  })

  it('carries raw and step presets: the raw body byte for byte, the step and its contact', async () => {
    const body = '{"data": [{"event_name": "Purchase", "event_id": 123456789012345678901}]}'
    const step = {
      connection: 'Acme',
      assets: { whatsapp: null, page: null, instagram: '100000000000003' },
      event: 'Lead' as const,
      customer: { em: '{{contact.email}}' },
    }
    const contact = { channel: 'instagram' as const, igsid: '3000000000000001' }
    await source.save({ folder: 'kinds', content: { kind: 'raw', name: 'Raw', body } })
    await source.save({ folder: 'kinds', content: { kind: 'step', name: 'Step', step, contact } })
    const bundle = await exportBundle(source, { kind: 'folder', folder: 'kinds' }, now)
    await importBundle(target, bundle.text, {}, now)
    const raw = (await target.get('kinds/raw')).preset
    const stepPreset = (await target.get('kinds/step')).preset
    expect([
      raw.kind === 'raw' && raw.body,
      stepPreset.kind === 'step' && [stepPreset.step, stepPreset.contact],
      (await target.list()).presets.map((preset) => preset.kind),
    ]).toEqual([body, [step, contact], ['raw', 'step']])
  })
})
