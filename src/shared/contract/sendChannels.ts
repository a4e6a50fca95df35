import { z } from 'zod'
import { EventDraft } from '../capi/model/eventDraft'
import { sendResultSchema } from '../capi/sendResult'
import { bounded, variableValues } from './bounded'
import { channel } from './channel'
import { SendRequestId } from './sendProgress'

/** Headers the person may add to a send; the token and the framing headers are the client's own. */
const reservedHeaders = new Set([
  'authorization',
  'host',
  'content-length',
  'content-type',
  'cookie',
])

/** Extra request headers for one send (e.g. `x-sandbox-fault: timeout` for the sandbox). */
export const RequestHeaders = z
  .record(
    z
      .string()
      .regex(/^[a-z0-9-]{1,64}$/, 'A header name is lowercase letters, digits and dashes.')
      .refine((name) => !reservedHeaders.has(name), {
        message: 'authorization, host, content-length, content-type and cookie are set by the app.',
      }),
    z
      .string()
      .max(1000)
      .regex(/^[^\r\n]*$/, 'A header value is one line.'),
  )
  .refine((headers) => Object.keys(headers).length <= 20, { message: 'At most 20 extra headers.' })
export type RequestHeaders = z.infer<typeof RequestHeaders>

/** The total time one send may take (the CLI's --timeout-ms range). */
export const SendTimeoutMs = z.number().int().min(1500).max(60_000)

export const SendInput = z
  .object({
    draft: bounded(EventDraft, 'The draft', { maxBytes: 512 * 1024 }),
    connectionId: z.string().min(1).max(64),
    /** Values for `{{contact.x}}`; `workflow` holds `{{workflow.x}}`. */
    contact: variableValues('contact').optional(),
    workflow: variableValues('workflow').optional(),
    /** A send without a test event code counts as real data; the person must confirm it. */
    confirmNoTestCode: z.boolean().optional(),
    /** Send although the duplicate guard found the event already accepted (the person saw it). */
    allowDuplicate: z.boolean().optional(),
    presetId: z.string().max(300).optional(),
    requestId: SendRequestId.optional(),
    /** Per-tab send settings: extra headers and the total timeout. */
    headers: RequestHeaders.optional(),
    timeoutMs: SendTimeoutMs.optional(),
  })
  .strict()
export type SendInput = z.input<typeof SendInput>

/** A raw Meta request body, sent as `capi send --raw` sends it (byte for byte, after validation). */
export const RawSendInput = z
  .object({
    body: z.string().max(4 * 1024 * 1024),
    connectionId: z.string().min(1).max(64),
    confirmNoTestCode: z.boolean().optional(),
    /** Send although the duplicate guard found the event already accepted (the person saw it). */
    allowDuplicate: z.boolean().optional(),
    /** The raw preset the body came from: the history entry links back to it. */
    presetId: z.string().max(300).optional(),
    requestId: SendRequestId.optional(),
    headers: RequestHeaders.optional(),
    timeoutMs: SendTimeoutMs.optional(),
  })
  .strict()
export type RawSendInput = z.input<typeof RawSendInput>

/** The Graph client's SendResult plus where it was recorded. Never holds the token. */
export const SendOutput = sendResultSchema.extend({
  historyId: z.string().optional(),
  /** Set when the send worked but recording it in the history failed. */
  historyError: z.string().optional(),
})
export type SendOutput = z.infer<typeof SendOutput>

export const RawSendOutput = SendOutput.extend({
  /** Credentials cut out of the body before sending (`access_token`, `appsecret_proof`). */
  removed: z.array(z.string()),
})
export type RawSendOutput = z.infer<typeof RawSendOutput>

export const sendChannels = {
  /**
   * Builds the request from the draft in main (what main builds is what is sent), refuses drafts
   * with errors (`draft_has_errors`) and sends without a test event code unless confirmed
   * (`test_code_confirmation_needed`), reads the token from the keychain, sends, records history.
   */
  'events.send': channel(SendInput, SendOutput),
  /**
   * A raw body from the raw request editor, exactly like `capi send --raw`: sent byte for byte
   * (`access_token` / `appsecret_proof` removed and named), refused with the validator's errors
   * (`draft_has_errors`) or JSON errors (`invalid_json`), the same test-code confirmation and history.
   */
  'events.sendRaw': channel(RawSendInput, RawSendOutput),
  'events.cancel': channel(
    z.object({ requestId: SendRequestId }).strict(),
    z.object({ cancelled: z.boolean() }),
  ),
}
