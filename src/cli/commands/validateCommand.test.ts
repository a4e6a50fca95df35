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
        '  warning connection.datasetId  [connection.no_dataset]',
        '          No dataset chosen: the URL shows {dataset_id} and the dataset was not checked.',
        '          fix: Choose a connection with a dataset (or pass --dataset).',
        '  warning connection.apiVersion  [advice.version_expiring]',
        '          v21.0 expires on 2027-01-21 (in 58 days).',
        '          fix: Switch the connection to v26.0 before then.',
        '  warning customer  [advice.no_customer_info]',
        "          No customer information: Meta accepts the event, but respond.io's step does not send an event without at least one field (typically email or phone), and Meta needs about 50 matched events to optimize delivery.",
        '          fix: Add the email or phone of the contact.',
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
