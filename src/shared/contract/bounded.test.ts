import { describe, expect, it } from 'vitest'
import { createEmptyDraft } from '../capi/model/eventDraft'
import { contract } from './index'

const many = (count: number, value: unknown = 'v') =>
  Object.fromEntries(Array.from({ length: count }, (_, index) => [`k${index}`, value]))
let nested: unknown = 'leaf'
for (let depth = 0; depth < 40; depth++) nested = { inner: nested }
let deeper: unknown = nested
for (let depth = 0; depth < 60; depth++) deeper = [deeper]

function refusal(channelName: keyof typeof contract, input: unknown): string | undefined {
  const parsed = contract[channelName].input.safeParse(input)
  return parsed.success ? undefined : parsed.error.issues.map((issue) => issue.message).join('; ')
}

const draft = createEmptyDraft('whatsapp')
const presetContent = { name: 'P', description: '', tags: [], draft }

describe('free-form contract inputs are capped, with a clear error', () => {
  it.each([
    [
      'contact (too many values)',
      'events.send',
      { draft, connectionId: 'c', contact: many(5000) },
      /contact holds more than 1000 values/,
    ],
    [
      'contact (too big)',
      'events.send',
      { draft, connectionId: 'c', contact: { a: 'x'.repeat(100_000) } },
      /contact is larger than 64 KB/,
    ],
    [
      'workflow (too deep)',
      'events.send',
      { draft, connectionId: 'c', workflow: { deep: nested } },
      /workflow is nested more than 8 levels deep/,
    ],
    [
      'decisions',
      'transfer.importBundle',
      { text: '{}', decisions: many(30_000, 'skip') },
      /decisions holds more than/,
    ],
    [
      'a preset sample contact',
      'presets.save',
      { content: { ...presetContent, sampleContact: { contact: many(5000) } } },
      /sampleContact.contact holds more than 1000 values/,
    ],
    [
      'custom properties',
      'events.send',
      { draft: { ...draft, customData: { custom: many(500) } }, connectionId: 'c' },
      /at most 200 custom properties/,
    ],
    [
      'the duplicate-check body',
      'history.checkDuplicates',
      { body: { data: [deeper] } },
      /The body is nested more than 64 levels deep/,
    ],
  ] as const)('%s', (_label, channelName, input, expected) => {
    expect(refusal(channelName, input)).toMatch(expected)
  })

  it('still accepts ordinary inputs', () => {
    expect(
      refusal('events.send', {
        draft,
        connectionId: 'c',
        contact: { first_name: 'Ann', phone: '+62 812' },
      }),
    ).toBeUndefined()
    expect(
      refusal('transfer.importBundle', { text: '{}', decisions: { a: 'skip' } }),
    ).toBeUndefined()
    expect(
      refusal('history.checkDuplicates', { body: { data: [{ event_name: 'Lead' }] } }),
    ).toBeUndefined()
  })
})
