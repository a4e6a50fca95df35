import { z } from 'zod'
import { variableValues } from '../contract/bounded'
import { isValidSegment } from '../presets/presetId'
import { StepContact } from '../step/stepSchema'

export const contactSchemaVersion = 1

/** A stored contact's id is its file name under `<data dir>/contacts/` without `.json`. */
export const ContactId = z.string().refine(isValidSegment, {
  message: 'A contact id is a plain name (letters, digits, space, _ . -).',
})

export const ContactName = z.string().trim().min(1, 'A contact needs a name.').max(200)

/**
 * What a person edits: a name, `{{contact.*}}` fields and `{{workflow.*}}` values (nested keys
 * allowed: `address.city`), and optionally the conversation the step simulator needs. Without
 * `name` it is a `capi step simulate --contact` file (whose format is `StepContact`, unchanged).
 */
export const ContactContent = z.strictObject({
  name: ContactName,
  channel: StepContact.shape.channel.optional(),
  ctwa_clid: StepContact.shape.ctwa_clid,
  psid: StepContact.shape.psid,
  igsid: StepContact.shape.igsid,
  contact: variableValues('contact').default({}),
  workflow: variableValues('workflow').default({}),
})
export type ContactContent = z.infer<typeof ContactContent>
export type ContactContentInput = z.input<typeof ContactContent>

/** One contact file on disk (pretty-printed JSON); the id is the file name, so it is not stored. */
export const ContactFile = ContactContent.extend({
  schemaVersion: z.literal(contactSchemaVersion),
  createdAt: z.iso.datetime({ offset: true }),
  updatedAt: z.iso.datetime({ offset: true }),
})
export type ContactFile = z.infer<typeof ContactFile>

/** The conversation part of a contact as the step simulator reads it (WhatsApp when not set). */
export function toStepContact(content: ContactContent): StepContact {
  return {
    channel: content.channel ?? 'whatsapp',
    ctwa_clid: content.ctwa_clid ?? null,
    psid: content.psid ?? null,
    igsid: content.igsid ?? null,
    contact: content.contact,
    workflow: content.workflow,
  }
}

/** A step tab's inline contact as a stored one, under `name`. */
export function fromStepContact(contact: StepContact, name: string): ContactContentInput {
  return {
    name,
    channel: contact.channel,
    ctwa_clid: contact.ctwa_clid ?? null,
    psid: contact.psid ?? null,
    igsid: contact.igsid ?? null,
    contact: contact.contact ?? {},
    workflow: contact.workflow ?? {},
  }
}

/** Names compare without case and outer spaces: "Rina" and " rina" are the same contact. */
export function sameContactName(a: string, b: string): boolean {
  return a.trim().toLocaleLowerCase() === b.trim().toLocaleLowerCase()
}
