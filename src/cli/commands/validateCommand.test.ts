import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createEmptyDraft } from '../../shared/capi/model/eventDraft'
import { exampleIds, exampleMessengerLead } from '../../shared/capi/rules/exampleBodies'
import { createValidateCommand } from './validateCommand'
import { runCapturedCli } from '../../../test/support/captureCliIo'

const nowSeconds = 1795500000
const command = createValidateCommand({ now: () => new Date(nowSeconds * 1000) })
const directory = mkdtempSync(join(tmpdir(), 'capi-validate-'))

function file(name: string, value: unknown): string {
  const path = join(directory, name)
  writeFileSync(path, typeof value === 'string' ? value : JSON.stringify(value))
  return path
}

async function capi(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const { code, out, err } = await runCapturedCli([command], ['validate', ...args])
  return { code, stdout: out, stderr: err }
}

const goodDraft = {
  ...createEmptyDraft('messenger'),
  eventName: 'LeadSubmitted',
  eventId: 'lead-7781',
  ids: { pageId: exampleIds.pageId, pageScopedUserId: exampleIds.psid },
  customer: { em: ['{{contact.email}}'] },
  testEventCode: 'TEST12345',
}

describe('capi validate', () => {
  it('prints the URL, the body and no problems for a good draft, exit 0', async () => {
    const result = await capi([
      file('good.json', goodDraft),
      '--contact',
      file('contact.json', { contact: { email: 'John_Smith@gmail.com' } }),
      '--dataset',
      exampleIds.datasetId,
    ])
    expect(result).toEqual({
      code: 0,
      stdout: `POST https://graph.facebook.com/v26.0/${exampleIds.datasetId}/events\n${JSON.stringify(exampleMessengerLead(nowSeconds), null, 2)}\n\nNo problems found.\n`,
      stderr: '',
    })
  })

  it('lists the problems with path and fix, exit 1 on errors', async () => {
    const result = await capi([
      file('lead.json', { ...goodDraft, eventName: 'Lead' }),
      '--api-version',
      'v21.0',
    ])
    expect([result.code, result.stdout.slice(result.stdout.indexOf('Problems:'))]).toEqual([
      1,
      [
        'Problems: 2 errors, 3 warnings, 0 notes',
        '  error   customer.em.0  [variables.no_sample]',
        '          {{contact.email}} needs a sample contact: none is chosen.',
        '          fix: Choose a sample contact in the composer (or pass --contact).',
        '  error   eventName  [R7.invalid_event_name]',
        '          "Lead" is not one of the 14 business-messaging event names.',
        '          fix: Use LeadSubmitted.',
        "          evidence: seen in live answers (not documented by Meta); several reports, incl. on v25.0; the 14 names are in Meta's FAQ",
        '  warning connection.datasetId  [connection.no_dataset]',
        '          No dataset chosen: the URL shows {dataset_id} and the dataset was not checked.',
        '          fix: Choose a connection with a dataset (or pass --dataset).',
        '  warning connection.apiVersion  [advice.version_expiring]',
        '          v21.0 expires on 2027-01-21 (in 58 days).',
        '          fix: Switch the connection to v26.0 before then.',
        '          evidence: Meta documents this; Graph API version dates',
        '  warning customer  [advice.no_customer_info]',
        "          No customer information: Meta accepts the event, but respond.io's step does not send an event without at least one field (typically email or phone), and Meta needs about 50 matched events to optimize delivery.",
        '          fix: Add the email or phone of the contact.',
        '          evidence: Meta documents this; Meta needs enough matched events to optimize delivery',
        '',
      ].join('\n'),
    ])
  })

  it('checks a raw Meta body as it is', async () => {
    const body = exampleMessengerLead(nowSeconds - 9 * 86_400)
    const result = await capi([
      file('body.json', body),
      '--json',
      '--dataset',
      exampleIds.datasetId,
    ])
    expect([
      result.code,
      JSON.parse(result.stdout).problems.map((p: { code: string }) => p.code),
    ]).toEqual([1, ['R8.too_old']])
  })

  it('marks assumption findings as "assumption" warnings, never errors', async () => {
    const body = exampleMessengerLead(nowSeconds)
    ;(body['data'] as Record<string, unknown>[])[0]!['custom_data'] = { value: 10 }
    const result = await capi([file('value-only.json', body)])
    expect([
      result.code,
      result.stdout.slice(result.stdout.indexOf('Problems:')).split('\n'),
    ]).toEqual([
      0,
      [
        'Problems: 0 errors, 1 warning, 0 notes',
        '  warning (assumption) data.0.custom_data.currency  [R17.value_without_currency]',
        '          custom_data.value is set without a currency, so the amount means nothing.',
        '          fix: Add a three-letter ISO 4217 currency beside value, e.g. USD.',
        "          evidence: this sandbox's assumption: Meta's behaviour is unknown; Meta's answer to a value without a currency is unknown",
        '',
      ],
    ])
  })

  it('keeps the digits of a body whose IDs are integers above 2^53 − 1, and warns', async () => {
    const text = JSON.stringify(exampleMessengerLead(nowSeconds)).replace(
      `"page_id":"${exampleIds.pageId}"`,
      '"page_id":100000000000000013',
    )
    const result = await capi([file('big-page.json', text)])
    expect([
      result.code,
      result.stdout.includes('"page_id": 100000000000000013'),
      result.stdout.includes('warning (assumption) data.0.user_data.page_id  [R14.unsafe_integer]'),
    ]).toEqual([0, true, true])
  })

  it('checks JSON Lines, one body or one event per line, problems by line number', async () => {
    const body = exampleMessengerLead(nowSeconds)
    const event = (body['data'] as Record<string, unknown>[])[0]!
    const lines = [
      JSON.stringify(body),
      JSON.stringify({ ...event, event_name: 'Lead' }),
      '',
      '{"data": [',
      JSON.stringify({ ...event, event_time: nowSeconds - 9 * 86_400 }),
    ].join('\n')
    const path = file('log.jsonl', lines)
    const [text, json] = [await capi([path]), await capi([path, '--json'])]
    const parsed = JSON.parse(json.stdout) as {
      lines: { line: number; kind: string; problems: { code: string }[] }[]
    }
    expect([
      text.code,
      text.stdout
        .split('\n')
        .filter((line) => line.startsWith('line ') || line.includes(' lines checked')),
      json.code,
      parsed.lines.map((line) => [line.line, line.kind, line.problems.map((p) => p.code)]),
    ]).toEqual([
      1,
      [
        '4 lines checked, 3 with errors.',
        'line 1 (body): no problems',
        'line 2 (event):',
        'line 4 (not_json):',
        'line 5 (event):',
      ],
      1,
      [
        [1, 'body', []],
        [2, 'event', ['R7.invalid_event_name']],
        [4, 'not_json', ['jsonl.not_json']],
        [5, 'event', ['R8.too_old']],
      ],
    ])
  })

  it('exits 0 for JSON Lines without errors', async () => {
    const body = JSON.stringify(exampleMessengerLead(nowSeconds))
    const result = await capi([file('clean.ndjson', `${body}\n${body}\n`)])
    expect([result.code, result.stdout.split('\n')[0]]).toEqual([
      0,
      '2 lines checked, 0 with errors.',
    ])
  })

  it('migrates an old draft', async () => {
    const old = {
      schemaVersion: 0,
      channel: 'messenger',
      eventName: 'LeadSubmitted',
      eventId: 'x',
      ids: goodDraft.ids,
      customer: { em: 'a@b.co' },
      testEventCode: 'TEST1',
    }
    const result = await capi([file('old.json', old), '--dataset', exampleIds.datasetId])
    expect([result.code, result.stdout.trim().endsWith('No problems found.')]).toEqual([0, true])
  })

  it('exits 2 on unreadable or invalid input', async () => {
    const results = await Promise.all([
      capi([join(directory, 'missing.json')]),
      capi([file('broken.json', '{"channel":')]),
      capi([file('bad.json', { schemaVersion: 1, channel: 'sms', eventName: 'Purchase' })]),
      capi([]),
    ])
    expect(results.map((r) => [r.code, r.stderr.split('\n')[0]])).toEqual([
      [2, `capi validate: cannot read the draft ${join(directory, 'missing.json')} (ENOENT).`],
      [2, expect.stringMatching(/^capi validate: the draft .*broken\.json is not valid JSON: /)],
      [2, `capi validate: ${join(directory, 'bad.json')} is not a valid draft:`],
      [2, 'capi validate: say which draft to validate: capi validate <draft.json>'],
    ])
  })
})
