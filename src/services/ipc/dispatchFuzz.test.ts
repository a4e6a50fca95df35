import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { testDependencies } from '../../../test/support/testDependencies'
import { channelNames } from '../../shared/contract'
import { createServices } from '../createServices'
import type { HandlerTable } from './handlerTable'
import { dispatch } from './dispatch'
import { seededRandom } from '../../../test/support/seededRandom'

const nasty: unknown[] = [
  null,
  true,
  0,
  -1,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  '',
  'x'.repeat(1_000_000),
  '\u0000\ud800',
  [],
  [[[[[]]]]],
  { __proto__: { polluted: true } },
  JSON.parse('{"__proto__": {"polluted": true}}'),
  { constructor: { prototype: { polluted: true } } },
  { toString: 'not a function' },
  { id: { $gt: '' } },
  Object.create(null),
]

function malformed(next: () => number, depth = 0): unknown {
  const pick = Math.floor(next() * 9)
  if (depth > 3 || pick === 0) return nasty[Math.floor(next() * nasty.length)]
  if (pick === 1) return Math.floor(next() * 2 ** 53) * (next() < 0.5 ? -1 : 1)
  if (pick === 2)
    return String.fromCharCode(
      ...Array.from({ length: Math.floor(next() * 40) }, () => Math.floor(next() * 0xffff)),
    )
  if (pick === 3)
    return Array.from({ length: Math.floor(next() * 5) }, () => malformed(next, depth + 1))
  const keys = [
    'id',
    'name',
    'draft',
    'connectionId',
    'token',
    'path',
    'value',
    'unknownKey',
    '__proto__',
    'constructor',
  ]
  const object: Record<string, unknown> = {}
  for (let index = 0; index < Math.floor(next() * 5) + 1; index++) {
    object[keys[Math.floor(next() * keys.length)] ?? 'x'] = malformed(next, depth + 1)
  }
  return object
}

describe('IPC fuzz', () => {
  let dataDirectory: string
  let handlers: HandlerTable

  beforeAll(async () => {
    dataDirectory = await mkdtemp(join(tmpdir(), 'capi-fuzz-'))
    handlers = createServices(testDependencies(dataDirectory)).handlers
  })
  afterAll(async () => {
    await rm(dataDirectory, { recursive: true, force: true })
  })

  it('answers thousands of malformed inputs per channel with a Result and never crashes', async () => {
    const perChannel = 1500
    let crashes = 0
    let answered = 0
    const crashed: string[] = []
    const next = seededRandom(20261125).next
    for (const name of channelNames) {
      for (let index = 0; index < perChannel; index++) {
        const input = index < nasty.length ? nasty[index] : malformed(next)
        try {
          const result = await dispatch(handlers, name, input, {
            onUnexpected: (channel, error) => {
              crashes++
              if (crashed.length < 5)
                crashed.push(
                  `${channel}: ${error instanceof Error ? error.message : String(error)} (input ${JSON.stringify(input)?.slice(0, 200)})`,
                )
            },
          })
          if (typeof result !== 'object' || result === null || typeof result.ok !== 'boolean') {
            crashes++
            crashed.push(`${name}: not a Result`)
          } else answered++
        } catch (error) {
          crashes++
          if (crashed.length < 5)
            crashed.push(`${name} threw: ${error instanceof Error ? error.message : String(error)}`)
        }
      }
    }
    expect(Object.prototype).not.toHaveProperty('polluted')
    expect({ crashes, answered, crashed }).toEqual({
      crashes: 0,
      answered: perChannel * channelNames.length,
      crashed: [],
    })
    console.log(
      `ipc fuzz: ${channelNames.length} channels × ${perChannel} inputs, ${crashes} crashes`,
    )
  })
})
