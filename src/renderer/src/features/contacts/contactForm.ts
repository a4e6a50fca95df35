import type { MessagingChannel } from '../../../../shared/capi/model/channels'
import {
  flattenFields,
  unflattenFields,
  type FieldRow,
} from '../../../../shared/contacts/contactFields'
import type { ContactContentInput, ContactFile } from '../../../../shared/contacts/contactSchema'

/** The contact editor's form: text everywhere, nested values as `address.city` rows. */
export interface ContactForm {
  name: string
  channel: MessagingChannel | ''
  ctwa_clid: string
  psid: string
  igsid: string
  contact: FieldRow[]
  workflow: FieldRow[]
}

export type FormErrors = Record<string, string>

export function toContactForm(contact: ContactFile | undefined): ContactForm {
  return {
    name: contact?.name ?? '',
    channel: contact?.channel ?? '',
    ctwa_clid: contact?.ctwa_clid ?? '',
    psid: contact?.psid ?? '',
    igsid: contact?.igsid ?? '',
    contact: contact ? flattenFields(contact.contact) : [{ key: 'email', value: '' }],
    workflow: contact ? flattenFields(contact.workflow) : [],
  }
}

/**
 * The content to save, or the errors by form path (`name`, `contact.2` = the third row). Empty
 * rows are dropped; an empty ID is "none".
 */
export function fromContactForm(
  form: ContactForm,
): { content: ContactContentInput; errors?: undefined } | { errors: FormErrors } {
  const errors: FormErrors = {}
  if (form.name.trim() === '') errors.name = 'A contact needs a name.'
  const contact = unflattenFields(form.contact)
  const workflow = unflattenFields(form.workflow)
  for (const problem of contact.problems) errors[`contact.${problem.row - 1}`] = problem.message
  for (const problem of workflow.problems) errors[`workflow.${problem.row - 1}`] = problem.message
  if (Object.keys(errors).length > 0) return { errors }
  const id = (value: string) => (value.trim() === '' ? null : value.trim())
  return {
    content: {
      name: form.name.trim(),
      ...(form.channel ? { channel: form.channel } : {}),
      ctwa_clid: id(form.ctwa_clid),
      psid: id(form.psid),
      igsid: id(form.igsid),
      contact: contact.values,
      workflow: workflow.values,
    },
  }
}

/** `contact.city` → the section and the key inside it; undefined for another namespace. */
export function splitVariable(
  variable: string,
): { section: 'contact' | 'workflow'; key: string } | undefined {
  const match = /^(contact|workflow)\.(.+)$/.exec(variable)
  return match ? { section: match[1] as 'contact' | 'workflow', key: match[2]! } : undefined
}
