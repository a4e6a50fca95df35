import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createEmptyDraft } from '../../shared/capi/model/eventDraft'
import type { PresetContentInput } from '../../shared/presets/presetSchema'
import { PresetStore } from './presetStore'

const clock = () => new Date('2026-11-25T14:00:00.000Z')
const stamps = {
  schemaVersion: 1,
  createdAt: clock().toISOString(),
  updatedAt: clock().toISOString(),
}
let directory: string
let store: PresetStore

/** A body whose event_id has more digits than a double keeps, with odd spacing. */
const rawBody =
  '{ "data": [ {"event_name": "Purchase", "messaging_channel": "whatsapp",\n  "event_id": 123456789012345678901 } ] }'
const raw: PresetContentInput = {
  kind: 'raw',
  name: 'Raw purchase',
  connectionName: 'Sandbox store',
  body: rawBody,
  sendSettings: { headers: { 'x-sandbox-fault': 'timeout' }, timeoutMs: 5000 },
}
const step: PresetContentInput = {
  kind: 'step',
  name: 'Lead on Messenger',
  connectionName: 'Acme',
  step: {
    connection: 'Acme',
    assets: { whatsapp: null, page: '100000000000002', instagram: null },
    event: 'Lead',
    customer: { em: '{{contact.email}}' },
  },
  contact: { channel: 'messenger', psid: '2000000000000001', contact: { email: 'a@b.co' } },
}
const draft: PresetContentInput = { name: 'Draft', draft: createEmptyDraft('instagram') }

beforeEach(async () => {
  directory = await mkdtemp(join(tmpdir(), 'capi-preset-kinds-'))
  store = new PresetStore({ directory, now: clock })
})
afterEach(() => rm(directory, { recursive: true, force: true }))

describe('PresetStore: raw and step presets beside draft presets', () => {
  it('lists every kind with its kind, channel and event', async () => {
    for (const content of [raw, step, draft]) await store.save({ content })
    const listing = await store.list()
    expect(
      listing.presets.map((preset) => [preset.id, preset.kind, preset.channel, preset.eventName]),
    ).toEqual([
      ['draft', 'draft', 'instagram', 'Purchase'],
      ['lead-on-messenger', 'step', 'messenger', 'LeadSubmitted'],
      ['raw-purchase', 'raw', 'whatsapp', 'Purchase'],
    ])
  })

  it('keeps a raw body byte for byte on disk and back, and writes no kind for a draft', async () => {
    const saved = await store.save({ content: raw })
    await store.save({ content: draft })
    const file = JSON.parse(await readFile(join(directory, 'raw-purchase.json'), 'utf8')) as {
      body: string
      kind: string
    }
    const draftFile = JSON.parse(await readFile(join(directory, 'draft.json'), 'utf8')) as object
    const loaded = await store.get(saved.id)
    expect([
      file.kind,
      file.body,
      loaded.preset.kind === 'raw' && loaded.preset.body,
      'kind' in draftFile,
    ]).toEqual(['raw', rawBody, rawBody, false])
  })

  it('saves again into the same file, and renames, moves and duplicates raw and step presets', async () => {
    const first = await store.save({ content: raw })
    const again = await store.save({
      id: first.id,
      content: { ...raw, body: '{"data":[]}' },
      expectedRevision: first.revision,
    })
    const stepSaved = await store.save({ content: step })
    const renamed = await store.rename(stepSaved.id, 'Lead, renamed')
    const moved = await store.move(again.id, 'acme')
    const copy = await store.duplicate(renamed.id)
    const listing = await store.list()
    expect({
      ids: listing.presets.map((preset) => [preset.id, preset.kind]),
      body: moved.preset.kind === 'raw' && moved.preset.body,
      copyStep: copy.preset.kind === 'step' && copy.preset.step,
    }).toEqual({
      ids: [
        ['acme/raw-purchase', 'raw'],
        ['lead-renamed', 'step'],
        ['lead-renamed-copy', 'step'],
      ],
      body: '{"data":[]}',
      copyStep: step.kind === 'step' && step.step,
    })
  })

  it('quarantines a broken raw file and a broken step file, and still loads the rest', async () => {
    await store.save({ content: draft })
    await writeFile(
      join(directory, 'bad-raw.json'),
      JSON.stringify({ ...stamps, kind: 'raw', name: 'Bad', body: 42 }),
    )
    await writeFile(
      join(directory, 'bad-step.json'),
      JSON.stringify({ ...stamps, kind: 'step', name: 'Bad', step: {}, contact: {} }),
    )
    const listing = await store.list()
    expect({
      ids: listing.presets.map((preset) => preset.id),
      problems: listing.quarantined.map((notice) => [notice.file, notice.problem.split(';')[0]]),
      moved: (await readdir(join(directory, '.quarantine'))).filter((name) =>
        name.endsWith('.json'),
      ).length,
    }).toEqual({
      ids: ['draft'],
      problems: [
        ['bad-raw.json', 'body: Invalid input: expected string, received number'],
        [
          'bad-step.json',
          'step.event: event must be "Purchase" or "Lead" (a Lead is sent as LeadSubmitted)',
        ],
      ],
      moved: 2,
    })
  })

  it('refuses a raw body that holds a token: a preset never keeps one', async () => {
    const withToken = {
      ...raw,
      body: '{"access_token": "EAAB1234567890abcdefghijklmn", "data": []}',
    }
    await expect(store.save({ content: withToken })).rejects.toMatchObject({
      code: 'invalid_input',
    })
  })
})
