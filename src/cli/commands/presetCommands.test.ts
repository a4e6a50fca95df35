import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { HistoryStore } from '../../services/history/historyStore'
import { commandList } from '../commandList'
import { runCapturedCli } from '../../../test/support/captureCliIo'

const canary = 'EAABcanaryTOKEN1234567890abcdefgh'
let home: string

function capi(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  return runCapturedCli(commandList, args, { env: { CAPI_WORKBENCH_HOME: home } })
}

const curl = `curl -X POST https://graph.facebook.com/v26.0/987654321/events \\
  -H 'Authorization: Bearer ${canary}' \\
  -F 'data=[{"event_name":"Lead","event_time":1700000000,"action_source":"business_messaging","messaging_channel":"whatsapp","user_data":{"whatsapp_business_account_id":"1234567890","ctwa_clid":"ARAkLkA8rmlFeiCktEJQ-QTwRiyYHAFDLMNDBH0CD3qpjd0HR4irJ6LEkR7J"}}]'`

beforeEach(async () => {
  home = await mkdtemp(join(tmpdir(), 'capi-cli-presets-'))
})
afterEach(() => rm(home, { recursive: true, force: true }))

describe('capi preset', () => {
  it('imports a customer cURL command as a preset, lists, shows and exports it', async () => {
    const file = join(home, 'customer.curl')
    await writeFile(file, curl)
    const imported = await capi(
      'preset',
      'import',
      '--payload',
      file,
      '--folder',
      'acme',
      '--name',
      'Customer lead',
    )
    const list = await capi('preset', 'list', '--json')
    const show = await capi('preset', 'show', 'acme/customer-lead', '--json')
    const exported = await capi('preset', 'export', '--folder', 'acme')
    expect({
      importCode: imported.code,
      importSays: imported.out
        .split('\n')
        .filter((line) => /^(saved|dropped|error)/.test(line))
        .map((line) => line.split(':')[0]),
      ids: (JSON.parse(list.out) as { presets: { id: string }[] }).presets.map(
        (preset) => preset.id,
      ),
      eventName: (JSON.parse(show.out) as { preset: { draft: { eventName: string } } }).preset.draft
        .eventName,
      exported: (JSON.parse(exported.out) as { presets: unknown[] }).presets.length,
      leaked: [imported, list, show, exported].some((result) =>
        (result.out + result.err).includes(canary),
      ),
    }).toEqual({
      importCode: 1,
      importSays: [
        'saved    acme/customer-lead',
        'dropped  Authorization header',
        'error    data.0.event_name',
        'error    data.0.event_time',
      ],
      ids: ['acme/customer-lead'],
      eventName: 'Lead',
      exported: 1,
      leaked: false,
    })
  })

  it('says when a folder filter matches none of the presets, not that there are none', async () => {
    const file = join(home, 'customer.curl')
    await writeFile(file, curl)
    await capi('preset', 'import', '--payload', file, '--folder', 'acme')
    const [all, other] = [
      await capi('preset', 'list'),
      await capi('preset', 'list', '--folder', 'zeta'),
    ]
    expect([all.out.startsWith('acme/'), other.code, other.out]).toEqual([
      true,
      0,
      'No presets in folder "zeta" (capi preset list shows all 1).\n',
    ])
  })

  it('asks for a conflict policy instead of guessing, then applies it', async () => {
    await writeFile(join(home, 'c.curl'), curl)
    await capi('preset', 'import', '--payload', join(home, 'c.curl'))
    const bundle = join(home, 'bundle.json')
    await capi('preset', 'export', '--all', '--out', bundle)
    const refused = await capi('preset', 'import', bundle)
    const kept = await capi('preset', 'import', bundle, '--on-conflict', 'keep-both', '--json')
    expect({
      refused: [refused.code, refused.err.trim().split('\n')],
      kept: [kept.code, JSON.parse(kept.out)],
    }).toEqual({
      refused: [
        2,
        [
          'capi preset import: 1 preset(s) already exist:',
          '  imported-lead',
          'Choose with --on-conflict keep-both|replace|skip.',
        ],
      ],
      kept: [
        0,
        {
          imported: [{ from: 'imported-lead', id: 'imported-lead-imported', action: 'keepBoth' }],
          skipped: [],
        },
      ],
    })
  })

  it('says what is wrong with its arguments (exit 2)', async () => {
    const results = await Promise.all([
      capi('preset', 'show'),
      capi('preset', 'show', 'nope'),
      capi('preset', 'export'),
      capi('preset', 'list', '--bogus'),
    ])
    expect(results.map((result) => result.code)).toEqual([2, 2, 2, 2])
  })
})

describe('capi history', () => {
  it('lists, filters and shows recorded sends with the token redacted', async () => {
    const history = new HistoryStore({
      directory: join(home, 'history'),
      now: () => new Date('2026-11-25T14:00:00Z'),
    })
    const body = JSON.stringify({ data: [{ event_name: 'Purchase', event_id: 'o-1' }] })
    const entry = await history.record({
      endpoint: 'https://graph.facebook.com',
      datasetId: '555',
      connectionName: 'Acme',
      result: {
        outcome: 'meta_error',
        request: {
          method: 'POST',
          url: 'https://graph.facebook.com/v26.0/555/events',
          headers: { authorization: `Bearer ${canary}` },
          body,
        },
        status: 400,
        headers: {},
        json: { error: { code: 100, fbtrace_id: 'TRACE1' } },
        fbtraceId: 'TRACE1',
        timing: { queueMs: 0, connectMs: 0, tlsMs: 0, ttfbMs: 10, downloadMs: 0, totalMs: 10 },
        startedAt: '2026-11-25T14:00:00.000Z',
      },
    })
    const list = await capi('history', 'list', '--outcome', 'meta_error', '--json')
    const none = await capi('history', 'list', '--fbtrace', 'OTHER')
    const curlOut = await capi('history', 'show', entry.id, '--curl')
    const show = await capi('history', 'show', entry.id)
    expect({
      listed: (JSON.parse(list.out) as { entries: { id: string }[] }).entries.map(
        (item) => item.id,
      ),
      none: none.out.trim(),
      curl: curlOut.out.trim(),
      showHasTrace: show.out.includes('fbtrace_id: TRACE1'),
      leaked: [list, curlOut, show].some((result) => result.out.includes(canary)),
    }).toEqual({
      listed: [entry.id],
      none: 'No recorded sends match.',
      curl: `curl -X POST 'https://graph.facebook.com/v26.0/555/events' -H 'authorization: Bearer <REDACTED>' --data-raw '${body}'`,
      showHasTrace: true,
      leaked: false,
    })
  })
})
