import { z } from 'zod'
import { EventDraft } from '../capi/model/eventDraft'
import { sendResultSchema } from '../capi/sendResult'
import { bounded, variableValues } from './bounded'
import { channel } from './channel'
import { SendRequestId } from './sendProgress'

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
  })
  .strict()
export type SendInput = z.input<typeof SendInput>

/** The Graph client's SendResult plus where it was recorded. Never holds the token. */
export const SendOutput = sendResultSchema.extend({
  historyId: z.string().optional(),
  /** Set when the send worked but recording it in the history failed. */
  historyError: z.string().optional(),
})
export type SendOutput = z.infer<typeof SendOutput>

export const sendChannels = {
  /**
   * Builds the request from the draft in main (what main builds is what is sent), refuses drafts
   * with errors (`draft_has_errors`) and sends without a test event code unless confirmed
   * (`test_code_confirmation_needed`), reads the token from the keychain, sends, records history.
   */
  'events.send': channel(SendInput, SendOutput),
  'events.cancel': channel(
    z.object({ requestId: SendRequestId }).strict(),
    z.object({ cancelled: z.boolean() }),
  ),
}
