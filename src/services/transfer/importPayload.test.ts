import { describe, expect, it } from 'vitest'
import { importPayload } from './importPayload'

const now = 1_795_000_000
const canary = 'EAABcanaryTOKEN1234567890abcdefgh'
const clid = 'ARAkLkA8rmlFeiCktEJQ-QTwRiyYHAFDLMNDBH0CD3qpjd0HR4irJ6LEkR7JwFF4XvnO2E4Nx0'
const emailHash = '7b17fb0bd173f625b58636fb796407c22b3d16fc78302d79f0fd30c2fc2fc068'

function event(extra: Record<string, unknown> = {}) {
  return {
    event_name: 'Purchase',
    event_time: now - 60,
    event_id: 'order-1',
    action_source: 'business_messaging',
    messaging_channel: 'whatsapp',
    user_data: {
      whatsapp_business_account_id: '1234567890',
      ctwa_clid: clid,
      em: [emailHash],
      ph: emailHash,
    },
    custom_data: {
      currency: 'EUR',
      value: 142.5,
      content_ids: ['sku-1', 2],
      contents: [{ id: 'sku-1', quantity: 2, item_price: 71.25 }],
      coupon: 'WELCOME',
    },
    ...extra,
  }
}

describe('importPayload', () => {
  it('maps every field of a request body, keeping hashes as hashes', () => {
    const result = importPayload(
      JSON.stringify({ data: [event()], test_event_code: 'TEST123' }),
      now,
    )
    expect(result.drafts).toEqual([
      {
        schemaVersion: 1,
        channel: 'whatsapp',
        eventName: 'Purchase',
        eventTime: { mode: 'fixed', unixSeconds: now - 60 },
        eventId: 'order-1',
        ids: { whatsappBusinessAccountId: '1234567890', ctwaClid: clid },
        customData: {
          currency: 'EUR',
          value: '142.5',
          contentIds: ['sku-1', '2'],
          contents: [{ id: 'sku-1', quantity: '2', itemPrice: '71.25' }],
          custom: { coupon: 'WELCOME' },
        },
        customer: { em: [emailHash], ph: [emailHash] },
        testEventCode: 'TEST123',
      },
    ])
  })

  it('reads just the data array, or one event', () => {
    const fromArray = importPayload(JSON.stringify([event(), event({ event_id: 'order-2' })]), now)
    const fromEvent = importPayload(JSON.stringify(event()), now)
    expect([
      fromArray.source.kind,
      fromArray.drafts.length,
      fromEvent.source.kind,
      fromEvent.drafts.length,
    ]).toEqual(['data', 2, 'event', 1])
  })

  it('turns a customer cURL command into a draft with its problems, dropping the token', () => {
    const lead = JSON.stringify([
      {
        ...event(),
        event_name: 'Lead',
        user_data: { whatsapp_business_account_id: '1234567890', ctwa_clid: clid },
      },
    ])
    const command = `curl -X POST "https://graph.facebook.com/v25.0/987654321/events?access_token=${canary}" \\
      -H "Authorization: Bearer ${canary}" \\
      -F 'data=${lead}' -F 'access_token=${canary}'`
    const result = importPayload(command, now)
    expect({
      source: result.source,
      eventName: result.drafts[0]?.eventName,
      dropped: result.dropped,
      codes: result.problems.map((problem) => [problem.severity, problem.path]),
      leaked: JSON.stringify(result).includes(canary),
    }).toMatchObject({
      source: {
        kind: 'curl',
        endpoint: 'https://graph.facebook.com',
        apiVersion: 'v25.0',
        datasetId: '987654321',
      },
      eventName: 'Lead',
      dropped: ['Authorization header', 'form field access_token', 'access_token in the URL'],
      codes: expect.arrayContaining([
        ['error', 'data.0.event_name'],
        ['warning', 'data.0.user_data'],
      ]),
      leaked: false,
    })
  })

  it('reports fields the draft has no place for and keeps them in the notes', () => {
    const result = importPayload(
      JSON.stringify({ data: [event({ event_source_url: 'https://x.test' })] }),
      now,
    )
    expect({
      notes: result.drafts[0]?.notes,
      flagged: result.problems.some((problem) => problem.path === 'data.0.event_source_url'),
    }).toEqual({
      notes:
        'Imported fields the draft does not model (not sent):\n{\n  "event_source_url": "https://x.test"\n}',
      flagged: true,
    })
  })

  it('keeps the Instagram long key as ig_account_id and warns', () => {
    const instagram = event({
      messaging_channel: 'instagram',
      user_data: { instagram_business_account_id: '17841400000000000', ig_sid: '1234' },
    })
    const result = importPayload(JSON.stringify({ data: [instagram] }), now)
    expect([
      result.drafts[0]?.ids,
      result.problems.some((problem) => problem.path.endsWith('instagram_business_account_id')),
    ]).toEqual([{ igAccountId: '17841400000000000', igSid: '1234' }, true])
  })

  it('keeps the digits of IDs written as integers above 2^53 − 1, in a body and in cURL', () => {
    // 17841400000000003 and 100000000000000013 change their last digits in JSON.parse.
    const text = `{"data":[{"event_name":"Purchase","event_time":${now - 60},"action_source":"business_messaging","messaging_channel":"instagram","user_data":{"ig_account_id":17841400000000003,"ig_sid":100000000000000013},"custom_data":{"currency":"BRL","value":120}}]}`
    expect(String(JSON.parse(text).data[0].user_data.ig_account_id)).not.toBe('17841400000000003')
    const fromBody = importPayload(text, now)
    const fromCurl = importPayload(
      `curl https://graph.facebook.com/v26.0/123456789012345/events -H 'content-type: application/json' -d '${text}'`,
      now,
    )
    for (const result of [fromBody, fromCurl]) {
      expect([
        result.drafts[0]?.ids,
        result.problems
          .filter((problem) => problem.code === 'R14.unsafe_integer')
          .map((problem) => [problem.severity, problem.path]),
        result.notes.filter((note) => note.includes('2^53')).length,
      ]).toEqual([
        { igAccountId: '17841400000000003', igSid: '100000000000000013' },
        [
          ['warning', 'data.0.user_data.ig_account_id'],
          ['warning', 'data.0.user_data.ig_sid'],
        ],
        2,
      ])
    }
  })

  it('accepts IDs as safe JSON integers without a problem', () => {
    const text = JSON.stringify({
      data: [event({ user_data: { whatsapp_business_account_id: 1234567890, ctwa_clid: clid } })],
    })
    const result = importPayload(text, now)
    expect([
      result.drafts[0]?.ids.whatsappBusinessAccountId,
      result.problems.filter((problem) => problem.code.startsWith('R14')),
    ]).toEqual(['1234567890', []])
  })

  it('refuses what is not a payload', () => {
    expect(() => importPayload('{"hello": 1}', now)).toThrow('no `data` array')
    expect(() => importPayload('curl -d \'{"data": [', now)).toThrow('single quote is never closed')
  })
})

describe('importPayload drops credentials at every depth', () => {
  it('drops access_token / appsecret_proof in the body, an event, user_data and custom_data, naming each', () => {
    const secret = 'plain-secret-not-shaped-like-a-token-0001'
    const base = event()
    const body = {
      access_token: secret,
      data: [
        {
          ...base,
          appsecret_proof: secret,
          user_data: { ...base.user_data, access_token: secret },
          custom_data: {
            ...base.custom_data,
            access_token: secret,
            contents: [{ id: 'sku-1', quantity: 1, appsecret_proof: secret }],
          },
        },
      ],
    }
    for (const text of [
      JSON.stringify(body),
      JSON.stringify({ ...body, data: JSON.stringify(body.data) }),
    ]) {
      const result = importPayload(text, now)
      expect({
        dropped: [...result.dropped].sort(),
        leaked: JSON.stringify(result).includes(secret),
        drafts: result.drafts.length,
      }).toEqual({
        dropped: [
          'access_token in data.0.custom_data',
          'access_token in data.0.user_data',
          'access_token in the body',
          'appsecret_proof in data.0',
          'appsecret_proof in data.0.custom_data.contents.0',
        ],
        leaked: false,
        drafts: 1,
      })
    }
  })
})
