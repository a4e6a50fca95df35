import { z } from 'zod'
import { customerFields } from '../capi/normalize/customerFields'
import { messagingChannels } from '../capi/model/channels'

/**
 * respond.io's "Send Conversions API Event" workflow step (seed: the step's help page), as a file:
 * `capi step simulate step.json` and the Workflow Step editor read and write exactly this shape.
 * Unknown keys are errors (a typo must not be silently ignored).
 */
export const stepEvents = ['Purchase', 'Lead'] as const
export type StepEvent = (typeof stepEvents)[number]

/** What each step event is sent as: respond.io's "Lead" is Meta's `LeadSubmitted` (spec §3.1). */
export const stepEventNames: Record<StepEvent, string> = {
  Purchase: 'Purchase',
  Lead: 'LeadSubmitted',
}

const selectedAsset = z
  .string({ error: 'an asset ID is a string of digits in quotes (or null when not selected)' })
  .trim()
  .regex(/^\d{1,30}$/, 'an asset ID is digits only (or null when not selected)')
  .nullable()
  .optional()

/** Which accounts the step selects: any subset; `null` (or absent) = not selected. */
export const StepAssets = z.strictObject({
  whatsapp: selectedAsset,
  page: selectedAsset,
  instagram: selectedAsset,
})
export type StepAssets = z.infer<typeof StepAssets>

/** Customer information: the normalization doc's eleven keys; text may hold {{variables}}. */
export const StepCustomer = z.strictObject(
  Object.fromEntries(customerFields.map((field) => [field, z.string().nullable().optional()])) as {
    [K in (typeof customerFields)[number]]: z.ZodOptional<z.ZodNullable<z.ZodString>>
  },
)
export type StepCustomer = z.infer<typeof StepCustomer>

const connectionName = z.string().trim().min(1, 'name the connection (business account)')

const PurchaseStep = z.strictObject({
  connection: connectionName,
  assets: StepAssets,
  event: z.literal('Purchase'),
  /** ISO 4217 code, or a {{variable}}. */
  currency: z.string({
    error: (issue) =>
      issue.input === undefined
        ? 'required for a Purchase step: an ISO 4217 code such as "IDR" (or a {{variable}})'
        : 'an ISO 4217 code as text, such as "IDR" (or a {{variable}})',
  }),
  /** Total value: a number, or text that may hold {{contact.x}} / {{workflow.x}}. */
  value: z.union([z.string(), z.number().finite()], {
    error: (issue) =>
      issue.input === undefined
        ? 'required for a Purchase step: the total value, a number or text such as "{{workflow.order_total}}"'
        : 'a number, or text such as "150000" or "{{workflow.order_total}}"',
  }),
  customer: StepCustomer,
})

/** On a Lead, `currency` and `value` may only be absent or null: a value is an error, not ignored. */
const purchaseOnly = (key: string) =>
  z
    .null({
      error: `only for a Purchase step: a Lead (sent as LeadSubmitted) has no ${key}. Remove it (or set it to null), or make the event "Purchase".`,
    })
    .optional()

const LeadStep = z.strictObject({
  connection: connectionName,
  assets: StepAssets,
  event: z.literal('Lead'),
  currency: purchaseOnly('currency'),
  value: purchaseOnly('value'),
  customer: StepCustomer,
})

export const WorkflowStep = z.discriminatedUnion('event', [PurchaseStep, LeadStep], {
  error: (issue) =>
    issue.code === 'invalid_union'
      ? 'event must be "Purchase" or "Lead" (a Lead is sent as LeadSubmitted)'
      : undefined,
})
export type WorkflowStep = z.infer<typeof WorkflowStep>

const contactId = z.string().nullable().optional()
const fieldValues = z.record(z.string(), z.unknown())

/**
 * The conversation the step runs for: its channel, its IDs (`ctwa_clid` from the click-to-WhatsApp
 * referral, null for an organic chat; PSID; IGSID), contact fields and workflow variables.
 */
export const StepContact = z.strictObject({
  channel: z.enum(messagingChannels),
  ctwa_clid: contactId,
  psid: contactId,
  igsid: contactId,
  contact: fieldValues.optional(),
  workflow: fieldValues.optional(),
})
export type StepContact = z.infer<typeof StepContact>

/** `path: message` lines for a file that does not match (the CLI prints them and exits 2). */
export function describeSchemaErrors(error: z.ZodError): string[] {
  return error.issues.map((issue) => {
    const path = issue.path.map(String).join('.') || '(file)'
    if (issue.code === 'unrecognized_keys') {
      return `${path}: unknown key${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((key) => `"${key}"`).join(', ')}`
    }
    return `${path}: ${issue.message}`
  })
}

/** An empty Purchase step for a new editor tab: WhatsApp selected, email and phone pre-filled. */
export function createDefaultStep(connection = ''): WorkflowStep {
  return {
    connection,
    assets: { whatsapp: null, page: null, instagram: null },
    event: 'Purchase',
    currency: 'USD',
    value: '',
    customer: { em: '{{contact.email}}', ph: '{{contact.phone}}' },
  }
}

/** The step's success message for a test event (seed, translated). */
export const testEventSentMessage =
  'Conversions API test event sent. Go to your Meta Events Manager to see the test event.'
