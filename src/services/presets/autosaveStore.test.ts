import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createEmptyDraft } from '../../shared/capi/model/eventDraft'
import { createDefaultStep, type WorkflowStep } from '../../shared/step/stepSchema'
import { AutosaveStore } from './autosaveStore'

let directory: string
let tick = 0
const clock = () => new Date(Date.UTC(2026, 10, 25, 14, 0, tick++))

beforeEach(async () => {
  directory = await mkdtemp(join(tmpdir(), 'capi-autosave-'))
})
afterEach(() => rm(directory, { recursive: true, force: true }))

describe('AutosaveStore', () => {
  it('keeps the latest draft per tab, lists newest first, clears on save, drops junk', async () => {
    const store = new AutosaveStore({ directory, now: clock })
    const draft = createEmptyDraft('instagram')
    await store.save({
      key: 'acme/purchase',
      presetId: 'acme/purchase',
      title: 'Purchase',
      content: { name: 'Purchase', draft },
    })
    await store.save({ key: 'draft:1', title: 'Untitled', content: { draft } })
    await store.save({
      key: 'acme/purchase',
      presetId: 'acme/purchase',
      title: 'Purchase',
      content: { name: 'Purchase 2', draft },
    })
    await writeFile(join(directory, 'junk.json'), '{"key":')
    const listed = await new AutosaveStore({ directory, now: clock }).list()
    const cleared = await store.clear('draft:1')
    expect({
      listed: listed.map((entry) => [entry.key, entry.content.name, entry.savedAt]),
      cleared,
      after: (await store.list()).map((entry) => entry.key),
    }).toEqual({
      listed: [
        ['acme/purchase', 'Purchase 2', '2026-11-25T14:00:02.000Z'],
        ['draft:1', undefined, '2026-11-25T14:00:01.000Z'],
      ],
      cleared: { cleared: true },
      after: ['acme/purchase'],
    })
  })

  it("leaves a write in progress alone and removes a dead process's leftover", async () => {
    const store = new AutosaveStore({ directory, now: clock })
    await store.save({
      key: 'draft:1',
      title: 'Untitled',
      content: { draft: createEmptyDraft('messenger') },
    })
    const live = `.draft~3a1.json.${process.pid}.0a1b2c3d.tmp`
    const dead = '.draft~3a1.json.2147483646.0a1b2c3d.tmp'
    await writeFile(join(directory, live), '{}')
    await writeFile(join(directory, dead), '{}')
    const listed = await store.list()
    expect([listed.map((entry) => entry.key), (await readdir(directory)).sort()]).toEqual([
      ['draft:1'],
      [live, 'draft~3a1.json'].sort(),
    ])
  })

  it('loads an autosave written before raw and step tabs were kept: a draft without a kind', async () => {
    const draft = createEmptyDraft('whatsapp')
    const old = {
      key: 'draft:3',
      title: 'Untitled',
      content: { draft, connectionName: 'Sandbox store' },
      savedAt: '2026-11-20T09:00:00.000Z',
    }
    await writeFile(join(directory, 'draft~3a3.json'), JSON.stringify(old, null, 2) + '\n')
    const [entry] = await new AutosaveStore({ directory, now: clock }).list()
    expect(entry).toEqual({
      ...old,
      content: { ...old.content, kind: 'draft', description: '', tags: [] },
    })
  })

  it('keeps a raw body byte for byte and a workflow step with its contact', async () => {
    const store = new AutosaveStore({ directory, now: clock })
    // Key order, a big integer, tabs and a non-ASCII name: nothing may be reformatted.
    const body =
      '{\n\t"data": [{"event_time": 17328, "value": 12345678901234567890}],\n  "b": "Zoë" }\r\n'
    await store.save({
      key: 'raw:2',
      title: 'Raw Request 2',
      content: { kind: 'raw', body, connectionName: 'Sandbox store' },
    })
    const step: WorkflowStep = createDefaultStep('Sandbox store')
    const contact = {
      channel: 'whatsapp' as const,
      ctwa_clid: 'ARAkClick',
      psid: null,
      igsid: null,
      contact: { email: 'rina@example.com' },
      workflow: { total: '49.90' },
    }
    await store.save({
      key: 'workflow-step:1',
      title: 'Workflow step 1',
      content: { kind: 'step', step, contact },
    })
    const listed = await new AutosaveStore({ directory, now: clock }).list()
    const byKey = Object.fromEntries(listed.map((entry) => [entry.key, entry.content]))
    const raw = byKey['raw:2']
    const stepContent = byKey['workflow-step:1']
    expect({
      body: raw?.kind === 'raw' ? raw.body : undefined,
      step: stepContent?.kind === 'step' ? [stepContent.step, stepContent.contact] : undefined,
    }).toEqual({ body, step: [step, contact] })
  })
})
