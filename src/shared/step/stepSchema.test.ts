import { describe, expect, it } from 'vitest'
import { describeSchemaErrors, StepContact, WorkflowStep } from './stepSchema'

const step = {
  connection: 'Acme Brazil',
  assets: { whatsapp: '100000000000001', page: null, instagram: null },
  event: 'Purchase',
  currency: 'IDR',
  value: '{{workflow.order_total}}',
  customer: { em: '{{contact.email}}', ph: '{{contact.phone}}' },
}
const contact = {
  channel: 'whatsapp',
  ctwa_clid: 'ARAk',
  psid: null,
  igsid: null,
  contact: { email: 'rina@example.co.id', phone: '+62 812 3456 7890', first_name: 'Rina' },
  workflow: { order_total: '150000' },
}
const errors = (result: { success: boolean; error?: unknown }) =>
  result.success ? [] : describeSchemaErrors(result.error as never)

describe('step and contact files', () => {
  it('accept the issue’s examples', () => {
    expect(WorkflowStep.safeParse(step).success).toBe(true)
    expect(StepContact.safeParse(contact).success).toBe(true)
  })

  it('refuse extra keys at every level', () => {
    expect(errors(WorkflowStep.safeParse({ ...step, extra: 1 }))).toEqual([
      '(file): unknown key "extra"',
    ])
    expect(
      errors(WorkflowStep.safeParse({ ...step, assets: { ...step.assets, sms: null } })),
    ).toEqual(['assets: unknown key "sms"'])
    expect(errors(WorkflowStep.safeParse({ ...step, customer: { email: 'x' } }))).toEqual([
      'customer: unknown key "email"',
    ])
    expect(errors(StepContact.safeParse({ ...contact, page_id: '1' }))).toEqual([
      '(file): unknown key "page_id"',
    ])
  })

  it('currency and value only for Purchase; Lead and Purchase only', () => {
    const { currency, value, ...rest } = step
    expect(WorkflowStep.safeParse({ ...rest, event: 'Lead' }).success).toBe(true)
    expect(errors(WorkflowStep.safeParse({ ...step, event: 'Lead' }))).toEqual([
      'currency: only for a Purchase step: a Lead (sent as LeadSubmitted) has no currency. Remove it (or set it to null), or make the event "Purchase".',
      'value: only for a Purchase step: a Lead (sent as LeadSubmitted) has no value. Remove it (or set it to null), or make the event "Purchase".',
    ])
    expect(
      WorkflowStep.safeParse({ ...rest, event: 'Lead', currency: null, value: null }).success,
    ).toBe(true)
    expect(WorkflowStep.safeParse({ ...rest, event: 'Purchase' }).success).toBe(false)
    expect(errors(WorkflowStep.safeParse({ ...step, event: 'LeadSubmitted' }))).toEqual([
      'event: event must be "Purchase" or "Lead" (a Lead is sent as LeadSubmitted)',
    ])
    expect(errors(WorkflowStep.safeParse({ ...rest, event: 'Purchase', value: 1 }))).toEqual([
      'currency: required for a Purchase step: an ISO 4217 code such as "IDR" (or a {{variable}})',
    ])
    expect(currency).toBe('IDR')
    expect(value).toContain('order_total')
  })

  it('refuse wrong types: asset IDs are digits, the channel is one of three', () => {
    expect(
      WorkflowStep.safeParse({ ...step, assets: { ...step.assets, whatsapp: 'acme' } }).success,
    ).toBe(false)
    expect(WorkflowStep.safeParse({ ...step, customer: { em: 5 } }).success).toBe(false)
    expect(StepContact.safeParse({ ...contact, channel: 'telegram' }).success).toBe(false)
    expect(StepContact.safeParse({ channel: 'messenger' }).success).toBe(true)
  })
})
