import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import restrictedFixtures from '../../resources/sandbox/restricted.json'
import { defaultSandboxFixtures, loadSandboxFixtures } from './loadSandboxFixtures'
import { parseSandboxFixtures } from './sandboxFixtures'

function writeTemp(name: string, text: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'capi-sandbox-')), name)
  writeFileSync(path, text)
  return path
}

describe('sandbox fixtures', () => {
  it('ship a default world: a documented token, one asset per channel, a restricted dataset', () => {
    const fixtures = defaultSandboxFixtures()
    const [main, berlin] = fixtures.datasets
    expect({
      token: fixtures.tokens[0]?.token,
      main: main?.assets.map((asset) => [asset.kind, asset.country]),
      berlin: berlin?.assets.map((asset) => asset.country),
    }).toEqual({
      token: 'SANDBOX-TOKEN-1234',
      main: [
        ['whatsapp', 'BR'],
        ['page', 'US'],
        ['instagram', 'ID'],
      ],
      berlin: ['DE', 'DE', 'DE'],
    })
  })

  it('accept the restricted example and keep extra keys', () => {
    const fixtures = parseSandboxFixtures(restrictedFixtures, 'restricted.json')
    expect([fixtures.strict, fixtures.tokens[0]?.datasets, '_comment' in fixtures]).toEqual([
      true,
      ['323456789012345'],
      true,
    ])
  })

  it('name the new key when a file still says "lenient" (revision 1)', () => {
    const old = { ...restrictedFixtures, lenient: true }
    delete (old as { strict?: boolean }).strict
    expect(() => parseSandboxFixtures(old, 'old.json')).toThrow(
      /old\.json:\n {2}lenient: the "lenient" key was replaced by "strict".*add "strict": true/s,
    )
  })

  it('name the file and every bad key path', () => {
    const bad = {
      tokens: [
        { token: 'SANDBOX-A-1', permissions: [] },
        { token: 'SANDBOX-A-1', permissions: [], datasets: ['42'] },
      ],
      datasets: [
        { id: '12', name: 'x', assets: [{ kind: 'fax', id: '1', country: 'de' }], fault: 'boom' },
      ],
    }
    expect(() => parseSandboxFixtures(bad, 'world.json')).toThrowError(
      [
        'invalid sandbox fixtures in world.json:',
        '  datasets.0.id: dataset id must be 10–20 digits',
        '  datasets.0.assets.0.kind: Invalid option: expected one of "whatsapp"|"page"|"instagram"',
        '  datasets.0.assets.0.country: country must be an ISO 3166-1 alpha-2 code, e.g. US',
        '  datasets.0.fault: Invalid option: expected one of "timeout"|"reset"|"http500"|"html"|"slow-body"|"huge-body"|"rate-limit"',
      ].join('\n'),
    )
  })

  it('report duplicate tokens and grants of unknown datasets', () => {
    const bad = {
      tokens: [
        { token: 'SANDBOX-A-1', permissions: [] },
        { token: 'SANDBOX-A-1', permissions: [], datasets: ['1234567890'] },
      ],
      datasets: [],
    }
    expect(() => parseSandboxFixtures(bad, 'w.json')).toThrowError(
      'invalid sandbox fixtures in w.json:\n  tokens.1.token: duplicate token\n  tokens.1.datasets.0: unknown dataset 1234567890',
    )
  })

  it('loading names the file when it is missing or not JSON', async () => {
    const notJson = writeTemp('broken.json', '{ "tokens": [')
    await expect(loadSandboxFixtures('/nonexistent/world.json')).rejects.toThrowError(
      'cannot read sandbox fixtures /nonexistent/world.json: ENOENT',
    )
    await expect(loadSandboxFixtures(notJson)).rejects.toThrowError(
      new RegExp(`^sandbox fixtures ${notJson} are not valid JSON`),
    )
  })
})
